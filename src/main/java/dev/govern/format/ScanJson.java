package dev.govern.format;

import dev.govern.model.AssistantFile;
import dev.govern.model.AttributionHistory;
import dev.govern.model.AttributionMonth;
import dev.govern.model.RepositoryScan;
import dev.govern.scan.ScanReport;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code scan --format json}: every repository's measurement, keys in a fixed order. */
public final class ScanJson {
  private ScanJson() {}

  /** {@code {"as_of": DATE, "repositories": [...]}}, keys in a fixed order. */
  public static String render(ScanResult result) {
    LocalDate asOf = result.asOf();
    List<RepositoryScan> repositories = result.repositories();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("as_of", asOf.toString());
    out.put("repositories", repositories.stream().map(ScanJson::json).toList());
    return Json.write(out);
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
      m.put("months", h.months().stream().map(ScanJson::json).toList());
      m.put("ai_violations", h.aiViolations().stream().map(c -> {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("commit", c.commit());
        x.put("date", c.date().toString());
        x.put("signals", c.signals());
        x.put("tools", c.tools());
        x.put("message", ScanReport.aiViolationMessage(r, c));
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
}
