package dev.govern.format;

import dev.govern.problem.Visible;
import dev.govern.history.Gate;
import dev.govern.history.GovernanceDiff;
import dev.govern.history.GovernanceDiff.ControlChange;
import dev.govern.history.GovernanceDiff.CoverageChange;
import dev.govern.history.GovernanceDiff.Count;
import dev.govern.history.GovernanceDiff.Kind;
import dev.govern.history.GovernanceDiff.KpiChange;
import dev.govern.history.GovernanceDiff.MaturityChange;
import dev.govern.history.GovernanceDiff.PolicyChange;
import dev.govern.history.GovernanceDiff.RepositoryChange;
import dev.govern.history.GovernanceDiff.RiskChange;
import dev.govern.history.Snapshot;
import java.util.List;

/** {@code diff --format text}: the changes by meaning, one thing a line, each line escaped ({@link Visible#escape}). */
public final class DiffText {
  private static final String FIELD_INDENT = "              ";

  private DiffText() {}

  public static String render(GovernanceDiff d, Snapshot before, Snapshot after) {
    StringBuilder sb = new StringBuilder();
    line(sb, "Governance changes from " + before.label() + " to " + after.label());
    if (d.isEmpty()) {
      line(sb, "No changes.");
      return sb.toString();
    }
    DiffWords words = new DiffWords(before.governance().orElseThrow(), after.governance().orElseThrow());
    sb.append('\n');
    line(sb, "Maturity: " + maturity(d.maturity()));
    line(sb, "Controls: " + DiffWords.counts(d.controls().stream().map(ControlChange::kind).toList()));
    for (ControlChange c : d.controls()) {
      thing(sb, c.kind(), c.id() + " " + c.name() + (c.kind() == Kind.ADDED ? " (" + c.after().label() + ")" : ""));
      c.fields().forEach(f -> line(sb, FIELD_INDENT + words.describe(f)));
    }
    lookAlikes(sb, d, "control");
    line(sb, "Risks: " + DiffWords.counts(d.risks().stream().map(RiskChange::kind).toList()));
    for (RiskChange r : d.risks()) {
      thing(sb, r.kind(), r.id() + " " + Gate.shorten(r.description()) + (r.kind() == Kind.ADDED
          ? " (inherent " + words.levelAfter(r.inherentAfter()) + ", residual " + words.levelAfter(r.residualAfter()) + ")"
          : ""));
      r.fields().forEach(f -> line(sb, FIELD_INDENT + words.describe(f)));
    }
    lookAlikes(sb, d, "risk");
    line(sb, "KPIs: " + DiffWords.counts(d.kpis().stream().map(KpiChange::kind).toList()));
    for (KpiChange k : d.kpis()) {
      thing(sb, k.kind(), k.id() + " " + k.name() + ": " + kpi(k));
    }
    line(sb, "Framework coverage (requirements covered; implemented):");
    for (CoverageChange c : d.coverage()) {
      line(sb, "  " + c.title() + ": " + (c.changed()
          ? covered(c.before()) + " → " + covered(c.after()) + "; " + implemented(c.before()) + " → "
              + implemented(c.after())
          : covered(c.after()) + "; " + implemented(c.after()) + " (unchanged)"));
    }
    line(sb, "Policies: " + DiffWords.counts(d.policies().stream().map(PolicyChange::kind).toList()));
    for (PolicyChange p : d.policies()) {
      thing(sb, p.kind(), p.id() + " " + p.title());
      p.fields().forEach(f -> line(sb, FIELD_INDENT + words.describe(f)));
    }
    if (!d.repositories().isEmpty()) {
      line(sb, "Repositories (scan): " + DiffWords.counts(d.repositories().stream().map(RepositoryChange::kind).toList()));
      for (RepositoryChange r : d.repositories()) {
        for (String change : r.lines().isEmpty() ? List.of("") : r.lines()) {
          thing(sb, r.kind(), r.id() + (change.isEmpty() ? "" : ": " + change));
        }
      }
    }
    return sb.toString();
  }

  /** "look-alike: control C-1 removed and C-1 added look the same" under the controls or risks. */
  private static void lookAlikes(StringBuilder sb, GovernanceDiff d, String what) {
    d.lookAlikes().stream().filter(l -> l.what().equals(what)).forEach(l -> line(sb, "  look-alike: " + what + " "
        + l.removed() + " removed and " + l.added() + " added look the same: a rename to a look-alike id?"));
  }

  static String maturity(MaturityChange m) {
    String before = Gate.level(m.before(), m.beforeName());
    return m.changed() ? before + " → " + Gate.level(m.after(), m.afterName()) : before + " (unchanged)";
  }

  private static String kpi(KpiChange k) {
    return switch (k.kind()) {
      case ADDED -> DiffWords.kpi(k.after(), k.latestAfter()) + ", target " + k.target();
      case REMOVED -> "was " + DiffWords.kpi(k.before(), k.latestBefore());
      case CHANGED -> DiffWords.kpi(k.before(), k.latestBefore()) + " → " + DiffWords.kpi(k.after(), k.latestAfter())
          + ", target " + k.target();
    };
  }

  static String covered(Count c) {
    return c == null ? "absent" : c.covered() + "/" + c.requirements() + " (" + c.coveredPercent() + "%)";
  }

  static String implemented(Count c) {
    return c == null ? "absent" : c.implemented() + "/" + c.requirements() + " (" + c.implementedPercent() + "%)";
  }

  private static void thing(StringBuilder sb, Kind kind, String what) {
    line(sb, "  " + String.format(java.util.Locale.ROOT, "%-9s", kind.id()) + " " + what);
  }

  private static void line(StringBuilder sb, String text) {
    sb.append(Visible.escape(text)).append('\n');
  }
}
