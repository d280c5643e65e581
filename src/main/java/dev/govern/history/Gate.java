package dev.govern.history;

import dev.govern.analysis.KpiStatus;
import dev.govern.history.GovernanceDiff.ControlChange;
import dev.govern.history.GovernanceDiff.Direction;
import dev.govern.history.GovernanceDiff.KpiChange;
import dev.govern.history.GovernanceDiff.MaturityChange;
import dev.govern.history.GovernanceDiff.RiskChange;
import dev.govern.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import dev.govern.model.Control;
import dev.govern.model.Governance;
import dev.govern.model.Kpi;
import dev.govern.model.Risk;
import dev.govern.problem.Rule;
import dev.govern.model.RepositoryScan;

/**
 * The regression gate of {@code govern check --against REV}: what got worse since REV: a lower
 * maturity level, a control whose status went down, a control removed while it was implemented or
 * partial (the organisation lost it; said so when a look-alike id was added, issue 11), a risk whose
 * residual level went up, a KPI newly missed (met or without data before, missed now), and in the
 * committed scan a new error-level finding or a new classification violation.
 *
 * <p>Other additions and removals do not count: a new KPI that is missed, or a new risk rated high,
 * is honest reporting the gate must not discourage, and a plan dropped loses no control.
 */
public final class Gate {
  private static final int DESCRIPTION_LENGTH = 60;

  /** What kind of thing regressed. */
  public enum Kind {
    MATURITY("maturity", Rule.REGRESSION_MATURITY),
    CONTROL_STATUS("control_status", Rule.REGRESSION_CONTROL_STATUS),
    CONTROL_REMOVED("control_removed", Rule.REGRESSION_CONTROL_REMOVED),
    RISK_RESIDUAL("risk_residual", Rule.REGRESSION_RISK_RESIDUAL),
    KPI_MISSED("kpi_missed", Rule.REGRESSION_KPI_MISSED),
    SCAN_FINDING("scan_finding", Rule.REGRESSION_SCAN_FINDING),
    SCAN_VIOLATION("scan_violation", Rule.REGRESSION_SCAN_VIOLATION);

    private final String id;
    private final Rule rule;

    Kind(String id, Rule rule) {
      this.id = id;
      this.rule = rule;
    }

    public String id() {
      return id;
    }

    /** The rule CI formats report this kind of regression under. */
    public Rule rule() {
      return rule;
    }
  }

  /**
   * One regression.
   *
   * @param id the control, risk or KPI id; null for maturity
   * @param message one line saying exactly what got worse, from what to what
   * @param path where in the current data it is (a source-map path such as {@code controls/3/status}),
   *     so CI formats can annotate the line
   */
  public record Regression(Kind kind, String id, String message, String path) {
    public Regression {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(path, "path");
    }
  }

  /**
   * The gate's outcome against a baseline.
   *
   * @param baseline the data at the baseline revision
   * @param compared false when the baseline's data has errors, so there was nothing to compare with
   * @param regressions what got worse, in the diff's order; empty when not compared
   * @param allowBrokenBase whether a baseline that does not load lets the check pass
   */
  public record Result(Snapshot baseline, boolean compared, List<Regression> regressions, boolean allowBrokenBase) {
    public Result {
      Objects.requireNonNull(baseline, "baseline");
      regressions = List.copyOf(regressions);
    }

    /** Whether the gate fails the check with regressions. */
    public boolean failed() {
      return !regressions.isEmpty();
    }

    /**
     * Whether the gate fails closed: the baseline's data does not load, so nothing could be compared,
     * and {@code --allow-broken-base} was not given. A gate that passed whenever the baseline is
     * broken could be opened by breaking it (issue 11).
     */
    public boolean failsClosed() {
      return !compared && !allowBrokenBase;
    }
  }

  private Gate() {}

  /**
   * Compares valid current data with the baseline. A baseline whose data has errors is not compared,
   * and the result {@linkplain Result#failsClosed fails closed} unless {@code allowBrokenBase}.
   */
  public static Result against(Snapshot baseline, Governance current, boolean allowBrokenBase) {
    if (baseline.hasErrors()) {
      return new Result(baseline, false, List.of(), allowBrokenBase);
    }
    GovernanceDiff diff = GovernanceDiff.between(baseline.governance().orElseThrow(), current);
    return new Result(baseline, true, regressions(diff, current), allowBrokenBase);
  }

  /** Every regression in a diff, in the diff's order: maturity, controls, risks, KPIs. */
  public static List<Regression> regressions(GovernanceDiff diff, Governance current) {
    List<Regression> found = new ArrayList<>();
    MaturityChange m = diff.maturity();
    if (m.direction() == Direction.WORSE) {
      found.add(new Regression(Kind.MATURITY, null,
          "maturity level went down: " + level(m.before(), m.beforeName()) + " → " + level(m.after(), m.afterName()),
          "maturity"));
    }
    for (ControlChange c : diff.controls()) {
      if (c.status() == Direction.WORSE) {
        found.add(new Regression(Kind.CONTROL_STATUS, c.id(), "control " + c.id() + " (" + c.name()
            + "): status went down: " + c.before().id() + " → " + c.after().id(),
            indexOf(current.controls(), Control::id, c.id()).map(i -> "controls/" + i + "/status").orElse("controls")));
      }
    }
    for (ControlChange c : diff.controls()) {
      if (c.kind() == GovernanceDiff.Kind.REMOVED && (c.before() == Status.IMPLEMENTED || c.before() == Status.PARTIAL)) {
        found.add(new Regression(Kind.CONTROL_REMOVED, c.id(), "control " + c.id() + " (" + c.name()
            + "): removed while " + c.before().id() + diff.lookAlikeOf("control", c.id())
                .map(l -> "; " + l.added() + ", added, looks the same: renamed to a look-alike id?").orElse(""),
            diff.lookAlikeOf("control", c.id()).flatMap(l -> indexOf(current.controls(), Control::id, l.added()))
                .map(i -> "controls/" + i + "/id").orElse("controls")));
      }
    }
    for (RiskChange r : diff.risks()) {
      if (r.residual() == Direction.WORSE) {
        found.add(new Regression(Kind.RISK_RESIDUAL, r.id(), "risk " + r.id() + " (" + shorten(r.description())
            + "): residual level went up: " + r.residualBefore() + " → " + r.residualAfter(),
            indexOf(current.risks(), Risk::id, r.id()).map(i -> "risks/" + i + "/residual_risk").orElse("risks")));
      }
    }
    for (KpiChange k : diff.kpis()) {
      if (k.newlyMissed()) {
        found.add(new Regression(Kind.KPI_MISSED, k.id(), "KPI " + k.id() + " (" + k.name() + "): newly missed: "
            + k.latestAfter() + " against the target " + k.target()
            + (k.before() == KpiStatus.Outcome.MET ? " (met before, at " + k.latestBefore() + ")" : " (no data before)"),
            kpiPath(current, k.id())));
      }
    }
    // A new error in a scanned repository counts even in a repository new to the inventory: the
    // scan measures, it is not the team's own rating that the gate must not discourage.
    for (GovernanceDiff.RepositoryChange r : diff.repositories()) {
      r.newFindings().stream().filter(f -> f.isError()).forEach(f -> found.add(new Regression(Kind.SCAN_FINDING, r.id(),
          "repository " + r.id() + ": new error finding in " + f.file() + ":" + f.line() + ":" + f.column() + ": "
              + f.message() + " [" + f.rule() + "]", measurementPath(current, r.id()))));
      r.newViolations().forEach(v -> found.add(new Regression(Kind.SCAN_VIOLATION, r.id(),
          "repository " + r.id() + ": new classification violation: " + v.message() + " [" + v.rule() + "]",
          measurementPath(current, r.id()))));
      r.newAiViolations().forEach(c -> found.add(new Regression(Kind.SCAN_VIOLATION, r.id(),
          "repository " + r.id() + ": new AI-attributed commit where the classification prohibits AI tools: "
              + GovernanceDiff.RepositoryChange.describe(c), measurementPath(current, r.id()))));
    }
    return List.copyOf(found);
  }

  private static <T> Optional<Integer> indexOf(List<T> items, Function<T, String> id, String wanted) {
    for (int i = 0; i < items.size(); i++) {
      if (id.apply(items.get(i)).equals(wanted)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static String kpiPath(Governance g, String id) {
    for (int c = 0; c < g.kpiCategories().size(); c++) {
      Optional<Integer> k = indexOf(g.kpiCategories().get(c).kpis(), Kpi::id, id);
      if (k.isPresent()) {
        return "kpis/" + c + "/kpis/" + k.get() + "/values";
      }
    }
    return "kpis";
  }

  /** Where a repository's committed measurement is, so CI formats annotate its line. */
  private static String measurementPath(Governance g, String id) {
    return g.measurements().flatMap(m -> indexOf(m.repositories(), RepositoryScan::id, id))
        .map(i -> "measurements/" + i + "/id").orElse("measurements");
  }

  /** "level 3 Defined", or "no level". */
  public static String level(Integer level, String name) {
    return level == null ? "no level" : "level " + level + (name == null ? "" : " " + name);
  }

  /** A description on one line, cut at a word boundary after about 60 characters: how a risk is named. */
  public static String shorten(String text) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    if (oneLine.length() <= DESCRIPTION_LENGTH) {
      return oneLine;
    }
    int cut = oneLine.lastIndexOf(' ', DESCRIPTION_LENGTH);
    return oneLine.substring(0, cut > 20 ? cut : DESCRIPTION_LENGTH) + "…";
  }
}
