package dev.govern.format;

import dev.govern.history.Gate;
import dev.govern.history.GovernanceDiff;
import dev.govern.history.GovernanceDiff.ControlChange;
import dev.govern.history.GovernanceDiff.CoverageChange;
import dev.govern.history.GovernanceDiff.Count;
import dev.govern.history.GovernanceDiff.Direction;
import dev.govern.history.GovernanceDiff.FieldChange;
import dev.govern.history.GovernanceDiff.Kind;
import dev.govern.history.GovernanceDiff.KpiChange;
import dev.govern.history.GovernanceDiff.PolicyChange;
import dev.govern.history.GovernanceDiff.RepositoryChange;
import dev.govern.history.GovernanceDiff.RiskChange;
import dev.govern.history.Snapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code diff --format markdown}: a pull-request comment. Everything from the data goes through
 * {@link MarkdownText}, so no link, image, HTML or mention in the data comes alive in the comment.
 */
public final class DiffMarkdown {
  private DiffMarkdown() {}

  public static String render(GovernanceDiff d, Snapshot before, Snapshot after) {
    StringBuilder sb = new StringBuilder();
    sb.append("### Governance changes: ").append(name(before)).append(" → ").append(name(after)).append("\n\n");
    if (d.isEmpty()) {
      return sb.append("No changes.\n").toString();
    }
    DiffWords words = new DiffWords(before.governance().orElseThrow(), after.governance().orElseThrow());
    var m = d.maturity();
    sb.append("**Maturity:** ").append(MarkdownText.inline(DiffText.maturity(m)))
        .append(m.changed() ? DiffWords.mark(m.direction()) : "").append("\n\n");
    if (!d.controls().isEmpty()) {
      heading(sb, "Controls", DiffWords.counts(d.controls().stream().map(ControlChange::kind).toList()));
      sb.append("| Control | Change | Details |\n|---|---|---|\n");
      for (ControlChange c : d.controls()) {
        String details = c.kind() == Kind.ADDED ? MarkdownText.inline("Status: " + c.after().label())
            : c.kind() == Kind.REMOVED ? MarkdownText.inline("was " + c.before().label()) + d.lookAlikeOf("control", c.id())
                .map(l -> "; **" + MarkdownText.inline(l.added() + ", added, looks the same") + "**").orElse("")
            : fields(words, c.fields(), "status", c.status());
        row(sb, thing(c.id(), c.name()), c.kind().id(), details);
      }
      sb.append('\n');
    }
    if (!d.risks().isEmpty()) {
      heading(sb, "Risks", DiffWords.counts(d.risks().stream().map(RiskChange::kind).toList()));
      sb.append("| Risk | Change | Inherent | Residual | Details |\n|---|---|---|---|---|\n");
      for (RiskChange r : d.risks()) {
        String details = r.kind() == Kind.CHANGED ? fields(words, r.fields(), "residual_risk", r.residual())
            : r.kind() == Kind.REMOVED ? d.lookAlikeOf("risk", r.id())
                .map(l -> "**" + MarkdownText.inline(l.added() + ", added, looks the same") + "**").orElse("") : "";
        row(sb, thing(r.id(), Gate.shorten(r.description())), r.kind().id(),
            levels(words, r.inherentBefore(), r.inherentAfter(), r.inherent()),
            levels(words, r.residualBefore(), r.residualAfter(), r.residual()), details);
      }
      sb.append('\n');
    }
    if (!d.kpis().isEmpty()) {
      heading(sb, "KPIs", DiffWords.counts(d.kpis().stream().map(KpiChange::kind).toList()));
      sb.append("| KPI | Before | After | Target |\n|---|---|---|---|\n");
      for (KpiChange k : d.kpis()) {
        row(sb, thing(k.id(), k.name()), MarkdownText.inline(DiffWords.kpi(k.before(), k.latestBefore())),
            MarkdownText.inline(DiffWords.kpi(k.after(), k.latestAfter()))
                + (k.after() == null ? "" : DiffWords.mark(k.direction())),
            MarkdownText.inline(k.target()));
      }
      sb.append('\n');
    }
    if (!d.coverage().isEmpty()) {
      sb.append("#### Framework coverage\n\n");
      sb.append("| Framework | Covered before | Covered after | Implemented before | Implemented after |\n"
          + "|---|---|---|---|---|\n");
      for (CoverageChange c : d.coverage()) {
        row(sb, MarkdownText.inline(c.title()), DiffText.covered(c.before()),
            DiffText.covered(c.after()) + trend(c.before(), c.after(), false),
            DiffText.implemented(c.before()), DiffText.implemented(c.after()) + trend(c.before(), c.after(), true));
      }
      sb.append('\n');
    }
    if (!d.policies().isEmpty()) {
      heading(sb, "Policies", DiffWords.counts(d.policies().stream().map(PolicyChange::kind).toList()));
      sb.append("| Policy | Change | Details |\n|---|---|---|\n");
      for (PolicyChange p : d.policies()) {
        row(sb, thing(p.id(), p.title()), p.kind().id(), fields(words, p.fields(), null, Direction.SAME));
      }
      sb.append('\n');
    }
    if (!d.repositories().isEmpty()) {
      heading(sb, "Repositories", DiffWords.counts(d.repositories().stream().map(RepositoryChange::kind).toList()));
      sb.append("| Repository | Change | Details |\n|---|---|---|\n");
      for (RepositoryChange r : d.repositories()) {
        row(sb, "**" + MarkdownText.inline(r.id()) + "**", r.kind().id(),
            String.join("<br>", r.lines().stream().map(MarkdownText::inline).toList()));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static void heading(StringBuilder sb, String what, String counts) {
    sb.append("#### ").append(what).append(" (").append(counts).append(")\n\n");
  }

  /** "working tree", or the revision as code and its commit when the revision is not the commit itself. */
  private static String name(Snapshot s) {
    if (s.isWorkingTree()) {
      return "working tree";
    }
    return MarkdownText.code(s.revision())
        + (s.commit().startsWith(s.revision()) ? "" : " (" + MarkdownText.code(s.shortCommit()) + ")");
  }

  private static String thing(String id, String name) {
    return "**" + MarkdownText.inline(id) + "** " + MarkdownText.inline(name);
  }

  private static void row(StringBuilder sb, String... cells) {
    sb.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }

  /** The changed fields in one cell; the one field that has a direction carries its mark. */
  private static String fields(DiffWords words, List<FieldChange> fields, String marked, Direction direction) {
    List<String> parts = new ArrayList<>();
    for (FieldChange f : fields) {
      parts.add(MarkdownText.inline(words.describe(f)) + (f.field().equals(marked) ? DiffWords.mark(direction) : ""));
    }
    return String.join("; ", parts);
  }

  private static String levels(DiffWords words, String before, String after, Direction direction) {
    if (before == null) {
      return MarkdownText.inline(words.levelAfter(after));
    }
    if (after == null || before.equals(after)) {
      return MarkdownText.inline(words.levelBefore(before));
    }
    return MarkdownText.inline(words.levelBefore(before) + " → " + words.levelAfter(after)) + DiffWords.mark(direction);
  }

  private static String trend(Count before, Count after, boolean implemented) {
    if (before == null || after == null) {
      return "";
    }
    int b = implemented ? before.implementedPercent() : before.coveredPercent();
    int a = implemented ? after.implementedPercent() : after.coveredPercent();
    return a == b ? "" : DiffWords.mark(a > b ? Direction.BETTER : Direction.WORSE);
  }
}
