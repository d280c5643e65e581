package dev.govern.publish.pdf;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.extend.FSDOMMutator;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.PDFTranscoder.OpenHtmlFontResolver;
import java.text.AttributedCharacterIterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.batik.gvt.font.GVTFont;
import org.apache.batik.gvt.font.GVTFontFace;
import org.apache.batik.gvt.font.GVTFontFamily;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Keeps text in SVG charts on the {@link FontSet}'s fonts.
 *
 * <p>Batik draws SVG text as outlines. For a family openhtmltopdf did not register (a chart's
 * {@code Arial}, {@code sans-serif}) and for characters the named families lack, Batik falls back
 * to the machine's fonts through AWT, so the same chart would look different on every machine —
 * and, where there are no system fonts, fail. Two measures prevent that: every {@code
 * font-family} in inline SVG gets the set's families appended (so each character the set covers
 * finds a font), and a family nobody registered resolves to {@link FontSet#DEFAULT_FAMILY} (for SVG
 * files referenced by {@code <img>}, which the first measure does not reach).
 */
final class SvgFonts {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final Pattern FONT_FAMILY =
      Pattern.compile("(font-family\\s*:\\s*)([^;}]+?)(\\s*(?:!important)?\\s*(?:;|}|$))");

  private SvgFonts() {}

  /**
   * Appends {@code list}, a CSS font-family value, to every font-family of the inline SVG in the
   * document, and gives SVG without one that value.
   */
  static FSDOMMutator appending(String list) {
    return document -> append(document, list);
  }

  /** The SVG drawer: Batik's secure mode (no scripts, no external resources), own fonts only. */
  static BatikSVGDrawer drawer() {
    return new Drawer();
  }

  private static void append(Document document, String list) {
    NodeList roots = document.getElementsByTagNameNS(SVG_NS, "svg");
    for (int i = 0; i < roots.getLength(); i++) {
      Element svg = (Element) roots.item(i);
      if (!svg.hasAttribute("font-family")) {
        svg.setAttribute("font-family", list);
      }
      walk(svg, list);
    }
  }

  private static void walk(Element element, String list) {
    String family = element.getAttribute("font-family");
    if (!family.isBlank() && !family.endsWith(list)) {
      element.setAttribute("font-family", family + ", " + list);
    }
    if (element.hasAttribute("style")) {
      element.setAttribute("style", appendInCss(element.getAttribute("style"), list));
    }
    if (element.getLocalName() != null && element.getLocalName().equals("style")) {
      element.setTextContent(appendInCss(element.getTextContent(), list));
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        walk(e, list);
      }
    }
  }

  static String appendInCss(String css, String list) {
    Matcher m = FONT_FAMILY.matcher(css);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = m.group(2).strip();
      String replaced = value.endsWith(list) ? value : value + ", " + list;
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + replaced + m.group(3)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static final class Drawer extends BatikSVGDrawer {
    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
      // @font-face is not imported: fonts come from the FontSet, registered after this call.
      this.fontResolver = new OwnFontsOnly();
    }
  }

  private static final class OwnFontsOnly extends OpenHtmlFontResolver {
    @Override
    public GVTFontFamily resolve(String family) {
      GVTFontFamily found = super.resolve(family);
      return new Sized(found != null ? found : super.resolve(FontSet.DEFAULT_FAMILY));
    }

    @Override
    public GVTFontFamily getDefault() {
      return new Sized(super.resolve(FontSet.DEFAULT_FAMILY));
    }
  }

  /**
   * A family whose fonts always have the size asked for. openhtmltopdf registers each face at
   * 12 units and hands that registered font back as it is when 12 is asked for, but the
   * registered font is not scaled as the ones it derives for every other size are: SVG text of
   * exactly {@code font-size="12"} (a heatmap's labels, a roadmap's phases) came out a twelfth of
   * its size, as specks. Every font is derived again at the size asked for.
   */
  private record Sized(GVTFontFamily family) implements GVTFontFamily {
    @Override
    public String getFamilyName() {
      return family.getFamilyName();
    }

    @Override
    public GVTFontFace getFontFace() {
      return family.getFontFace();
    }

    @Override
    public GVTFont deriveFont(float size, AttributedCharacterIterator text) {
      return deriveFont(size, text.getAttributes());
    }

    @Override
    public GVTFont deriveFont(float size, @SuppressWarnings("rawtypes") Map attributes) {
      GVTFont font = family.deriveFont(size, attributes);
      return font == null ? null : font.deriveFont(size);
    }

    @Override
    public boolean isComplex() {
      return family.isComplex();
    }
  }
}
