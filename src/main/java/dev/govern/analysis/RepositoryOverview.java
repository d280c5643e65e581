package dev.govern.analysis;

import dev.govern.model.Governance;
import dev.govern.model.Measurements;
import dev.govern.model.RepositoryScan;
import dev.govern.model.ScanRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the site's Repositories page, the dashboard and the PDF show of the last scan: one row per
 * repository and the headline counts, computed once from the committed measurements.
 *
 * @param compliance repositories without a violation, of all, in percent (the KPI figure
 *     {@code scan.classification_compliance}); empty when nothing was scanned
 * @param byTool how many repositories configure each assistant, most first, then by name
 */
public record RepositoryOverview(
    LocalDate asOf,
    List<Row> rows,
    int configured,
    int compliant,
    long errorFindings,
    long warningFindings,
    long violations,
    Optional<BigDecimal> compliance,
    List<ToolCount> byTool) {

  /**
   * A repository as listed.
   *
   * @param assistants the assistants' names, in the order of their first file
   * @param state {@code violation}, {@code error}, {@code warning} or {@code clean}: the worst it has
   */
  public record Row(RepositoryScan scan, List<String> assistants, String state) {}

  public record ToolCount(String name, int repositories) {}

  public int total() {
    return rows.size();
  }

  /** The overview of the committed scan, or empty when there is none. */
  public static Optional<RepositoryOverview> of(Governance g) {
    return g.measurements().map(m -> of(m, g.scanRules()));
  }

  static RepositoryOverview of(Measurements m, ScanRules rules) {
    Map<String, String> names = new HashMap<>();
    rules.assistants().forEach(a -> names.putIfAbsent(a.tool() == null ? "shared" : a.tool(), a.name()));
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> byTool = new LinkedHashMap<>();
    long errors = 0;
    long warnings = 0;
    long violations = 0;
    for (RepositoryScan r : m.repositories()) {
      List<String> assistants = r.tools().stream().map(t -> names.getOrDefault(t, t)).toList();
      assistants.forEach(n -> byTool.merge(n, 1, Integer::sum));
      long e = r.errorFindings();
      long w = r.findings().size() - e;
      errors += e;
      warnings += w;
      violations += r.violations().size();
      String state = !r.violations().isEmpty() ? "violation" : e > 0 ? "error" : w > 0 ? "warning" : "clean";
      rows.add(new Row(r, assistants, state));
    }
    List<ToolCount> tools = byTool.entrySet().stream()
        .map(e -> new ToolCount(e.getKey(), e.getValue()))
        .sorted(java.util.Comparator.comparingInt(ToolCount::repositories).reversed().thenComparing(ToolCount::name))
        .toList();
    int configured = (int) m.repositories().stream().filter(RepositoryScan::hasAssistants).count();
    int compliant = (int) m.repositories().stream().filter(RepositoryScan::compliant).count();
    return new RepositoryOverview(m.asOf(), List.copyOf(rows), configured, compliant, errors, warnings, violations,
        m.figure("classification_compliance"), tools);
  }
}
