package dev.govern.oscal;

import gov.nist.secauto.metaschema.core.datatype.markup.MarkupLine;
import gov.nist.secauto.metaschema.core.datatype.markup.MarkupMultiline;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Text between govern's plain strings and OSCAL's Markdown-based markup and tokens. */
final class Text {
  private Text() {}

  /**
   * A one-line markup that reads exactly as {@code plain}: govern's data is plain text, so
   * {@code *x*} or {@code [a](b)} in a name must not become emphasis or a link in a GRC tool.
   */
  static MarkupLine line(String plain) {
    return MarkupLine.fromMarkdown(escape(plain.replaceAll("\\s+", " ").strip()));
  }

  /** Multi-line markup that reads exactly as {@code plain}; blank lines keep separating paragraphs. */
  static MarkupMultiline prose(String plain) {
    return MarkupMultiline.fromMarkdown(escape(plain.strip()));
  }

  /**
   * Backslashes before the characters that would start Markdown syntax, and only those, so the
   * Markdown stays readable in tools that show it raw: emphasis, code, links, HTML, entities,
   * sub/superscript and table pipes anywhere; headings, list and block markers at a line's start.
   */
  static String escape(String plain) {
    StringBuilder sb = new StringBuilder(plain.length() + 8);
    boolean lineStart = true;
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if ("\\*_`[]<>&~^|".indexOf(c) >= 0 || lineStart && "#-+=".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
      if (lineStart && Character.isDigit(c)) {
        int j = i + 1;
        while (j < plain.length() && Character.isDigit(plain.charAt(j))) {
          sb.append(plain.charAt(j++));
        }
        if (j < plain.length() && (plain.charAt(j) == '.' || plain.charAt(j) == ')')) {
          sb.append('\\');
        }
        i = j - 1;
      }
      lineStart = c == '\n' || lineStart && c == ' ';
    }
    return sb.toString();
  }

  /** Plain text of markup: its Markdown with backslash escapes removed. */
  static String plain(gov.nist.secauto.metaschema.core.datatype.markup.IMarkupString<?> markup) {
    return markup.toMarkdown().replaceAll("\\\\(\\p{Punct})", "$1").replaceAll("\\s+", " ").strip();
  }

  /**
   * OSCAL ids are tokens (a letter or '_' first, then letters, digits, '.', '-', '_'); govern ids
   * may hold spaces or start with a digit. Maps an id to a token, keeping ids that already are
   * tokens as they are, and never giving two ids the same token.
   */
  static final class Tokens {
    private final Set<String> used = new HashSet<>();

    String of(String id) {
      StringBuilder sb = new StringBuilder();
      id.codePoints().forEach(c -> sb.appendCodePoint(
          Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' ? c : '_'));
      String token = sb.length() == 0 || !(Character.isLetter(sb.codePointAt(0)) || sb.charAt(0) == '_')
          ? "_" + sb : sb.toString();
      String unique = token;
      for (int n = 2; !used.add(unique.toLowerCase(Locale.ROOT)); n++) {
        unique = token + "-" + n;
      }
      return unique;
    }
  }
}
