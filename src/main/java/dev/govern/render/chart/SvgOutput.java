package dev.govern.render.chart;

import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a chart into JFreeSVG and wraps the result as an accessible, self-contained {@code <svg>}.
 *
 * <p>JFreeSVG's defaults are not reproducible: its defs prefix comes from {@code System.nanoTime()}.
 * Here the prefix is the chart id (ids stay unique when several charts share a page) and numbers
 * are written with a fixed number of decimals, independent of the default locale.
 */
final class SvgOutput {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final String FONT_STACK = "\"" + ChartFonts.FAMILY + "\", sans-serif";
  private static final String CJK_STACK = "\"" + ChartFonts.CJK_FAMILY + "\", sans-serif";

  private SvgOutput() {}

  static Svg render(JFreeChart chart, String id, int width, int height, String title, String description) {
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    g2.setDefsKeyPrefix(id + "-");
    g2.setGeomDoubleConverter(d -> decimal(d, 2));
    g2.setTransformDoubleConverter(d -> decimal(d, 4));
    // Every chart font is DejaVu Sans or, for text DejaVu lacks, the bundled CJK font, whose family
    // AWT may name in the machine's language: anything not DejaVu is written as the CJK font.
    g2.setFontFunction(family -> ChartFonts.FAMILY.equals(family) ? FONT_STACK : CJK_STACK);
    chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
    String element = g2.getSVGElement();
    // Keep JFreeSVG's body, replace its root tag: it declares xlink and jfreesvg namespaces that
    // nothing here uses (and HTML validators reject), and has no accessibility attributes.
    String body = element.substring(element.indexOf('>') + 1, element.length() - "</svg>".length());
    StringBuilder s = new StringBuilder(body.length() + 512);
    s.append("<svg xmlns=\"").append(SVG_NS).append("\" id=\"").append(id)
        .append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">");
    s.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
    s.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
    s.append(body).append("</svg>");
    return new Svg(id, title, description, s.toString());
  }

  /** {@code d} rounded half-up to {@code places} decimals, without trailing zeros or exponent. */
  static String decimal(double d, int places) {
    if (!Double.isFinite(d)) {
      return "0";
    }
    BigDecimal b = BigDecimal.valueOf(d).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
    return b.signum() == 0 ? "0" : b.toPlainString();
  }

  /** A name usable as an XML id and as a prefix of further ids: letters, digits, '-' and '_'. */
  static String id(String prefix, String name) {
    StringBuilder s = new StringBuilder(prefix);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_');
      s.append(ok ? c : '_');
    }
    return s.toString();
  }

  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        default -> {
          // Characters XML 1.0 forbids are dropped rather than breaking the document.
          if (c >= 0x20 || c == '\n' || c == '\t') {
            s.append(c);
          }
        }
      }
    }
    return s.toString();
  }
}
