package dev.govern.scan;

import dev.govern.model.AssistantFile;
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

  /** Whether anything fails the scan: an error-level finding or a violation. */
  public static boolean failed(List<RepositoryScan> repositories) {
    return repositories.stream().anyMatch(r -> r.errorFindings() > 0 || !r.violations().isEmpty());
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
    return m;
  }

  private static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
