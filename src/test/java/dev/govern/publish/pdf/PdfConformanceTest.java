package dev.govern.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class PdfConformanceTest {
  private static PdfTesting.Rendered sample;

  @BeforeAll
  static void renderOnce() throws Exception {
    sample = PdfTesting.renderSample();
  }

  @Test
  void sampleConformsToPdfA() {
    assertThat(PdfRenderer.CONFORMANCE).isEqualTo("PDF/A-3a");
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
}
