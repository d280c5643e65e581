package dev.govern.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSS custom properties for the PDF renderer, which reads {@code var()} as an error and drops the
 * declaration: the print stylesheet is written with the same {@code --brand}, {@code --accent}
 * variables as the site's, and this resolves them before layout.
 *
 * <p>Only what the stylesheets use: variables declared in {@code :root} rules (a later declaration
 * wins, as in a browser) and {@code var(--name)} or {@code var(--name, fallback)} anywhere else.
 * The {@code :root} rules are removed; an undeclared variable without a fallback is left as it was,
 * so the renderer reports it.
 */
final class CssVariables {
  private static final Pattern ROOT = Pattern.compile(":root\\s*\\{([^}]*)\\}");
  private static final Pattern DECLARATION = Pattern.compile("(--[A-Za-z0-9_-]+)\\s*:\\s*([^;]+?)\\s*(?:;|$)");
  private static final Pattern VAR = Pattern.compile("var\\(\\s*(--[A-Za-z0-9_-]+)\\s*(?:,\\s*([^()]*?))?\\s*\\)");
  private static final Pattern STYLE = Pattern.compile("(<style[^>]*>)(.*?)(</style>)", Pattern.DOTALL);

  private CssVariables() {}

  /** Every {@code <style>} element of an HTML document, resolved. */
  static String resolveStyles(String html) {
    Matcher m = STYLE.matcher(html);
    StringBuilder out = new StringBuilder(html.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + resolve(m.group(2)) + m.group(3)));
    }
    m.appendTail(out);
    return out.toString();
  }

  static String resolve(String css) {
    Map<String, String> values = new LinkedHashMap<>();
    Matcher root = ROOT.matcher(css);
    while (root.find()) {
      Matcher d = DECLARATION.matcher(root.group(1));
      while (d.find()) {
        values.put(d.group(1), d.group(2));
      }
    }
    String withoutRoots = ROOT.matcher(css).replaceAll("");
    Matcher v = VAR.matcher(withoutRoots);
    StringBuilder out = new StringBuilder(withoutRoots.length());
    while (v.find()) {
      String value = values.get(v.group(1));
      if (value == null) {
        value = v.group(2) != null ? v.group(2) : v.group();
      }
      v.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    v.appendTail(out);
    return out.toString();
  }
}
