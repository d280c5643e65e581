package dev.govern.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The renderer's contract at its edges: bad input is a clear error, metadata is validated. */
class PdfRendererTest {
  @Test
  void malformedXhtmlIsAClearError() {
    String broken = "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<body>\n<p>unclosed</body></html>";
    assertThatThrownBy(
            () ->
                PdfRenderer.render(
                    broken,
                    PdfTesting.sampleDir().toUri(),
                    PdfTesting.sampleDir(),
                    FontSet.bundled(),
                    PdfTesting.META,
                    new ByteArrayOutputStream()))
        .isInstanceOf(PdfException.class)
        .hasMessage(
            "the print HTML could not be rendered: line 3, column 14: The element type \"p\" must"
                + " be terminated by the matching end-tag \"</p>\".");
  }

  @Test
  void metadataNeedsATitleAndALanguageTag() {
    Instant date = Instant.parse("2026-01-01T00:00:00Z");
    assertThatThrownBy(() -> new PdfMetadata(" ", "", "", "", "en", date))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PdfMetadata("T", "", "", "", "english please", date))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new PdfMetadata("T", "", "", "", "fr-CA", date.plusMillis(900)).date())
        .isEqualTo(date);
  }
}
