package dev.govern.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Visits every text value of a model, with a readable path to it ({@code controls[TM-001].name})
 * and its path in the data as the loader's source map keys it ({@code controls/3/name}), so that a
 * check can say exactly where a character no font can draw is.
 */
public final class TextFields {
  private TextFields() {}

  /** Receives each text with its two paths. */
  @FunctionalInterface
  public interface Visitor {
    /**
     * @param field the readable path, e.g. {@code controls[TM-001].name}
     * @param source the path in the data, e.g. {@code controls/3/name}, for {@code SourceMap.at}
     */
    void visit(String field, String source, String text);
  }

  public static void walk(Object value, BiConsumer<String, String> visitor) {
    walk(value, "", "", (field, source, text) -> visitor.accept(field, text));
  }

  public static void walk(Object value, Visitor visitor) {
    walk(value, "", "", visitor);
  }

  /** Model components whose data path is not their name in snake case. */
  private static final Map<String, String> DATA_NAMES = Map.of("kpiCategories", "kpis");

  private static void walk(Object value, String path, String source, Visitor visitor) {
    if (value == null) {
      return;
    }
    if (value instanceof String s) {
      visitor.visit(path, source, s);
    } else if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        walk(item, path + "[" + label(item, i) + "]", join(source, String.valueOf(i)), visitor);
        i++;
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        walk(e.getKey(), path + ".key", join(source, String.valueOf(e.getKey())), visitor);
        walk(e.getValue(), path + "[" + e.getKey() + "]", join(source, String.valueOf(e.getKey())), visitor);
      }
    } else if (value.getClass().isRecord()) {
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        try {
          String name = c.getName();
          walk(c.getAccessor().invoke(value), path.isEmpty() ? name : path + "." + name,
              join(source, DATA_NAMES.getOrDefault(name, snake(name))), visitor);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + c, e);
        }
      }
    }
  }

  private static String join(String source, String part) {
    return source.isEmpty() ? part : source + "/" + part;
  }

  /** {@code lastReviewed} as the data writes it, {@code last_reviewed}. */
  private static String snake(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        out.append('_').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A list item is named by its id when it has one, else by its position. */
  private static String label(Object item, int index) {
    if (item != null && item.getClass().isRecord()) {
      for (RecordComponent c : item.getClass().getRecordComponents()) {
        if (c.getName().equals("id")) {
          try {
            return String.valueOf(c.getAccessor().invoke(item));
          } catch (IllegalAccessException | InvocationTargetException e) {
            return String.valueOf(index);
          }
        }
      }
    }
    return String.valueOf(index);
  }
}
