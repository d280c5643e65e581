package dev.govern.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A governance control.
 *
 * @param reviewEvery how often evidence and the control itself are reviewed; null when neither
 *     given nor derivable from the frequency text
 * @param mappings framework id to item ids in that framework's catalogue, in the data's order
 */
public record Control(
    String id,
    String domain,
    String name,
    String description,
    String implementation,
    List<Evidence> evidence,
    String frequency,
    Period reviewEvery,
    Status status,
    String owner,
    LocalDate lastReviewed,
    Map<String, List<String>> mappings) {

  public Control {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    evidence = List.copyOf(evidence);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    mappings.forEach((framework, items) -> copy.put(framework, List.copyOf(items)));
    mappings = Collections.unmodifiableMap(copy);
  }

  /** A copy with other evidence (the scan's date put on evidence it measures). */
  public Control withEvidence(List<Evidence> newEvidence) {
    return new Control(id, domain, name, description, implementation, newEvidence, frequency, reviewEvery, status,
        owner, lastReviewed, mappings);
  }

  public boolean isImplemented() {
    return status == Status.IMPLEMENTED;
  }
}
