package dev.govern.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Visits every text value of a model, with a readable path to it ({@code controls[TM-001].name}),
 * so that a build can say exactly which field holds a character no font can draw.
 */
public final class TextFields {
  private TextFields() {}

  public static void walk(Object value, BiConsumer<String, String> visitor) {
    walk(value, "", visitor);
  }

  private static void walk(Object value, String path, BiConsumer<String, String> visitor) {
    if (value == null) {
      return;
    }
    if (value instanceof String s) {
      visitor.accept(path, s);
    } else if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        walk(item, path + "[" + label(item, i++) + "]", visitor);
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        walk(e.getKey(), path + ".key", visitor);
        walk(e.getValue(), path + "[" + e.getKey() + "]", visitor);
      }
    } else if (value.getClass().isRecord()) {
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        try {
          walk(c.getAccessor().invoke(value), path.isEmpty() ? c.getName() : path + "." + c.getName(), visitor);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + c, e);
        }
      }
    }
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
