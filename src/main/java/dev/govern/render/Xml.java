package dev.govern.render;

/** Escaping for text and attribute values written into generated SVG and XHTML. */
public final class Xml {
  private Xml() {}

  public static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          // Characters XML 1.0 forbids are dropped rather than breaking the document.
          if ((c >= 0x20 && c != 0xfffe && c != 0xffff) || c == '\n' || c == '\t' || c == '\r') {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
