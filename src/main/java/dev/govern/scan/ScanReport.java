package dev.govern.scan;

import dev.govern.model.AiCommit;
import dev.govern.model.AssistantFile;
import dev.govern.model.AttributionHistory;
import dev.govern.model.AttributionMonth;
import dev.govern.model.Finding;
import dev.govern.model.RepositoryScan;
import dev.govern.model.Violation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scan's results for people and for programs: text lines {@code REPO:FILE:LINE:COL: SEVERITY:
 * MESSAGE [RULE]}, and the JSON shape. Prints nothing and picks no exit code.
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

  public static String text(LocalDate asOf, List<RepositoryScan> repositories) {
    StringBuilder sb = new StringBuilder();
    long errors = 0;
    long warnings = 0;
    long violations = 0;
    for (RepositoryScan r : repositories) {
      for (Finding f : r.findings()) {
        sb.append(r.id()).append(':').append(f.file()).append(':').append(f.line()).append(':').append(f.column())
            .append(": ").append(f.severity().id()).append(": ").append(f.message()).append(" [").append(f.rule())
            .append("]\n");
        if (f.isError()) {
          errors++;
        } else {
          warnings++;
        }
      }
      for (Violation v : r.violations()) {
        sb.append(r.id()).append(": error: ").append(v.message()).append(" [").append(v.rule()).append("]\n");
        violations++;
      }
      for (AiCommit c : r.aiViolations()) {
        sb.append(r.id()).append(": error: ").append(aiViolationMessage(r, c)).append(" [").append(AI_VIOLATION)
            .append("]\n");
        violations++;
      }
    }
    long configured = repositories.stream().filter(RepositoryScan::hasAssistants).count();
    sb.append(plural(repositories.size(), "repository", "repositories")).append(" scanned, ")
        .append(configured).append(" with assistant configuration: ")
        .append(plural(errors, "error", "errors")).append(", ").append(plural(warnings, "warning", "warnings"))
        .append(", ").append(plural(violations, "classification violation", "classification violations"))
        .append(", as of ").append(asOf).append('\n');
    return sb.toString();
  }

  /** {@code {"as_of": DATE, "repositories": [...]}}, keys in a fixed order. */
  public static Map<String, Object> json(LocalDate asOf, List<RepositoryScan> repositories) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("as_of", asOf.toString());
    out.put("repositories", repositories.stream().map(ScanReport::json).toList());
    return out;
  }

  private static Map<String, Object> json(RepositoryScan r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("classification", r.classification());
    m.put("owner", r.owner());
    m.put("head", r.head());
    m.put("assistants", r.tools());
    m.put("assistant_files", r.assistantFiles().stream().map(AssistantFile::path).toList());
    m.put("ignore_files", r.ignoreFiles());
    m.put("codeowners_uncovered", r.codeownersUncovered());
    m.put("findings", r.findings().stream().map(f -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("rule", f.rule());
      x.put("severity", f.severity().id());
      x.put("file", f.file());
      x.put("line", f.line());
      x.put("column", f.column());
      x.put("message", f.message());
      x.put("excerpt", f.excerpt());
      return x;
    }).toList());
    m.put("violations", r.violations().stream().map(v -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("rule", v.rule());
      x.put("message", v.message());
      return x;
    }).toList());
    AttributionHistory h = r.history();
    if (h != null) {
      m.put("since", h.since().toString());
      m.put("months", h.months().stream().map(ScanReport::json).toList());
      m.put("ai_violations", h.aiViolations().stream().map(c -> {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("commit", c.commit());
        x.put("date", c.date().toString());
        x.put("signals", c.signals());
        x.put("tools", c.tools());
        x.put("message", aiViolationMessage(r, c));
        return x;
      }).toList());
    }
    return m;
  }

  private static Map<String, Object> json(AttributionMonth month) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("month", month.month().toString());
    x.put("commits", month.commits());
    x.put("ai_commits", month.aiCommits());
    x.put("lines_added", month.linesAdded());
    x.put("ai_lines_added", month.aiLinesAdded());
    x.put("ai_lines", month.aiLines());
    x.put("signals", month.signals());
    x.put("signal_lines_added", month.signalLinesAdded());
    x.put("tools", month.tools());
    return x;
  }

  private static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
