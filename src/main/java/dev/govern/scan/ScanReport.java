package dev.govern.scan;

import dev.govern.model.AiCommit;
import dev.govern.model.RepositoryScan;
import java.util.List;

/**
 * What a scan's results mean beyond the measurements: the rule id and words of an AI-attributed
 * commit where AI is prohibited, and whether the scan fails. The format package prints them.
 */
public final class ScanReport {
  private ScanReport() {}

  /** The rule id of an AI-attributed commit in a repository whose classification prohibits AI tools. */
  public static final String AI_VIOLATION = "ai-commit-where-prohibited";

  /** What an AI-attributed commit where AI is prohibited is, in words. */
  public static String aiViolationMessage(RepositoryScan r, AiCommit c) {
    return "commit " + c.commit().substring(0, Math.min(12, c.commit().length())) + " of " + c.date()
        + " is AI-attributed (" + String.join(", ", c.signals()) + ": " + String.join(", ", c.tools())
        + ") but " + r.classification() + " prohibits AI tools";
  }

  /** Whether anything fails the scan: an error-level finding or a violation. */
  public static boolean failed(List<RepositoryScan> repositories) {
    return repositories.stream()
        .anyMatch(r -> r.errorFindings() > 0 || !r.violations().isEmpty() || !r.aiViolations().isEmpty());
  }

}
