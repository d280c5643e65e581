package dev.govern.problem;

/**
 * Text for a terminal or a log, with the characters that would hide or reorder what is around them
 * written as a backslash, u and four hex digits (U+202E as backslash-u202E): C0 and C1 controls (a
 * terminal acts on an escape sequence; a newline in a file name could forge a line of its own), the
 * bidi marks, embeddings, overrides and isolates of "Trojan Source" (CVE-2021-42574), and the
 * invisible marks and spaces that make two ids look the same (C-1 with a zero-width space after the
 * C). Joiners (U+200C, U+200D) are kept: scripts such as Persian and Devanagari need them. Every
 * output format prints what comes from the data through this one class.
 */
public final class Visible {
  private Visible() {}

  /** Whether a code point is one that {@link #escape} writes out. */
  public static boolean hidden(int c) {
    return Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t' && c != '\r'
        || bidiControl(c) || c == 0x061C || c == 0x200B || c == 0x200E || c == 0x200F || (c >= 0x2060 && c <= 0x2064)
        || c == 0xFEFF || c == 0x2028 || c == 0x2029 || c == 0x00AD;
  }

  /** The bidi embeddings, overrides and isolates: U+202A–U+202E and U+2066–U+2069. */
  public static boolean bidiControl(int c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }

  /** C0 and C1 control characters and DEL, without tab and line breaks. */
  public static boolean control(int c) {
    return Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t' && c != '\r';
  }

  /** Text of several lines with every hidden character escaped; line breaks and tabs are kept. */
  public static String escapeLines(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (hidden(c)) {
        sb.append(String.format("\\u%04X", c));
      } else {
        sb.appendCodePoint(c);
      }
    });
    return sb.toString();
  }

  /**
   * {@code text} with every hidden character, and tab and line breaks too (a message is one line),
   * written as backslash-u and four hex digits; null stays null.
   */
  public static String escape(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (hidden(c) || c == '\n' || c == '\t' || c == '\r') {
        sb.append(String.format("\\u%04X", c));
      } else {
        sb.appendCodePoint(c);
      }
    });
    return sb.toString();
  }
}
