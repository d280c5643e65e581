package dev.govern.format;

import dev.govern.problem.Visible;

/**
 * Text from the data made inert for Markdown that GitHub or GitLab renders, such as a pull-request
 * comment: it reads the same, but no link, image, raw HTML, emphasis, table break, mention or issue
 * reference comes alive.
 *
 * <p>Markdown's inline punctuation is backslash-escaped and {@code &} and {@code <} become entities.
 * Autolinks ({@code www.}, {@code scheme://}, e-mail addresses) are found in text nodes after
 * parsing, so the character that starts each one ({@code @}, the {@code :} of {@code ://}, the dot of
 * {@code www.}) is written as an entity, which parsers keep apart from the text around it. Mentions
 * and issue references ({@code @team}, {@code #123}) are found in the rendered page's text, so a
 * zero-width space follows each {@code @} and {@code #}: the text looks the same and matches neither.
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
    String oneLine = Visible.escape(text.strip().replaceAll("\\s*\\R\\s*", " "));
    StringBuilder sb = new StringBuilder(oneLine.length() + 16);
    for (int i = 0; i < oneLine.length(); i++) {
      char c = oneLine.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '@' -> sb.append("&#64;").append(ZERO_WIDTH_SPACE);
        case '#' -> sb.append('#').append(ZERO_WIDTH_SPACE);
        case ':' -> sb.append(oneLine.startsWith("//", i + 1) ? "&#58;" : ":");
        case '.' -> sb.append(i >= 3 && oneLine.regionMatches(true, i - 3, "www", 0, 3) ? "&#46;" : ".");
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
    return "`" + Visible.escape(text.replaceAll("\\s*\\R\\s*", " ")).replace("`", "") + "`";
  }
}
