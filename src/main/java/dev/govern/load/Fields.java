package dev.govern.load;

import dev.govern.problem.Position;
import dev.govern.problem.Visible;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed access to the keys of one YAML mapping, reading every scalar from its raw text according
 * to the field's type: {@code name: NO} is the text "NO", {@code version: 1.10} is "1.10".
 *
 * <p>Unknown keys are reported (with a "did you mean"), as is every value of the wrong shape. A
 * required value that is missing or wrong makes {@link #ok()} false, and the binder then skips the
 * element instead of building a half-valid record.
 */
final class Fields {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,15})?");

  private final Context ctx;
  private final Node node;
  private final String path;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
  private boolean ok = true;

  private Fields(Context ctx, MappingNode node, String path, List<String> known) {
    this.ctx = ctx;
    this.node = node;
    this.path = path;
    ctx.sources().put(path, ctx.at(node));
    for (NodeTuple tuple : node.getValue()) {
      String key = ((ScalarNode) tuple.getKeyNode()).getValue();
      if (!known.contains(key)) {
        ctx.error(tuple.getKeyNode(), "unknown key '" + key + "'" + Suggest.didYouMean(key, known));
        continue;
      }
      entries.put(key, tuple);
      ctx.sources().put(path + "/" + key, ctx.at(tuple.getValueNode()));
    }
  }

  /**
   * The fields of a mapping node of the declared {@code shape}, or empty (with an error) when the node
   * is not a mapping. Keys the shape does not declare are reported, so the binder accepts exactly the
   * keys the JSON Schema lists.
   */
  static Optional<Fields> of(Node node, Context ctx, String path, Shape shape) {
    List<String> known = shape.names();
    if (!(node instanceof MappingNode map)) {
      ctx.error(node, shape.what() + " must be a map of keys (" + String.join(", ", known) + "), not "
          + Shapes.describe(node));
      return Optional.empty();
    }
    return Optional.of(new Fields(ctx, map, path, known));
  }

  boolean ok() {
    return ok;
  }

  boolean has(String key) {
    NodeTuple t = entries.get(key);
    return t != null && !Shapes.isNull(t.getValueNode());
  }

  String path() {
    return path;
  }

  Position at() {
    return ctx.at(node);
  }

  Position at(String key) {
    NodeTuple t = entries.get(key);
    return t == null ? ctx.at(node) : ctx.at(t.getValueNode());
  }

  Optional<Node> node(String key) {
    NodeTuple t = entries.get(key);
    return t == null || Shapes.isNull(t.getValueNode()) ? Optional.empty() : Optional.of(t.getValueNode());
  }

  /** Marks this element as unusable: a required value is missing or wrong. */
  void fail() {
    ok = false;
  }

  private Node required(String key) {
    Optional<Node> n = node(key);
    if (n.isEmpty()) {
      ctx.problems().error(ctx.at(node), "missing required key '" + key + "'");
      ok = false;
      return null;
    }
    return n.get();
  }

  // ---- text

  String text(String key) {
    Node n = required(key);
    return n == null ? null : text(n);
  }

  /** Text, warned about when it holds a character that hides or reorders what is around it. */
  private String text(Node n) {
    String value = scalar(n, "text");
    if (value != null) {
      hiddenCharacter(value).ifPresent(message -> ctx.problems().warning(ctx.at(n), message));
    }
    return value;
  }

  /**
   * C0 and C1 controls act on a terminal, and bidi embeddings, overrides and isolates make text
   * display in another order than it is stored ("Trojan Source", CVE-2021-42574): any Unicode is
   * welcome in names and descriptions, these are worth a look (issue 11).
   */
  static Optional<String> hiddenCharacter(String value) {
    return value.codePoints().filter(c -> Visible.control(c) || Visible.bidiControl(c)).findFirst().stream()
        .mapToObj(c -> String.format("the text holds U+%04X %s, %s; it is shown escaped in text output, and"
            + " removing it is safest", c, String.valueOf(Character.getName(c)),
            Visible.bidiControl(c) ? "a bidi control that can make text display in another order than it is stored"
                : "a control character"))
        .findFirst();
  }

  /** A required id, held to the id rules of {@link Ids}; a broken one is reported at its place. */
  String id(String key) {
    Node required = required(key);
    String id = required == null ? null : scalar(required, "text");
    Node n = entries.containsKey(key) ? entries.get(key).getValueNode() : null;
    if (id != null && n != null) {
      Ids.problem(id).ifPresent(message -> ctx.error(n, message));
    }
    return id;
  }

  String optText(String key) {
    return node(key).map(this::text).orElse(null);
  }

  private String scalar(Node n, String type) {
    if (n instanceof ScalarNode s) {
      return s.getValue();
    }
    ctx.error(n, "expected " + type + ", found " + Shapes.describe(n));
    ok = false;
    return null;
  }

  // ---- lists of text

  List<String> textList(String key) {
    Node n = required(key);
    return n == null ? List.of() : textList(n, path + "/" + key);
  }

  List<String> optTextList(String key) {
    return node(key).map(n -> textList(n, path + "/" + key)).orElse(List.of());
  }

  List<String> textList(Node n, String listPath) {
    if (!(n instanceof SequenceNode seq)) {
      ctx.error(n, "expected a list, found " + Shapes.describe(n));
      ok = false;
      return List.of();
    }
    List<String> out = new ArrayList<>();
    List<Node> items = seq.getValue();
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      ctx.sources().put(listPath + "/" + i, ctx.at(item));
      String value = text(item);
      if (value != null) {
        if (Shapes.isNull(item)) {
          ctx.error(item, "empty list item");
          ok = false;
        } else {
          out.add(value);
        }
      }
    }
    return out;
  }

  // ---- dates and periods

  LocalDate date(String key) {
    Node n = required(key);
    return n == null ? null : date(n);
  }

  LocalDate optDate(String key) {
    return node(key).map(this::date).orElse(null);
  }

  LocalDate date(Node n) {
    String raw = scalar(n, "a date");
    if (raw == null) {
      return null;
    }
    if (DATE.matcher(raw).matches()) {
      try {
        return LocalDate.parse(raw);
      } catch (DateTimeException e) {
        ctx.error(n, "'" + raw + "' is not a real date");
        ok = false;
        return null;
      }
    }
    ctx.error(n, "expected a date as YYYY-MM-DD, found '" + raw + "'");
    ok = false;
    return null;
  }

  YearMonth month(Node n) {
    String raw = scalar(n, "a month");
    if (raw == null) {
      return null;
    }
    if (MONTH.matcher(raw).matches()) {
      try {
        return YearMonth.parse(raw);
      } catch (DateTimeException e) {
        ctx.error(n, "'" + raw + "' is not a real month");
        ok = false;
        return null;
      }
    }
    ctx.error(n, "expected a period as YYYY-MM, found '" + raw + "'");
    ok = false;
    return null;
  }

  /** The longest review period accepted. */
  static final int MAX_PERIOD_YEARS = 100;

  Period optPeriod(String key) {
    return node(key).map(n -> {
      String raw = scalar(n, "a period");
      if (raw == null) {
        return null;
      }
      try {
        Period p = Period.parse(raw);
        if (p.isNegative() || p.isZero()) {
          ctx.error(n, "the period '" + raw + "' must be longer than zero");
          ok = false;
          return null;
        }
        // Dates plus a period beyond year 999,999,999 do not exist (P999999999Y); no review cadence
        // is anywhere near this long.
        if (p.toTotalMonths() > MAX_PERIOD_YEARS * 12L || p.getDays() > MAX_PERIOD_YEARS * 366L
            || p.toTotalMonths() * 31 + p.getDays() > MAX_PERIOD_YEARS * 366L) {
          ctx.error(n, "the period '" + raw + "' is longer than " + MAX_PERIOD_YEARS + " years");
          ok = false;
          return null;
        }
        return p;
      } catch (DateTimeException e) {
        ctx.error(n, "expected an ISO-8601 period such as P1M, P3M or P1Y, found '" + raw + "'");
        ok = false;
        return null;
      }
    }).orElse(null);
  }

  // ---- numbers

  Integer integer(String key) {
    Node n = required(key);
    return n == null ? null : integer(n);
  }

  Integer optInteger(String key) {
    return node(key).map(this::integer).orElse(null);
  }

  Integer integer(Node n) {
    String raw = scalar(n, "a whole number");
    if (raw == null) {
      return null;
    }
    if (!INTEGER.matcher(raw).matches()) {
      ctx.error(n, "expected a whole number, found '" + raw + "'");
      ok = false;
      return null;
    }
    return Integer.valueOf(raw);
  }

  BigDecimal decimal(Node n) {
    String raw = scalar(n, "a number");
    if (raw == null) {
      return null;
    }
    if (!DECIMAL.matcher(raw).matches()) {
      ctx.error(n, "expected a number such as 97 or 96.5, found " + (Shapes.isNull(n) ? "nothing"
          : "'" + raw + "'" + (raw.matches("-?\\d+,\\d+") ? "; write decimals with a point: " + raw.replace(',', '.') : "")));
      ok = false;
      return null;
    }
    return new BigDecimal(raw);
  }

  // ---- choices

  <E> E choice(String key, Function<String, Optional<E>> parse, List<String> allowed) {
    Node n = required(key);
    return n == null ? null : choice(n, parse, allowed);
  }

  <E> E optChoice(String key, Function<String, Optional<E>> parse, List<String> allowed) {
    return node(key).map(n -> choice(n, parse, allowed)).orElse(null);
  }

  <E> E choice(Node n, Function<String, Optional<E>> parse, List<String> allowed) {
    String raw = scalar(n, "one of " + String.join(", ", allowed));
    if (raw == null) {
      return null;
    }
    Optional<E> value = parse.apply(raw);
    if (value.isEmpty()) {
      ctx.error(n, "'" + raw + "' is not one of " + String.join(", ", allowed) + Suggest.didYouMean(raw, allowed));
      ok = false;
      return null;
    }
    return value.get();
  }

  // ---- nested structures

  /** The items of a list value, each with its path; empty (no error) when the key is absent. */
  List<Item> items(String key, boolean required) {
    Optional<Node> n = required ? Optional.ofNullable(required(key)) : node(key);
    if (n.isEmpty()) {
      return List.of();
    }
    if (!(n.get() instanceof SequenceNode seq)) {
      ctx.error(n.get(), "'" + key + "' must be a list, not " + Shapes.describe(n.get()));
      ok = false;
      return List.of();
    }
    List<Item> out = new ArrayList<>();
    for (Node item : seq.getValue()) {
      out.add(new Item(item, ctx.at(item)));
    }
    return out;
  }

  /** A list item and its position. */
  record Item(Node node, Position at) {}

  /** Entries of a map value with scalar keys, in the data's order. */
  Map<String, Node> entries(String key) {
    Optional<Node> n = node(key);
    if (n.isEmpty()) {
      return Map.of();
    }
    if (!(n.get() instanceof MappingNode map)) {
      ctx.error(n.get(), "'" + key + "' must be a map, not " + Shapes.describe(n.get()));
      ok = false;
      return Map.of();
    }
    Map<String, Node> out = new LinkedHashMap<>();
    for (NodeTuple t : map.getValue()) {
      String k = ((ScalarNode) t.getKeyNode()).getValue();
      out.put(k, t.getValueNode());
      ctx.sources().put(path + "/" + key + "/" + k, ctx.at(t.getKeyNode()));
    }
    return out;
  }

  /** Shape words for messages, and YAML's spellings of "no value". */
  static final class Shapes {
    private Shapes() {}

    static String describe(Node n) {
      if (n instanceof MappingNode) {
        return "a map";
      }
      if (n instanceof SequenceNode) {
        return "a list";
      }
      if (isNull(n)) {
        return "nothing";
      }
      return "the text '" + ((ScalarNode) n).getValue() + "'";
    }

    /** A plain {@code ~}, {@code null} or empty value means "not given"; quote them for text. */
    static boolean isNull(Node n) {
      if (n instanceof ScalarNode s && s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN) {
        String v = s.getValue();
        return v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL");
      }
      return false;
    }
  }
}
