package dev.govern.model;

import java.util.List;
import java.util.Objects;

/** The governance document's identity: title, classification marking, owner, version, approvals. */
public record Document(
    String title,
    String subtitle,
    String classification,
    String owner,
    String version,
    List<Approver> approvers) {
  public Document {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(classification, "classification");
    approvers = List.copyOf(approvers);
  }
}
