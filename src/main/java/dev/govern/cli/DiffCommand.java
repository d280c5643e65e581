package dev.govern.cli;

import dev.govern.git.GovernanceRepository.UnknownRevisionException;
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
import dev.govern.history.GovernanceHistory;
import dev.govern.history.Snapshot;
import dev.govern.problem.Problem;
import dev.govern.problem.Visible;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govern diff}: what changed in the governance between two revisions, by meaning. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Show what changed in the governance between REV and REV2 (default: the working tree):"
        + " controls, risks, maturity, KPI status, framework coverage and policies.")
final class DiffCommand implements Callable<Integer> {
  @ParentCommand GovernCommand parent;
  @Spec CommandSpec spec;
  @Mixin DataOptions data = new DataOptions();

  @Parameters(index = "0", paramLabel = "REV", description = "The older revision: a tag, branch, commit or HEAD~1.")
  String from;

  @Parameters(index = "1", arity = "0..1", paramLabel = "REV2",
      description = "The newer revision (default: the data folder as it is on disk).")
  String to;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|markdown",
      description = "Output format: text (default), json, or markdown (for a pull-request comment).")
  Format format;

  enum Format { text, json, markdown }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (to == null && !data.present(err, "diff")) {
      return ExitCodes.USAGE;
    }
    Snapshot before;
    Snapshot after;
    try (GovernanceHistory history = GovernanceHistory.open(data.data)) {
      Optional<Snapshot> b = at(history, from, "govern diff", err);
      if (b.isEmpty()) {
        return ExitCodes.USAGE;
      }
      before = b.get();
      if (to == null) {
        Workspace ws;
        try {
          ws = Workspace.open(data, parent.env);
        } catch (Workspace.RootRefused e) {
          err.println("govern diff: " + e.getMessage());
          return ExitCodes.USAGE;
        }
        after = new Snapshot(Snapshot.WORKING_TREE, null, null, ws.governance(), ws.problems());
      } else {
        Optional<Snapshot> a = at(history, to, "govern diff", err);
        if (a.isEmpty()) {
          return ExitCodes.USAGE;
        }
        after = a.get();
      }
    }
    boolean broken = false;
    for (Snapshot s : List.of(before, after)) {
      if (s.hasErrors()) {
        printErrors(s, err);
        broken = true;
      }
    }
    if (broken) {
      return ExitCodes.DATA_PROBLEMS;
    }
    GovernanceDiff diff = GovernanceDiff.between(before.governance().get(), after.governance().get());
    switch (format) {
      case json -> out.print(Json.write(json(diff, before, after)));
      case markdown -> out.print(Visible.escapeLines(markdown(diff, before, after)));
      default -> out.print(Visible.escapeLines(text(diff, before, after)));
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * The data at {@code revision}; empty, having said why on {@code err}, when the revision names
   * nothing (a usage error).
   */
  static Optional<Snapshot> at(GovernanceHistory history, String revision, String command, PrintWriter err) {
    if (!history.isAvailable()) {
      err.println(command + ": cannot read " + revision + ": " + String.join("; ", history.notes()));
      return Optional.empty();
    }
    try {
      return Optional.of(history.snapshot(revision));
    } catch (UnknownRevisionException e) {
      err.println(command + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  // --- the regression gate of `check --against`

  /**
   * The gate's outcome against a baseline revision.
   *
   * @param baseline the data at the revision; null when the revision names nothing (exit code USAGE)
   * @param skipped the baseline's data has errors, so there was nothing to compare with
   */
  record Gated(Snapshot baseline, boolean skipped, List<Gate.Regression> regressions, int exitCode) {}

  /**
   * Compares the working tree's (valid) governance with the data at {@code revision}.
   *
   * @param allowBrokenBase let the check pass when the revision's data does not load; otherwise the
   *     gate fails closed with {@link ExitCodes#BASE_UNLOADABLE}, as nothing could be compared
   */
  static Gated gate(Workspace ws, String revision, boolean allowBrokenBase, PrintWriter err) {
    Snapshot baseline;
    try (GovernanceHistory history = GovernanceHistory.open(ws.dataDir())) {
      Optional<Snapshot> at = at(history, revision, "govern check --against", err);
      if (at.isEmpty()) {
        return new Gated(null, true, List.of(), ExitCodes.USAGE);
      }
      baseline = at.get();
    }
    if (baseline.hasErrors()) {
      // A gate that passes whenever the baseline is broken could be opened by breaking it (issue 11).
      int n = Math.max(1, baseline.errors().size());
      String errors = n + (n == 1 ? " error" : " errors");
      err.println(allowBrokenBase
          ? "govern check: the data at " + baseline.label() + " has " + errors + ", so the regression gate was"
              + " skipped as --allow-broken-base asks (`govern diff " + revision + "` lists them)"
          : "govern check: the data at " + baseline.label() + " has " + errors + ", so nothing could be compared"
              + " and the regression gate fails closed (`govern diff " + revision + "` lists them;"
              + " --allow-broken-base skips the gate instead)");
      err.flush();
      return new Gated(baseline, true, List.of(), allowBrokenBase ? ExitCodes.OK : ExitCodes.BASE_UNLOADABLE);
    }
    GovernanceDiff diff = GovernanceDiff.between(baseline.governance().get(), ws.governance().get());
    return new Gated(baseline, false, Gate.regressions(diff), ExitCodes.OK);
  }

  /** After the check's summary: one line saying how the gate went, then one line per regression. */
  static void print(Gated gate, PrintWriter out) {
    if (gate.skipped()) {
      return;
    }
    int n = gate.regressions().size();
    out.println(n == 0 ? "No regressions against " + gate.baseline().label() + "."
        : n + (n == 1 ? " regression" : " regressions") + " against " + gate.baseline().label() + ":");
    gate.regressions().forEach(r -> out.println("  " + Visible.escape(r.message())));
  }

  /** The gate's keys in {@code check --format json}. */
  static Map<String, Object> json(Gated gate) {
    Map<String, Object> against = sideJson(gate.baseline());
    against.put("compared", !gate.skipped());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("against", against);
    json.put("regressions", gate.regressions().stream().map(r -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("kind", r.kind().id());
      x.put("id", r.id());
      x.put("message", r.message());
      return x;
    }).toList());
    return json;
  }

  static void printErrors(Snapshot s, PrintWriter err) {
    List<Problem> errors = s.errors();
    errors.forEach(err::println);
    int n = Math.max(1, errors.size());
    err.println("The data at " + s.label() + " has " + n + (n == 1 ? " error" : " errors")
        + "; there is nothing to compare until it loads.");
    err.flush();
  }

  // --- text

  static String text(GovernanceDiff d, Snapshot before, Snapshot after) {
    StringBuilder sb = new StringBuilder();
    sb.append("Governance changes from ").append(before.label()).append(" to ").append(after.label()).append('\n');
    if (d.isEmpty()) {
      return sb.append("No changes.\n").toString();
    }
    sb.append('\n').append("Maturity: ").append(maturity(d.maturity(), false)).append('\n');
    sb.append("Controls: ").append(counts(d.controls().stream().map(ControlChange::kind).toList())).append('\n');
    for (ControlChange c : d.controls()) {
      line(sb, c.kind(), c.id() + " " + c.name() + (c.kind() == Kind.ADDED ? " (" + c.after().id() + ")" : ""));
      c.fields().forEach(f -> sb.append("              ").append(describe(f)).append('\n'));
    }
    lookAlikes(sb, d, "control");
    sb.append("Risks: ").append(counts(d.risks().stream().map(RiskChange::kind).toList())).append('\n');
    for (RiskChange r : d.risks()) {
      line(sb, r.kind(), r.id() + " " + Gate.shorten(r.description())
          + (r.kind() == Kind.ADDED ? " (inherent " + r.inherentAfter() + ", residual " + r.residualAfter() + ")" : ""));
      r.fields().forEach(f -> sb.append("              ").append(describe(f)).append('\n'));
    }
    lookAlikes(sb, d, "risk");
    sb.append("KPIs: ").append(counts(d.kpis().stream().map(KpiChange::kind).toList())).append('\n');
    for (KpiChange k : d.kpis()) {
      line(sb, k.kind(), k.id() + " " + k.name() + ": " + kpi(k));
    }
    sb.append("Framework coverage (requirements covered; implemented):\n");
    for (CoverageChange c : d.coverage()) {
      sb.append("  ").append(c.title()).append(": ");
      if (c.changed()) {
        sb.append(covered(c.before())).append(" → ").append(covered(c.after())).append("; ")
            .append(implemented(c.before())).append(" → ").append(implemented(c.after()));
      } else {
        sb.append(covered(c.after())).append("; ").append(implemented(c.after())).append(" (unchanged)");
      }
      sb.append('\n');
    }
    sb.append("Policies: ").append(counts(d.policies().stream().map(PolicyChange::kind).toList())).append('\n');
    for (PolicyChange p : d.policies()) {
      line(sb, p.kind(), p.id() + " " + p.title());
      p.fields().forEach(f -> sb.append("              ").append(describe(f)).append('\n'));
    }
    if (!d.repositories().isEmpty()) {
      sb.append("Repositories (scan): ").append(counts(d.repositories().stream().map(RepositoryChange::kind).toList()))
          .append('\n');
      for (RepositoryChange r : d.repositories()) {
        for (String change : r.lines().isEmpty() ? List.of("") : r.lines()) {
          line(sb, r.kind(), r.id() + (change.isEmpty() ? "" : ": " + change));
        }
      }
    }
    return sb.toString();
  }

  /** "look-alike: C-1 removed and C-1 added, with a zero-width space, look the same" under the controls or risks. */
  private static void lookAlikes(StringBuilder sb, GovernanceDiff d, String what) {
    d.lookAlikes().stream().filter(l -> l.what().equals(what)).forEach(l -> sb.append("  look-alike: ").append(what)
        .append(' ').append(l.removed()).append(" removed and ").append(l.added())
        .append(" added look the same: a rename to a look-alike id?\n"));
  }

  private static void line(StringBuilder sb, Kind kind, String what) {
    sb.append("  ").append(String.format("%-9s", kind.id())).append(' ').append(what).append('\n');
  }

  private static String counts(List<Kind> kinds) {
    if (kinds.isEmpty()) {
      return "no changes";
    }
    List<String> parts = new ArrayList<>();
    for (Kind k : Kind.values()) {
      long n = kinds.stream().filter(x -> x == k).count();
      if (n > 0) {
        parts.add(n + " " + k.id());
      }
    }
    return String.join(", ", parts);
  }

  private static String maturity(GovernanceDiff.MaturityChange m, boolean marks) {
    String before = Gate.level(m.before(), m.beforeName());
    if (!m.changed()) {
      return before + " (unchanged)";
    }
    return before + " → " + Gate.level(m.after(), m.afterName()) + (marks ? mark(m.direction()) : "");
  }

  /** "status: planned → implemented", "evidence added: Review log (2026-01-10)", "description changed". */
  static String describe(FieldChange f) {
    if (f.isProse()) {
      return f.field() + (f.before() == null ? " added" : f.after() == null ? " removed" : " changed");
    }
    if (f.before() == null) {
      return f.field() + " added: " + f.after();
    }
    if (f.after() == null) {
      return f.field() + " removed: " + f.before();
    }
    return f.field() + ": " + f.before() + " → " + f.after();
  }

  private static String kpi(KpiChange k) {
    return switch (k.kind()) {
      case ADDED -> k.after().label().toLowerCase(java.util.Locale.ROOT) + " (" + k.latestAfter() + ", target " + k.target() + ")";
      case REMOVED -> "was " + k.before().label().toLowerCase(java.util.Locale.ROOT) + " (" + k.latestBefore() + ")";
      case CHANGED -> k.before().label().toLowerCase(java.util.Locale.ROOT) + " → "
          + k.after().label().toLowerCase(java.util.Locale.ROOT) + " (" + k.latestBefore() + " → " + k.latestAfter()
          + ", target " + k.target() + ")";
    };
  }

  private static String covered(Count c) {
    return c == null ? "absent" : c.covered() + "/" + c.requirements() + " (" + c.coveredPercent() + "%)";
  }

  private static String implemented(Count c) {
    return c == null ? "absent" : c.implemented() + "/" + c.requirements() + " (" + c.implementedPercent() + "%)";
  }

  // --- markdown

  static String markdown(GovernanceDiff d, Snapshot before, Snapshot after) {
    StringBuilder sb = new StringBuilder();
    sb.append("### Governance changes: ").append(name(before)).append(" → ").append(name(after)).append("\n\n");
    if (d.isEmpty()) {
      return sb.append("No changes.\n").toString();
    }
    sb.append("**Maturity:** ").append(cell(maturity(d.maturity(), true))).append("\n\n");
    if (!d.controls().isEmpty()) {
      sb.append("#### Controls (").append(counts(d.controls().stream().map(ControlChange::kind).toList())).append(")\n\n");
      sb.append("| Control | Change | Details |\n|---|---|---|\n");
      for (ControlChange c : d.controls()) {
        String details = c.kind() == Kind.ADDED ? "status: " + c.after().id()
            : c.kind() == Kind.REMOVED ? "was " + c.before().id() + d.lookAlikeOf("control", c.id())
                .map(l -> "; **" + cell(l.added()) + ", added, looks the same**").orElse("")
            : fields(c.fields(), "status", c.status());
        row(sb, "**" + cell(c.id()) + "** " + cell(c.name()), c.kind().id(), details);
      }
      sb.append('\n');
    }
    if (!d.risks().isEmpty()) {
      sb.append("#### Risks (").append(counts(d.risks().stream().map(RiskChange::kind).toList())).append(")\n\n");
      sb.append("| Risk | Change | Inherent | Residual | Details |\n|---|---|---|---|---|\n");
      for (RiskChange r : d.risks()) {
        String details = r.kind() == Kind.CHANGED ? fields(r.fields(), "residual_risk", r.residual())
            : r.kind() == Kind.REMOVED ? d.lookAlikeOf("risk", r.id())
                .map(l -> "**" + cell(l.added()) + ", added, looks the same**").orElse("") : "";
        row(sb, "**" + cell(r.id()) + "** " + cell(Gate.shorten(r.description())), r.kind().id(),
            cell(levels(r.inherentBefore(), r.inherentAfter(), r.inherent())),
            cell(levels(r.residualBefore(), r.residualAfter(), r.residual())), details);
      }
      sb.append('\n');
    }
    if (!d.kpis().isEmpty()) {
      sb.append("#### KPIs (").append(counts(d.kpis().stream().map(KpiChange::kind).toList())).append(")\n\n");
      sb.append("| KPI | Before | After | Target |\n|---|---|---|---|\n");
      for (KpiChange k : d.kpis()) {
        String b = k.before() == null ? "—" : k.before().label() + " (" + k.latestBefore() + ")";
        String a = k.after() == null ? "—" : k.after().label() + " (" + k.latestAfter() + ")" + mark(k.direction());
        row(sb, "**" + cell(k.id()) + "** " + cell(k.name()), cell(b), cell(a), cell(k.target()));
      }
      sb.append('\n');
    }
    if (!d.coverage().isEmpty()) {
      sb.append("#### Framework coverage\n\n");
      sb.append("| Framework | Covered before | Covered after | Implemented before | Implemented after |\n"
          + "|---|---|---|---|---|\n");
      for (CoverageChange c : d.coverage()) {
        row(sb, cell(c.title()), covered(c.before()), covered(c.after()) + trend(c.before(), c.after(), false),
            implemented(c.before()), implemented(c.after()) + trend(c.before(), c.after(), true));
      }
      sb.append('\n');
    }
    if (!d.policies().isEmpty()) {
      sb.append("#### Policies (").append(counts(d.policies().stream().map(PolicyChange::kind).toList())).append(")\n\n");
      sb.append("| Policy | Change | Details |\n|---|---|---|\n");
      for (PolicyChange p : d.policies()) {
        row(sb, "**" + cell(p.id()) + "** " + cell(p.title()), p.kind().id(), fields(p.fields(), null, Direction.SAME));
      }
      sb.append('\n');
    }
    if (!d.repositories().isEmpty()) {
      sb.append("#### Repositories (").append(counts(d.repositories().stream().map(RepositoryChange::kind).toList()))
          .append(")\n\n");
      sb.append("| Repository | Change | Details |\n|---|---|---|\n");
      for (RepositoryChange r : d.repositories()) {
        row(sb, "**" + cell(r.id()) + "**", r.kind().id(),
            String.join("<br>", r.lines().stream().map(DiffCommand::cell).toList()));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String name(Snapshot s) {
    return s.isWorkingTree() ? "working tree" : "`" + s.revision().replace("`", "") + "`"
        + (s.commit().startsWith(s.revision()) ? "" : " (" + s.shortCommit() + ")");
  }

  private static void row(StringBuilder sb, String... cells) {
    sb.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }

  /** The changed fields as cell lines; the one field that has a direction carries its mark. */
  private static String fields(List<FieldChange> fields, String marked, Direction direction) {
    List<String> lines = new ArrayList<>();
    for (FieldChange f : fields) {
      lines.add(cell(describe(f)) + (f.field().equals(marked) ? mark(direction) : ""));
    }
    return String.join("<br>", lines);
  }

  private static String levels(String before, String after, Direction direction) {
    if (before == null) {
      return after == null ? "—" : after;
    }
    if (after == null || before.equals(after)) {
      return before;
    }
    return before + " → " + after + mark(direction);
  }

  private static String trend(Count before, Count after, boolean implemented) {
    if (before == null || after == null) {
      return "";
    }
    int b = implemented ? before.implementedPercent() : before.coveredPercent();
    int a = implemented ? after.implementedPercent() : after.coveredPercent();
    return a == b ? "" : mark(a > b ? Direction.BETTER : Direction.WORSE);
  }

  private static String mark(Direction d) {
    return switch (d) {
      case BETTER -> " ✅";
      case WORSE -> " ⚠️";
      case SAME -> "";
    };
  }

  /** Text safe in a Markdown table cell: one line, no column breaks, no HTML. */
  private static String cell(String text) {
    if (text == null) {
      return "—";
    }
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("&", "&amp;").replace("<", "&lt;")
        .replace(">", "&gt;").replaceAll("\\s*\\R\\s*", " ");
  }

  // --- json

  static Map<String, Object> json(GovernanceDiff d, Snapshot before, Snapshot after) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("from", sideJson(before));
    json.put("to", sideJson(after));
    json.put("changed", !d.isEmpty());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("before", d.maturity().before());
    m.put("before_name", d.maturity().beforeName());
    m.put("after", d.maturity().after());
    m.put("after_name", d.maturity().afterName());
    m.put("direction", d.maturity().direction().id());
    json.put("maturity", m);
    json.put("controls", d.controls().stream().map(c -> {
      Map<String, Object> x = thing(c.id(), c.name(), c.kind());
      x.put("status_before", c.before() == null ? null : c.before().id());
      x.put("status_after", c.after() == null ? null : c.after().id());
      x.put("direction", c.status().id());
      x.put("fields", fields(c.fields()));
      return x;
    }).toList());
    json.put("risks", d.risks().stream().map(r -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("id", r.id());
      x.put("description", r.description());
      x.put("change", r.kind().id());
      x.put("inherent_before", r.inherentBefore());
      x.put("inherent_after", r.inherentAfter());
      x.put("inherent_direction", r.inherent().id());
      x.put("residual_before", r.residualBefore());
      x.put("residual_after", r.residualAfter());
      x.put("residual_direction", r.residual().id());
      x.put("fields", fields(r.fields()));
      return x;
    }).toList());
    json.put("look_alikes", d.lookAlikes().stream().map(l -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("kind", l.what());
      x.put("removed", l.removed());
      x.put("added", l.added());
      return x;
    }).toList());
    json.put("kpis", d.kpis().stream().map(k -> {
      Map<String, Object> x = thing(k.id(), k.name(), k.kind());
      x.put("status_before", k.before() == null ? null : k.before().id());
      x.put("status_after", k.after() == null ? null : k.after().id());
      x.put("latest_before", k.latestBefore());
      x.put("latest_after", k.latestAfter());
      x.put("target", k.target());
      x.put("direction", k.direction().id());
      return x;
    }).toList());
    json.put("coverage", d.coverage().stream().map(c -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("framework", c.framework());
      x.put("title", c.title());
      x.put("changed", c.changed());
      x.put("before", count(c.before()));
      x.put("after", count(c.after()));
      return x;
    }).toList());
    json.put("policies", d.policies().stream().map(p -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("id", p.id());
      x.put("title", p.title());
      x.put("change", p.kind().id());
      x.put("fields", fields(p.fields()));
      return x;
    }).toList());
    json.put("repositories", d.repositories().stream().map(r -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("id", r.id());
      x.put("change", r.kind().id());
      x.put("classification_before", r.classificationBefore());
      x.put("classification_after", r.classificationAfter());
      x.put("changes", r.lines());
      return x;
    }).toList());
    return json;
  }

  private static Map<String, Object> sideJson(Snapshot s) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("revision", s.revision());
    x.put("commit", s.commit());
    x.put("date", s.date() == null ? null : s.date().toString());
    return x;
  }

  private static Map<String, Object> thing(String id, String name, Kind kind) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("id", id);
    x.put("name", name);
    x.put("change", kind.id());
    return x;
  }

  private static List<Object> fields(List<FieldChange> fields) {
    List<Object> list = new ArrayList<>();
    for (FieldChange f : fields) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("field", f.field());
      x.put("before", f.before());
      x.put("after", f.after());
      list.add(x);
    }
    return list;
  }

  private static Map<String, Object> count(Count c) {
    if (c == null) {
      return null;
    }
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("requirements", c.requirements());
    x.put("covered", c.covered());
    x.put("implemented", c.implemented());
    return x;
  }
}
