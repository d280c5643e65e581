package dev.govern.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
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
