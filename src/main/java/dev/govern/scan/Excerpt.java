package dev.govern.scan;

/**
 * A line of an assistant file as text anyone can read: invisible and control characters written as
 * {@code <U+200B>}, and a run of Unicode tag characters spelled out as the text it hides, so a
 * reviewer sees in the report what the assistant would have read.
 */
final class Excerpt {
  static final int MAX_CODE_POINTS = 160;

  private Excerpt() {}

  /** The line around {@code column} (1-based, in code points), at most about {@value #MAX_CODE_POINTS} long. */
  static String of(String line, int column) {
    int[] cps = line.codePoints().toArray();
    int from = 0;
    int to = cps.length;
    if (cps.length > MAX_CODE_POINTS) {
      from = Math.max(0, Math.min(column - 1 - MAX_CODE_POINTS / 4, cps.length - MAX_CODE_POINTS));
      to = Math.min(cps.length, from + MAX_CODE_POINTS);
    }
    StringBuilder out = new StringBuilder();
    if (from > 0) {
      out.append("…");
    }
    int i = from;
    while (i < to) {
      int cp = cps[i];
      if (isTag(cp)) {
        StringBuilder hidden = new StringBuilder();
        while (i < to && isTag(cps[i])) {
          int ascii = cps[i] - 0xE0000;
          if (ascii >= 0x20 && ascii < 0x7F) {
            hidden.append((char) ascii);
          }
          i++;
        }
        out.append("<hidden: \"").append(hidden).append("\">");
        continue;
      }
      if (visible(cp)) {
        out.appendCodePoint(cp);
      } else {
        out.append(String.format("<U+%04X>", cp));
      }
      i++;
    }
    if (to < cps.length) {
      out.append("…");
    }
    return out.toString().strip();
  }

  static boolean isTag(int cp) {
    return cp >= 0xE0000 && cp <= 0xE007F;
  }

  /** Whether a character shows as itself; tabs count, other controls and format characters do not. */
  static boolean visible(int cp) {
    if (cp == '\t') {
      return true;
    }
    int type = Character.getType(cp);
    return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
        && type != Character.PRIVATE_USE && type != Character.SURROGATE
        && !(cp >= 0xFE00 && cp <= 0xFE0F) && !(cp >= 0xE0100 && cp <= 0xE01EF)
        && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR;
  }
}
