package dev.govern.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** veraPDF finds no failed rule, for the PDF/A flavour govern claims and for PDF/UA-1. */
class PdfConformanceTest {
  private static PdfTesting.Rendered sample;

  @BeforeAll
  static void renderOnce() throws Exception {
    sample = PdfTesting.renderSample();
    // Kept for a person to look at (pdftoppm -png -r 60 target/pdf-sample/report.pdf …).
    Path dir = Path.of("target", "pdf-sample");
    Files.createDirectories(dir);
    Files.write(dir.resolve("report.pdf"), sample.pdf());
  }

  @Test
  void claimsPdfA3a() {
    assertThat(PdfRenderer.CONFORMANCE).isEqualTo("PDF/A-3a");
  }

  @Test
  void sampleConformsToPdfA3a() {
    assertThat(PdfTesting.veraPdfFailures(sample.pdf(), PDFAFlavour.PDFA_3_A)).isEmpty();
  }

  @Test
  void sampleConformsToPdfUa1() {
    assertThat(PdfTesting.veraPdfFailures(sample.pdf(), PDFAFlavour.PDFUA_1)).isEmpty();
  }

  @Test
  void sampleRendersWithoutWarnings() {
    assertThat(sample.warnings()).isEmpty();
  }

  @Test
  void documentWithAnExtraCjkFontConformsToo() throws Exception {
    String html = PdfTesting.page("<h1>翰林軟體</h1><p>Zoë Lefèvre-Müller, 翰林軟體.</p>");

    byte[] pdf = PdfTesting.render(html, PdfTesting.cjkRoot(), PdfTesting.cjkFonts()).pdf();

    assertThat(PdfTesting.veraPdfFailures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
    assertThat(PdfTesting.veraPdfFailures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
  }
}
