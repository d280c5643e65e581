package dev.govern.history;

import dev.govern.analysis.KpiStatus;
import dev.govern.history.GovernanceDiff.ControlChange;
import dev.govern.history.GovernanceDiff.Direction;
import dev.govern.history.GovernanceDiff.KpiChange;
import dev.govern.history.GovernanceDiff.MaturityChange;
import dev.govern.history.GovernanceDiff.RiskChange;
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

/**
 * The regression gate of {@code govern check --against REV}: what got worse since REV. Four things
 * count: a lower maturity level, a control whose status went down, a risk whose residual level went
 * up, and a KPI newly missed (met or without data before, missed now).
 *
 * <p>Added and removed things do not count: a new KPI that is missed, or a new risk rated high, is
 * honest reporting the gate must not discourage.
 */
public final class Gate {
  private static final int DESCRIPTION_LENGTH = 60;

  /** What kind of thing regressed. */
  public enum Kind {
    MATURITY("maturity", Rule.REGRESSION_MATURITY),
    CONTROL_STATUS("control_status", Rule.REGRESSION_CONTROL_STATUS),
    RISK_RESIDUAL("risk_residual", Rule.REGRESSION_RISK_RESIDUAL),
    KPI_MISSED("kpi_missed", Rule.REGRESSION_KPI_MISSED);

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
   */
  public record Result(Snapshot baseline, boolean compared, List<Regression> regressions) {
    public Result {
      Objects.requireNonNull(baseline, "baseline");
      regressions = List.copyOf(regressions);
    }

    /** Whether the gate fails the check. */
    public boolean failed() {
      return !regressions.isEmpty();
    }
  }

  private Gate() {}

  /**
   * Compares valid current data with the baseline. A baseline whose data has errors is not compared:
   * nothing to compare with is no reason to fail the check of valid data.
   */
  public static Result against(Snapshot baseline, Governance current) {
    if (baseline.hasErrors()) {
      return new Result(baseline, false, List.of());
    }
    GovernanceDiff diff = GovernanceDiff.between(baseline.governance().orElseThrow(), current);
    return new Result(baseline, true, regressions(diff, current));
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
