package dev.govern.publish.pdf;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What the PDF says about itself: written to both the document information dictionary and the
 * XMP metadata, which PDF/A requires to agree.
 *
 * @param title shown by viewers instead of the file name (PDF/UA); must not be blank
 * @param author the organisation or owner; may be empty
 * @param subject one line on what the document is; may be empty
 * @param keywords comma-separated; may be empty
 * @param language the document's natural language as a BCP 47 tag such as {@code en} or {@code
 *     fr-CA} (PDF/UA); must not be blank
 * @param date creation and modification date; from the data or Git, never the clock, so that the
 *     same input gives the same bytes. Stored to the second.
 */
public record PdfMetadata(
    String title, String author, String subject, String keywords, String language, Instant date) {

  public PdfMetadata {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(keywords, "keywords");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(date, "date");
    if (title.isBlank()) {
      throw new IllegalArgumentException("a PDF/UA document needs a title");
    }
    if (!language.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
      throw new IllegalArgumentException("not a BCP 47 language tag: '" + language + "'");
    }
    // The information dictionary keeps whole seconds; XMP must say the same.
    date = date.truncatedTo(ChronoUnit.SECONDS);
  }
}
