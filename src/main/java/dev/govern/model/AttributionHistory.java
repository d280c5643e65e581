package dev.govern.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * AI attribution in one repository's history: figures per month from {@code since} to the as-of
 * date, every month of the window present (zeros included) so that trends line up.
 *
 * @param tip the default branch's commit the history was read from; empty for a repository
 *     without commits
 * @param aiViolations AI-attributed commits in the window when the repository's classification
 *     prohibits AI tools, newest first; empty otherwise
 */
public record AttributionHistory(String tip, LocalDate since, List<AttributionMonth> months,
    List<AiCommit> aiViolations) {
  public AttributionHistory {
    Objects.requireNonNull(tip, "tip");
    Objects.requireNonNull(since, "since");
    months = List.copyOf(months);
    aiViolations = List.copyOf(aiViolations);
  }

  public long commits() {
    return months.stream().mapToLong(AttributionMonth::commits).sum();
  }

  public long aiCommits() {
    return months.stream().mapToLong(AttributionMonth::aiCommits).sum();
  }

  public Optional<AttributionMonth> month(java.time.YearMonth month) {
    return months.stream().filter(m -> m.month().equals(month)).findFirst();
  }
}
