package dev.govern.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cross-reference stream accounts for every object number, itself included. */
class TrailerTest {
  private static byte[] pdf;

  @BeforeAll
  static void render() throws Exception {
    pdf = PdfTesting.renderSample().pdf();
  }

  @Test
  void xrefStreamIndexCoversEveryObjectUpToSize() {
    String tail = tail();
    Matcher size = Pattern.compile("/Size (\\d+)").matcher(tail);
    Matcher index = Pattern.compile("/Index \\[0 (\\d+)\\]").matcher(tail);
    Matcher self = Pattern.compile("(\\d+) 0 obj").matcher(tail);
    assertThat(size.find() && index.find() && self.find()).as(tail).isTrue();
    assertThat(index.group(1)).isEqualTo(size.group(1));
    assertThat(Integer.parseInt(self.group(1)) + 1).isEqualTo(Integer.parseInt(size.group(1)));
  }

  @Test
  void fileStillOpensWithEveryPage() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isPositive();
      assertThat(doc.getDocument().isXRefStream()).isTrue();
    }
  }

  @Test
  void qpdfFindsNothingToWarnAbout(@TempDir Path dir) throws Exception {
    assertThat(PdfTesting.qpdfCheck(pdf, dir)).doesNotContainIgnoringCase("warning");
  }

  /** From the last object header to the end: the xref stream's dictionary and the trailer. */
  private static String tail() {
    String s = new String(pdf, StandardCharsets.ISO_8859_1);
    int xref = s.lastIndexOf("/Type /XRef");
    int header = s.lastIndexOf(" 0 obj", xref);
    int start = s.lastIndexOf('\n', header) + 1;
    return s.substring(start, s.indexOf(">>", xref) + 2);
  }
}
