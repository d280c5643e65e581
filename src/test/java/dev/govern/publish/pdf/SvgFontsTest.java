package dev.govern.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/** SVG text is drawn with the FontSet's fonts whatever family the chart names. */
class SvgFontsTest {
  private static final String LIST = "\"DejaVu Sans\", \"WenQuanYi Zen Hei\"";

  @Test
  void appendsTheFamiliesToEveryFontFamilyInCss() {
    assertThat(SvgFonts.appendInCss("fill: red; font-family: Arial; font-size: 10px", LIST))
        .isEqualTo("fill: red; font-family: Arial, " + LIST + "; font-size: 10px");
    assertThat(SvgFonts.appendInCss(".a { font-family: 'Dialog' } .b{font-family:serif}", LIST))
        .isEqualTo(".a { font-family: 'Dialog', " + LIST + " } .b{font-family:serif, " + LIST + "}");
    assertThat(SvgFonts.appendInCss("font-family: sans-serif", LIST))
        .isEqualTo("font-family: sans-serif, " + LIST);
  }

  @Test
  void leavesCssWithoutFontFamilyAndAlreadyAppendedListsAlone() {
    assertThat(SvgFonts.appendInCss("fill: red", LIST)).isEqualTo("fill: red");
    String done = "font-family: Arial, " + LIST + ";";
    assertThat(SvgFonts.appendInCss(done, LIST)).isEqualTo(done);
  }

  @Test
  void unknownAndGenericFamiliesDrawLikeTheDefaultFamily() throws Exception {
    Path root = PdfTesting.sampleDir();
    byte[] named = chart(root, "font-family=\"DejaVu Sans\"");
    assertThat(chart(root, "font-family=\"serif\"")).isEqualTo(named);
    assertThat(chart(root, "font-family=\"Arial\"")).isEqualTo(named);
    assertThat(chart(root, "style=\"font-family: monospace\"")).isEqualTo(named);
    assertThat(chart(root, "")).isEqualTo(named);
  }

  @Test
  void textIsDrawnAtTheSizeItAsksForWhateverTheSize() throws Exception {
    // Size 12 is the one openhtmltopdf registers its fonts at; text of that size was drawn a
    // twelfth as large as it should be.
    float[] sizes = {10, 12, 13, 24};
    StringBuilder svg = new StringBuilder(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"400\" viewBox=\"0 0 200 400\">");
    for (int i = 0; i < sizes.length; i++) {
      svg.append("<text x=\"10\" y=\"").append(60 + 100 * i).append("\" font-size=\"").append(sizes[i])
          .append("\">HHH</text>");
    }
    svg.append("</svg>");
    byte[] pdf = PdfTesting.render(PdfTesting.page(svg.toString()), PdfTesting.sampleDir(), FontSet.bundled()).pdf();
    List<Integer> heights = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 144);
      int run = 0;
      for (int y = 0; y < page.getHeight(); y++) {
        boolean ink = false;
        for (int x = 0; x < page.getWidth() && !ink; x++) {
          ink = (page.getRGB(x, y) & 0xff) < 128;
        }
        if (ink) {
          run++;
        } else if (run > 0) {
          heights.add(run);
          run = 0;
        }
      }
    }
    assertThat(heights).hasSize(sizes.length);
    for (int i = 0; i < sizes.length; i++) {
      double expected = heights.get(3) * sizes[i] / sizes[3];
      assertThat((double) heights.get(i)).as("text of size %s", sizes[i]).isCloseTo(expected, within(expected * 0.2 + 1));
    }
  }

  /** The drawing operators of the one SVG on the page. */
  private static byte[] chart(Path root, String fontAttribute) throws Exception {
    String html =
        PdfTesting.page(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"20\" alt=\"Label\">"
                + "<text x=\"0\" y=\"15\" font-size=\"12\" " + fontAttribute + ">Zoë 42</text></svg>");
    try (PDDocument doc = Loader.loadPDF(PdfTesting.render(html, root, FontSet.bundled()).pdf())) {
      PDResources resources = doc.getPage(0).getResources();
      for (COSName name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof PDFormXObject form) {
          return form.getContentStream().toByteArray();
        }
      }
    }
    throw new IOException("no SVG form on the page");
  }
}
