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
    MATURITY("maturity"),
    CONTROL_STATUS("control_status"),
    CONTROL_REMOVED("control_removed"),
    RISK_RESIDUAL("risk_residual"),
    KPI_MISSED("kpi_missed"),
    SCAN_FINDING("scan_finding"),
    SCAN_VIOLATION("scan_violation");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  /**
   * One regression.
   *
   * @param id the control, risk or KPI id; null for maturity
   * @param message one line saying exactly what got worse, from what to what
   */
  public record Regression(Kind kind, String id, String message) {
    public Regression {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(message, "message");
    }
  }

  private Gate() {}

  /** Every regression in a diff, in the diff's order: maturity, controls, risks, KPIs. */
  public static List<Regression> regressions(GovernanceDiff diff) {
    List<Regression> found = new ArrayList<>();
    MaturityChange m = diff.maturity();
    if (m.direction() == Direction.WORSE) {
      found.add(new Regression(Kind.MATURITY, null,
          "maturity level went down: " + level(m.before(), m.beforeName()) + " → " + level(m.after(), m.afterName())));
    }
    for (ControlChange c : diff.controls()) {
      if (c.status() == Direction.WORSE) {
        found.add(new Regression(Kind.CONTROL_STATUS, c.id(), "control " + c.id() + " (" + c.name()
            + "): status went down: " + c.before().id() + " → " + c.after().id()));
      }
    }
    for (ControlChange c : diff.controls()) {
      if (c.kind() == GovernanceDiff.Kind.REMOVED && (c.before() == Status.IMPLEMENTED || c.before() == Status.PARTIAL)) {
        found.add(new Regression(Kind.CONTROL_REMOVED, c.id(), "control " + c.id() + " (" + c.name()
            + "): removed while " + c.before().id() + diff.lookAlikeOf("control", c.id())
                .map(l -> "; " + l.added() + ", added, looks the same: renamed to a look-alike id?").orElse("")));
      }
    }
    for (RiskChange r : diff.risks()) {
      if (r.residual() == Direction.WORSE) {
        found.add(new Regression(Kind.RISK_RESIDUAL, r.id(), "risk " + r.id() + " (" + shorten(r.description())
            + "): residual level went up: " + r.residualBefore() + " → " + r.residualAfter()));
      }
    }
    for (KpiChange k : diff.kpis()) {
      if (k.newlyMissed()) {
        found.add(new Regression(Kind.KPI_MISSED, k.id(), "KPI " + k.id() + " (" + k.name() + "): newly missed: "
            + k.latestAfter() + " against the target " + k.target()
            + (k.before() == KpiStatus.Outcome.MET ? " (met before, at " + k.latestBefore() + ")" : " (no data before)")));
      }
    }
    // A new error in a scanned repository counts even in a repository new to the inventory: the
    // scan measures, it is not the team's own rating that the gate must not discourage.
    for (GovernanceDiff.RepositoryChange r : diff.repositories()) {
      r.newFindings().stream().filter(f -> f.isError()).forEach(f -> found.add(new Regression(Kind.SCAN_FINDING, r.id(),
          "repository " + r.id() + ": new error finding in " + f.file() + ":" + f.line() + ":" + f.column() + ": "
              + f.message() + " [" + f.rule() + "]")));
      r.newViolations().forEach(v -> found.add(new Regression(Kind.SCAN_VIOLATION, r.id(),
          "repository " + r.id() + ": new classification violation: " + v.message() + " [" + v.rule() + "]")));
    }
    return List.copyOf(found);
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
