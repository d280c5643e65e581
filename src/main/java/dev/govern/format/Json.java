package dev.govern.format;

import dev.govern.problem.Visible;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A small JSON writer for command output: maps keep their order, so output is stable. Control,
 * line-separator and bidirectional formatting characters are written as JSON unicode escapes: the
 * value is unchanged for a JSON reader, and the file is safe to print.
 */
public final class Json {
  private Json() {}

  /** {@code value} (maps, lists, strings, numbers, booleans, null) as indented JSON ending in a newline. */
  public static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    write(value, sb, "");
    return sb.append('\n').toString();
  }

  private static void write(Object value, StringBuilder sb, String indent) {
    if (value == null) {
      sb.append("null");
    } else if (value instanceof String s) {
      string(s, sb);
    } else if (value instanceof Number || value instanceof Boolean) {
      sb.append(value);
    } else if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append("{\n");
      Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<?, ?> e = it.next();
        sb.append(indent).append("  ");
        string(String.valueOf(e.getKey()), sb);
        sb.append(": ");
        write(e.getValue(), sb, indent + "  ");
        sb.append(it.hasNext() ? ",\n" : "\n");
      }
      sb.append(indent).append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        sb.append("[]");
        return;
      }
      boolean simple = list.stream().allMatch(v -> v == null || v instanceof String || v instanceof Number);
      if (simple) {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
          sb.append(i == 0 ? "" : ", ");
          write(list.get(i), sb, indent);
        }
        sb.append(']');
        return;
      }
      sb.append("[\n");
      for (int i = 0; i < list.size(); i++) {
        sb.append(indent).append("  ");
        write(list.get(i), sb, indent + "  ");
        sb.append(i + 1 < list.size() ? ",\n" : "\n");
      }
      sb.append(indent).append(']');
    } else {
      string(value.toString(), sb);
    }
  }

  private static void string(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (Visible.hidden(c)) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
