package dev.govern.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Same input, same bytes: whatever the clock, time zone, locale or thread. */
class DeterminismTest {
  private static byte[] baseline;

  @BeforeAll
  static void renderOnce() throws Exception {
    baseline = PdfTesting.renderSample().pdf();
  }

  @Test
  void secondRenderALittleLaterIsByteIdentical() throws Exception {
    Thread.sleep(1100); // past a second boundary, so a clock date would differ
    assertThat(PdfTesting.renderSample().pdf()).isEqualTo(baseline);
  }

  @Test
  void otherTimeZoneAndLocaleGiveTheSameBytes() throws Exception {
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
      assertThat(PdfTesting.renderSample().pdf()).isEqualTo(baseline);
      TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(PdfTesting.renderSample().pdf()).isEqualTo(baseline);
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }
  }

  @Test
  void concurrentRendersGiveTheSameBytes() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        results.add(pool.submit(() -> PdfTesting.renderSample().pdf()));
      }
      for (Future<byte[]> result : results) {
        assertThat(result.get()).isEqualTo(baseline);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void datesComeFromTheMetadataNotTheClock() throws IOException {
    try (PDDocument doc = Loader.loadPDF(baseline)) {
      assertThat(doc.getDocumentInformation().getCreationDate().toInstant())
          .isEqualTo(Instant.parse("2026-03-01T09:30:00Z"));
    }
  }

  @Test
  void documentIdFollowsTheContent() throws Exception {
    String html = PdfTesting.page("<p>one</p>");
    byte[] first = PdfTesting.render(html, PdfTesting.sampleDir(), FontSet.bundled()).pdf();
    byte[] again = PdfTesting.render(html, PdfTesting.sampleDir(), FontSet.bundled()).pdf();
    byte[] other =
        PdfTesting.render(PdfTesting.page("<p>two</p>"), PdfTesting.sampleDir(), FontSet.bundled())
            .pdf();

    assertThat(id(first)).hasSize(16).isEqualTo(id(again)).isNotEqualTo(id(other));
  }

  private static byte[] id(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      COSArray ids = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
      assertThat(ids.size()).isEqualTo(2);
      assertThat(ids.get(0)).isEqualTo(ids.get(1));
      return ((COSString) ids.get(0)).getBytes();
    }
  }
}
