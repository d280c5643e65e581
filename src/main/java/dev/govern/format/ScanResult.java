package dev.govern.format;

import dev.govern.model.AiCommit;
import dev.govern.model.Finding;
import dev.govern.model.RepositoryScan;
import dev.govern.model.ScanRules;
import dev.govern.model.Violation;
import dev.govern.scan.MeasurementFolder;
import dev.govern.scan.ScanReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@code govern scan} found, ready to be formatted.
 *
 * @param repoPath the data folder's path from the top of the governance repository ({@code data}), so
 *     CI formats can name the measurement files it committed
 * @param asOf the date the scan speaks for
 * @param repositories every repository scanned, in id order
 * @param rules the scan rules in force (bundled and the repo's own), for the SARIF rule catalogue
 */
public record ScanResult(String repoPath, LocalDate asOf, List<RepositoryScan> repositories, List<ScanRules.Rule> rules) {

  public ScanResult {
    Objects.requireNonNull(repoPath, "repoPath");
    Objects.requireNonNull(asOf, "asOf");
    repositories = List.copyOf(repositories);
    rules = List.copyOf(rules);
  }

  /**
   * One thing the scan found, placed for CI: the scanned file is in another repository, so the
   * annotation goes on the line of the governance repo's measurement file that records it.
   *
   * @param rule the scan rule, or the kind of classification violation
   * @param error whether it fails the scan
   * @param repository the scanned repository's id
   * @param where {@code REPO:FILE:LINE:COL} for a finding, {@code REPO} otherwise
   * @param path the measurement file, repository-relative ({@code data/measurements/repositories/REPO.yaml})
   * @param line the line of that file where the entry starts
   */
  public record Item(String rule, boolean error, String repository, String where, String message, String path,
      int line) {}

  /** Every finding, violation and AI-attributed commit where AI is prohibited, repository by repository. */
  public List<Item> items() {
    List<Item> out = new ArrayList<>();
    for (RepositoryScan r : repositories) {
      String path = (repoPath.isEmpty() ? "" : repoPath + "/") + MeasurementFolder.NAME + "/repositories/" + r.id()
          + ".yaml";
      MeasurementFolder.EntryLines lines = MeasurementFolder.entryLines(r);
      for (int i = 0; i < r.findings().size(); i++) {
        Finding f = r.findings().get(i);
        out.add(new Item(f.rule(), f.isError(), r.id(), r.id() + ":" + f.file() + ":" + f.line() + ":" + f.column(),
            f.message(), path, line(lines.findings(), i)));
      }
      for (int i = 0; i < r.violations().size(); i++) {
        Violation v = r.violations().get(i);
        out.add(new Item(v.rule(), true, r.id(), r.id(), v.message(), path, line(lines.violations(), i)));
      }
      List<AiCommit> ai = r.aiViolations();
      for (int i = 0; i < ai.size(); i++) {
        out.add(new Item(ScanReport.AI_VIOLATION, true, r.id(), r.id(), ScanReport.aiViolationMessage(r, ai.get(i)),
            path, line(lines.aiViolations(), i)));
      }
    }
    return out;
  }

  /** Whether the scan fails: an error-level finding or a violation. */
  public boolean failed() {
    return ScanReport.failed(repositories);
  }

  private static int line(List<Integer> lines, int i) {
    return i < lines.size() ? lines.get(i) : 1;
  }
}
