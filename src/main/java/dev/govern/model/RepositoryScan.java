package dev.govern.model;

import java.util.List;
import java.util.Objects;

/**
 * What {@code govern scan} measured in one repository at its HEAD commit.
 *
 * <p>Each list is sorted (paths by name, findings by file, line, column and rule) so that the same
 * repository always gives the same measurement file.
 *
 * @param owner may be null
 * @param head the commit id scanned; empty for a repository without commits
 * @param ignoreFiles ignore files found, and {@code .claude/settings.json} when it denies reads
 * @param codeownersUncovered assistant files that no CODEOWNERS rule gives an owner
 * @param history AI attribution in the default branch's history; null when not measured
 */
public record RepositoryScan(
    String id,
    String classification,
    String owner,
    String head,
    List<AssistantFile> assistantFiles,
    List<String> ignoreFiles,
    List<String> codeownersUncovered,
    List<Finding> findings,
    List<Violation> violations,
    AttributionHistory history) {
  public RepositoryScan {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(head, "head");
    assistantFiles = List.copyOf(assistantFiles);
    ignoreFiles = List.copyOf(ignoreFiles);
    codeownersUncovered = List.copyOf(codeownersUncovered);
    findings = List.copyOf(findings);
    violations = List.copyOf(violations);
  }

  /** A measurement of the tree alone, without the history. */
  public RepositoryScan(String id, String classification, String owner, String head, List<AssistantFile> assistantFiles,
      List<String> ignoreFiles, List<String> codeownersUncovered, List<Finding> findings, List<Violation> violations) {
    this(id, classification, owner, head, assistantFiles, ignoreFiles, codeownersUncovered, findings, violations, null);
  }

  /** This measurement with its history. */
  public RepositoryScan withHistory(AttributionHistory h) {
    return new RepositoryScan(id, classification, owner, head, assistantFiles, ignoreFiles, codeownersUncovered,
        findings, violations, h);
  }

  /** AI-attributed commits where the classification prohibits AI tools; none when not measured. */
  public List<AiCommit> aiViolations() {
    return history == null ? List.of() : history.aiViolations();
  }

  public boolean hasAssistants() {
    return !assistantFiles.isEmpty();
  }

  /** Meets its classification: no violation. */
  public boolean compliant() {
    return violations.isEmpty() && aiViolations().isEmpty();
  }

  public long errorFindings() {
    return findings.stream().filter(Finding::isError).count();
  }

  /** The distinct assistants configured, in the order of their first file. */
  public List<String> tools() {
    return assistantFiles.stream().map(AssistantFile::tool).distinct().toList();
  }
}
