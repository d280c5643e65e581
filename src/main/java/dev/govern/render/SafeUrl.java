package dev.govern.render;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a URL from the data may become a live link or image. Only http, https, mailto
 * and relative URLs pass, judged after decoding HTML character references and percent escapes and
 * dropping the whitespace and control characters browsers ignore — so {@code JavaScript:},
 * {@code java&#115;cript:} and {@code jav%61script:} are all refused, as are data:, vbscript: and file:.
 */
public final class SafeUrl {
  private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
  private static final Pattern NUMERIC_REF = Pattern.compile("&#(x?)([0-9a-fA-F]+);?");
  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*):");
  private static final String HEX = "0123456789ABCDEF";
  /** ASCII characters a URL may hold as they are ('#' once and '%' before two hex digits aside). */
  private static final String URL_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?@!$&'()*+,;=";

  private SafeUrl() {}

  public static boolean isAllowed(String url) {
    if (url == null) {
      return false;
    }
    String decoded = decode(url);
    if (decoded.startsWith("//") || decoded.startsWith("\\\\") || decoded.startsWith("/\\")) {
      return false; // protocol-relative: leaves the site with whatever scheme the page has
    }
    Matcher m = SCHEME.matcher(decoded);
    if (!m.find()) {
      return !decoded.contains(":") || decoded.indexOf(':') > firstOf(decoded, "/?#");
    }
    return SCHEMES.contains(m.group(1).toLowerCase(Locale.ROOT));
  }

  /**
   * A URL written so that it is valid in an {@code href}: characters a URL may not hold (spaces,
   * {@code <}, {@code "}, non-ASCII, a second {@code #}, a {@code %} that starts no escape) are
   * percent-encoded. Call it only on a URL {@link #isAllowed} accepted; it does not change the scheme.
   */
  public static String forHref(String url) {
    StringBuilder sb = new StringBuilder();
    boolean fragment = false;
    String s = url.strip();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean escape = c == '%' && isHex(s, i + 1) && isHex(s, i + 2);
      if (c == '#' && !fragment) {
        fragment = true;
        sb.append(c);
      } else if (escape || URL_CHARS.indexOf(c) >= 0) {
        sb.append(c);
      } else {
        int cp = s.codePointAt(i);
        if (Character.charCount(cp) == 2) {
          i++;
        }
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          sb.append('%').append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
        }
      }
    }
    return sb.toString();
  }

  private static boolean isHex(String s, int i) {
    return i < s.length() && HEX.indexOf(Character.toUpperCase(s.charAt(i))) >= 0;
  }

  /** Whether a URL leaves the site (http/https/mailto); relative URLs stay. */
  public static boolean isExternal(String url) {
    return SCHEME.matcher(decode(url)).find();
  }

  private static int firstOf(String s, String chars) {
    int best = Integer.MAX_VALUE;
    for (char c : chars.toCharArray()) {
      int i = s.indexOf(c);
      if (i >= 0) {
        best = Math.min(best, i);
      }
    }
    return best;
  }

  static String decode(String url) {
    String s = url;
    for (int round = 0; round < 3; round++) {
      String before = s;
      s = decodeReferences(s);
      try {
        s = URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        // a stray % is not an escape; keep the text as it is
      }
      if (s.equals(before)) {
        break;
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > ' ' && c != 0x7f && !Character.isWhitespace(c) && Character.getType(c) != Character.FORMAT) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String decodeReferences(String s) {
    Matcher m = NUMERIC_REF.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int code;
      try {
        code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
      } catch (NumberFormatException e) {
        code = -1;
      }
      String replacement = code > 0 && Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : "";
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString()
        .replace("&colon;", ":").replace("&Tab;", "").replace("&NewLine;", "")
        .replace("&amp;", "&").replace("&lpar;", "(").replace("&rpar;", ")");
  }
}
