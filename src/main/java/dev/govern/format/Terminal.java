package dev.govern.format;

import java.util.Locale;

/**
 * Text that is safe to print to a terminal or a CI log. File names and values come from the data,
 * and a name holding an escape sequence could clear the screen or recolour a log, and one holding a
 * newline could forge a {@code file:line:col: error:} line of its own. So every character that
 * controls a terminal or a line is shown as a visible escape instead: C0 and C1 controls, DEL, the
 * line and paragraph separators, and the bidirectional formatting characters that can make a line
 * read differently from what it holds (Trojan Source, CVE-2021-42574).
 */
public final class Terminal {
  private Terminal() {}

  /** {@code text} on one line with every control character escaped; null stays null. */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = escape(c);
      if (escape != null && sb == null) {
        sb = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (sb != null) {
        if (escape != null) {
          sb.append(escape);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** Whether {@code c} is a character {@link #clean} escapes. */
  public static boolean isControl(char c) {
    return escape(c) != null;
  }

  private static String escape(char c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> {
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
          yield String.format(Locale.ROOT, "\\x%02x", (int) c);
        }
        if (c == '\u061c' || c == '\u200e' || c == '\u200f' || (c >= '\u202a' && c <= '\u202e')
            || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029') {
          yield String.format(Locale.ROOT, "\\u%04x", (int) c);
        }
        yield null;
      }
    };
  }
}
