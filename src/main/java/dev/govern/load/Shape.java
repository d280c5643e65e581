package dev.govern.load;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The declared keys of one kind of YAML mapping (a control, a risk, a whole file): the one list both
 * the binder (which refuses any other key) and the JSON Schema ({@code govern schema}) are made from.
 *
 * @param what how messages name it ("a control", "risks.yaml")
 * @param description what it is, for the schema and editors
 * @param keys the keys, in the order the data format documents them
 * @param others the type of keys not listed (a KPI value's segments, a control's mappings); null when
 *     no other key is allowed
 */
public record Shape(String what, String description, List<Key> keys, Type others) {

  public Shape {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(description, "description");
    keys = List.copyOf(keys);
  }

  static Shape of(String what, String description, Key... keys) {
    return new Shape(what, description, List.of(keys), null);
  }

  /** The same keys, and any other key with a value of {@code type}. */
  Shape withOthers(Type type) {
    return new Shape(what, description, keys, type);
  }

  public List<String> names() {
    return keys.stream().map(Key::name).toList();
  }

  public Optional<Key> key(String name) {
    return keys.stream().filter(k -> k.name().equals(name)).findFirst();
  }

  /**
   * One key.
   *
   * @param required whether a value must be given (YAML's empty, {@code ~} and {@code null} do not count)
   */
  public record Key(String name, Type type, boolean required, String description) {
    public Key {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(description, "description");
    }

    static Key required(String name, Type type, String description) {
      return new Key(name, type, true, description);
    }

    static Key optional(String name, Type type, String description) {
      return new Key(name, type, false, description);
    }
  }

  /** What a value may be; govern reads every scalar from its raw text, so numbers may be quoted. */
  public sealed interface Type {
    /** Any text; YAML's numbers and booleans are read as their text. {@code pattern} null for any. */
    record Text(String pattern, String example) implements Type {}

    /** A date, YYYY-MM-DD. */
    record Date() implements Type {}

    /** A month, YYYY-MM. */
    record Month() implements Type {}

    /** An ISO-8601 period longer than zero: P1M, P3M, P1Y, P2W. */
    record Period() implements Type {}

    /** A whole number. */
    record Whole(Integer minimum) implements Type {}

    /** A number such as 97 or 96.5. */
    record Decimal() implements Type {}

    /** One of a fixed list of words. */
    record Choice(List<String> values) implements Type {
      public Choice {
        values = List.copyOf(values);
      }
    }

    /** A list whose items are {@code item}. */
    record ListOf(Type item, Integer minItems, Integer maxItems) implements Type {}

    /** A map with any keys (described by {@code keys}) whose values are {@code value}. */
    record MapOf(Type value, String keys) implements Type {}

    /** A mapping of the declared shape. */
    record Of(Shape shape) implements Type {}

    /** Any one of several types: "a list of ids, or the word all". */
    record OneOf(List<Type> types) implements Type {
      public OneOf {
        types = List.copyOf(types);
      }
    }

    Type TEXT = new Text(null, null);
    Type DATE = new Date();
    Type MONTH = new Month();
    Type PERIOD = new Period();
    Type DECIMAL = new Decimal();
    Type TEXT_LIST = new ListOf(TEXT, null, null);

    static Type whole() {
      return new Whole(null);
    }

    static Type choice(List<String> values) {
      return new Choice(values);
    }

    static Type word(String word) {
      return new Choice(List.of(word));
    }

    static Type list(Type item) {
      return new ListOf(item, null, null);
    }

    static Type of(Shape shape) {
      return new Of(shape);
    }

    static Type oneOf(Type... types) {
      return new OneOf(List.of(types));
    }
  }
}
