package dev.govern.model;

import java.util.List;
import java.util.Objects;

/**
 * The governance document's identity: title, classification marking, owner, version, approvals.
 *
 * @param language the BCP 47 tag of the language the site and the PDF are written in ({@code en},
 *     {@code de}, {@code zh-TW}); null for the default, English
 */
public record Document(
    String title,
    String subtitle,
    String classification,
    String owner,
    String version,
    List<Approver> approvers,
    String language) {
  public Document {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(classification, "classification");
    approvers = List.copyOf(approvers);
  }

  /** A document in the default language. */
  public Document(String title, String subtitle, String classification, String owner, String version,
      List<Approver> approvers) {
    this(title, subtitle, classification, owner, version, approvers, null);
  }
}
