package dev.govern.format;

import dev.govern.model.AiCommit;
import dev.govern.model.Finding;
import dev.govern.model.RepositoryScan;
import dev.govern.model.Violation;
import dev.govern.problem.Visible;
import dev.govern.scan.ScanReport;

/**
 * {@code scan --format text}: one line per finding, {@code REPO:FILE:LINE:COL: SEVERITY: MESSAGE
 * [RULE]}, one per violation, {@code REPO: error: MESSAGE [RULE]}, then a summary. File names and
 * messages come from scanned repositories, so every line is escaped ({@link Visible}).
 */
public final class ScanText {
  private ScanText() {}

  public static String render(ScanResult result) {
    StringBuilder sb = new StringBuilder();
    for (RepositoryScan r : result.repositories()) {
      for (Finding f : r.findings()) {
        line(sb, r.id() + ":" + f.file() + ":" + f.line() + ":" + f.column() + ": " + f.severity().id() + ": "
            + f.message() + " [" + f.rule() + "]");
      }
      for (Violation v : r.violations()) {
        line(sb, r.id() + ": error: " + v.message() + " [" + v.rule() + "]");
      }
      for (AiCommit c : r.aiViolations()) {
        line(sb, r.id() + ": error: " + ScanReport.aiViolationMessage(r, c) + " [" + ScanReport.AI_VIOLATION + "]");
      }
    }
    return sb.append(summary(result)).toString();
  }

  /** "12 repositories scanned, 7 with assistant configuration: 2 errors, 3 warnings, 1 classification violation, as of …". */
  static String summary(ScanResult result) {
    long errors = 0;
    long warnings = 0;
    long violations = 0;
    for (RepositoryScan r : result.repositories()) {
      errors += r.findings().stream().filter(Finding::isError).count();
      warnings += r.findings().stream().filter(f -> !f.isError()).count();
      violations += r.violations().size() + r.aiViolations().size();
    }
    long configured = result.repositories().stream().filter(RepositoryScan::hasAssistants).count();
    return Words.plural(result.repositories().size(), "repository", "repositories") + " scanned, " + configured
        + " with assistant configuration: " + Words.summary(errors, warnings) + ", "
        + Words.plural(violations, "classification violation") + ", as of " + result.asOf() + "\n";
  }

  /** One line, on one line whatever a scanned file's name holds. */
  private static void line(StringBuilder sb, String text) {
    sb.append(Visible.escape(text)).append('\n');
  }
}
