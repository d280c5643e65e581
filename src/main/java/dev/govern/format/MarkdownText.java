package dev.govern.format;

/**
 * Text from the data made inert for Markdown that GitHub or GitLab renders, such as a pull-request
 * comment: it reads the same, but no link, image, raw HTML, emphasis, table break, mention or issue
 * reference comes alive.
 *
 * <p>Markdown's inline punctuation is backslash-escaped and {@code &} and {@code <} become entities. GitHub's
 * autolinks ({@code www.}, {@code scheme://}, e-mail addresses) and its {@code @mentions} and
 * {@code #123} references are found in the text after escaping, so for them a zero-width space is
 * put after the {@code @}, {@code #}, the {@code :} of {@code ://} and the dot of {@code www.}: the
 * text looks the same and matches none of them.
 */
public final class MarkdownText {
  private static final char ZERO_WIDTH_SPACE = '\u200b';
  private static final String ESCAPED = "\\`*_[]!|~";

  private MarkdownText() {}

  /** {@code text} on one line, inert; "—" for null. For table cells and inline text alike. */
  public static String inline(String text) {
    if (text == null) {
      return "—";
    }
    String oneLine = Terminal.clean(text.strip().replaceAll("\\s*\\R\\s*", " "));
    StringBuilder sb = new StringBuilder(oneLine.length() + 16);
    for (int i = 0; i < oneLine.length(); i++) {
      char c = oneLine.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '@' -> sb.append('@').append(ZERO_WIDTH_SPACE);
        case '#' -> sb.append('#').append(ZERO_WIDTH_SPACE);
        case ':' -> {
          sb.append(':');
          if (oneLine.startsWith("//", i + 1)) {
            sb.append(ZERO_WIDTH_SPACE);
          }
        }
        case '.' -> {
          sb.append('.');
          if (i >= 3 && oneLine.regionMatches(true, i - 3, "www", 0, 3)) {
            sb.append(ZERO_WIDTH_SPACE);
          }
        }
        default -> {
          if (ESCAPED.indexOf(c) >= 0) {
            sb.append('\\');
          }
          sb.append(c);
        }
      }
    }
    return sb.toString();
  }

  /** Text inside a code span: one line, backticks removed (a span cannot hold them safely everywhere). */
  public static String code(String text) {
    return "`" + Terminal.clean(text.replaceAll("\\s*\\R\\s*", " ")).replace("`", "") + "`";
  }
}
