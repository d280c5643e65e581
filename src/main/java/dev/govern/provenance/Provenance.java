package dev.govern.provenance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a report came from, as stated on its cover, in its document control, in its XMP metadata
 * and in its attached facts — and what {@code govern verify} needs to rebuild it.
 *
 * @param commit the full id of the commit the data came from, or null outside Git
 * @param dirty whether the data folder or templates/ had uncommitted changes
 * @param asOf the date evidence and reviews were judged at
 * @param asOfSource where that date came from, as the report prints it
 * @param documentDate the document's date (SOURCE_DATE_EPOCH or the last commit), never the clock
 * @param governVersion the version of govern that built it
 * @param dataDigest the {@link DataSnapshot#digest()} of the data as loaded
 * @param since the revision "changes since" was shown against, or null
 */
public record Provenance(
    String commit, boolean dirty, LocalDate asOf, String asOfSource, Instant documentDate, String governVersion, String dataDigest,
    String since) {

  public Provenance {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(asOfSource, "asOfSource");
    Objects.requireNonNull(documentDate, "documentDate");
    Objects.requireNonNull(governVersion, "governVersion");
    Objects.requireNonNull(dataDigest, "dataDigest");
  }

  /** Whether the report can be checked against the repository: built from a commit, unchanged. */
  public boolean verifiable() {
    return commit != null && !dirty;
  }

  /** The fields under their XMP/JSON names, in a fixed order; absent ones left out. */
  public Map<String, String> properties() {
    Map<String, String> m = new LinkedHashMap<>();
    if (commit != null) {
      m.put("commit", commit);
    }
    m.put("uncommittedChanges", Boolean.toString(dirty));
    m.put("asOf", asOf.toString());
    m.put("asOfSource", asOfSource);
    m.put("documentDate", documentDate.toString());
    m.put("governVersion", governVersion);
    m.put("dataDigest", dataDigest);
    if (since != null) {
      m.put("since", since);
    }
    return m;
  }

  /** Reads back what {@link #properties()} wrote; null when a required field is missing or wrong. */
  public static Provenance fromProperties(Map<String, String> m) {
    try {
      return new Provenance(m.get("commit"), Boolean.parseBoolean(m.get("uncommittedChanges")),
          LocalDate.parse(m.get("asOf")), m.get("asOfSource"), Instant.parse(m.get("documentDate")), m.get("governVersion"),
          m.get("dataDigest"), m.get("since"));
    } catch (RuntimeException e) {
      return null;
    }
  }

  Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("commit", commit);
    m.put("uncommitted_changes", dirty);
    m.put("as_of", asOf.toString());
    m.put("as_of_source", asOfSource);
    m.put("document_date", documentDate.toString());
    m.put("govern_version", governVersion);
    m.put("data_sha256", dataDigest);
    m.put("since", since);
    return m;
  }
}
