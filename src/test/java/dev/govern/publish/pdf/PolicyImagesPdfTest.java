package dev.govern.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.cli.GovernCommand;
import dev.govern.cli.PolicyImagesTest;
import dev.govern.load.Fixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** A policy's images in the PDF are figures with their alt text, and the report stays PDF/A-3a and PDF/UA-1. */
class PolicyImagesPdfTest {
  @TempDir Path dir;

  @Test
  void aPolicyImageIsAFigureWithItsAltTextInAnArchivalAccessibleReport() throws Exception {
    byte[] pdf = build("![Review flow: author, reviewer, merge](img/flow.png)");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(PdfTesting.figureAlts(doc)).contains("Review flow: author, reviewer, merge");
    }
    assertThat(PdfTesting.veraPdfFailures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
    assertThat(PdfTesting.veraPdfFailures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
  }

  private byte[] build(String markdown) throws Exception {
    Path data = Fixture.minimal(dir.resolve("repo"));
    Path policy = data.resolve("policies/use.md");
    Files.writeString(policy, Files.readString(policy) + "\n" + markdown + "\n");
    Files.createDirectories(data.resolve("policies/img"));
    Files.write(data.resolve("policies/img/flow.png"), PolicyImagesTest.png(90, 40));
    StringWriter out = new StringWriter();

    int code = GovernCommand.run(new String[] {"build", "--data", data.toString(), "--as-of", "2026-01-20"},
        new PrintWriter(out), new PrintWriter(out), Map.of("SOURCE_DATE_EPOCH", "1764028800"));

    assertThat(code).as(out.toString()).isZero();
    return Files.readAllBytes(data.getParent().resolve("site/governance-report.pdf"));
  }
}
