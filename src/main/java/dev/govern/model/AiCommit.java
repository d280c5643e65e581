package dev.govern.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An AI-attributed commit, named because it matters on its own: in a repository whose
 * classification prohibits AI tools it is a violation.
 *
 * @param date the commit date, UTC
 * @param signals the signal ids that attributed it, sorted
 * @param tools the assistants those signals name, sorted
 */
public record AiCommit(String commit, LocalDate date, List<String> signals, List<String> tools) {
  public AiCommit {
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(date, "date");
    signals = List.copyOf(signals);
    tools = List.copyOf(tools);
  }
}
