package dev.govern.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** What the print HTML must carry for PDF/UA, and what the renderer supplies or reports. */
class AccessibilityTest {
  private static final Path ROOT = PdfTesting.sampleDir();
  private static final String SVG_OPEN =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"60\" height=\"20\" ";
  private static final String RECT = "<rect width=\"10\" height=\"10\"/>";

  @Test
  void chartLabelledForBrowsersGetsTheSameTextInThePdf() throws Exception {
    String html =
        PdfTesting.page(
            "<h1>Charts</h1>"
                + SVG_OPEN + "role=\"img\" aria-labelledby=\"t d\"><title id=\"t\">Risks</title>"
                + "<desc id=\"d\">2 high, 1 low</desc>" + RECT + "</svg>"
                + SVG_OPEN + "role=\"img\" aria-label=\"Coverage 80%\">" + RECT + "</svg>"
                + SVG_OPEN + "role=\"img\"><title>Roadmap</title>" + RECT + "</svg>");

    PdfTesting.Rendered result = PdfTesting.render(html, ROOT, FontSet.bundled());

    assertThat(result.warnings()).isEmpty();
    try (PDDocument doc = Loader.loadPDF(result.pdf())) {
      assertThat(PdfTesting.figureAlts(doc))
          .containsExactly("Risks 2 high, 1 low", "Coverage 80%", "Roadmap");
    }
    assertThat(PdfTesting.veraPdfFailures(result.pdf(), PDFAFlavour.PDFUA_1)).isEmpty();
  }

  @Test
  void figureWithoutTextAlternativeIsReported() throws Exception {
    String html =
        PdfTesting.page(
            "<h1>Charts</h1>" + SVG_OPEN + "id=\"heatmap\">" + RECT + "</svg>"
                + "<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\"/>");

    PdfTesting.Rendered result = PdfTesting.render(html, ROOT, FontSet.bundled());

    assertThat(result.warnings()).hasSize(2);
    assertThat(result.warnings().get(0))
        .isEqualTo(
            "accessibility: chart 'heatmap' has no text alternative (alt, aria-label,"
                + " aria-labelledby or an SVG <title>); PDF/UA requires one");
    assertThat(result.warnings().get(1))
        .startsWith("accessibility: image 'data:image/png;base64,iVBOR")
        .endsWith("…' has no text alternative (alt, aria-label, aria-labelledby or an SVG"
            + " <title>); PDF/UA requires one");
  }

  @Test
  void skippedHeadingLevelIsReported() throws Exception {
    String html = PdfTesting.page("<h1>Maturity</h1><h3>Level 1 · Initial</h3><h2>Gaps</h2>");

    PdfTesting.Rendered result = PdfTesting.render(html, ROOT, FontSet.bundled());

    assertThat(result.warnings())
        .containsExactly(
            "accessibility: heading 'Level 1 · Initial' is an h3 right after an h1; PDF/UA does"
                + " not allow skipping heading levels");
    assertThat(PdfTesting.veraPdfFailures(result.pdf(), PDFAFlavour.PDFUA_1))
        .anySatisfy(f -> assertThat(f).startsWith("7.4.2-1"));
  }

  @Test
  void headingBeforeAnyH1IsReported() throws Exception {
    PdfTesting.Rendered result =
        PdfTesting.render(PdfTesting.page("<h2>Cover</h2><h1>Report</h1>"), ROOT, FontSet.bundled());

    assertThat(result.warnings())
        .containsExactly(
            "accessibility: heading 'Cover' is an h2 before any h1; PDF/UA does not allow"
                + " skipping heading levels");
  }

  @Test
  void linksTablesAndListsWithoutExtrasConform() throws Exception {
    String html =
        PdfTesting.page(
            "<h1>Links</h1><p><a href=\"#t\">to the table</a> and"
                + " <a href=\"https://example.org/\">out</a></p>"
                + "<table id=\"t\"><thead><tr><th>A</th><th>B</th></tr></thead>"
                + "<tbody><tr><td>1</td><td>2</td></tr></tbody></table>"
                + "<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>");

    byte[] pdf = PdfTesting.render(html, ROOT, FontSet.bundled()).pdf();

    assertThat(PdfTesting.veraPdfFailures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(PdfTesting.veraPdfFailures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
  }
}
