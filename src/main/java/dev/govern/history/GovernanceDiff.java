package dev.govern.history;

import dev.govern.analysis.Coverage;
import dev.govern.analysis.KpiStatus;
import dev.govern.analysis.MaturityAssessment;
import dev.govern.analysis.Share;
import dev.govern.model.AiCommit;
import dev.govern.model.AttributionMonth;
import dev.govern.model.Catalogue;
import dev.govern.model.Control;
import dev.govern.model.Evidence;
import dev.govern.model.Finding;
import dev.govern.model.Governance;
import dev.govern.model.Kpi;
import dev.govern.model.KpiCategory;
import dev.govern.model.MaturityLevel;
import dev.govern.model.Policy;
import dev.govern.model.RepositoryScan;
import dev.govern.model.Risk;
import dev.govern.model.RiskMatrix;
import dev.govern.model.Status;
import dev.govern.model.Target;
import dev.govern.model.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.function.Function;

/**
 * What changed in the governance between two states, by meaning rather than by text: controls,
 * risks, maturity, KPI status, framework coverage and policies. Things are matched by id, so moving
 * a control to another file, or reordering a file, is no change.
 *
 * <p>Every list is in a defined order: entries of the newer state in its data order, then entries
 * only the older state had, in its order.
 *
 * @param maturity the maturity level reached before and after (always present, changed or not)
 * @param controls controls added, removed or changed
 * @param risks risks added, removed or changed
 * @param kpis KPIs added, removed, or whose status (met, missed, no data) changed
 * @param coverage every framework of either state with its coverage before and after, changed or not
 * @param policies policies added, removed or changed
 * @param repositories scanned repositories added, removed, or with findings or violations that came
 *     or went (from the committed measurements)
 */
public record GovernanceDiff(
    MaturityChange maturity,
    List<ControlChange> controls,
    List<RiskChange> risks,
    List<KpiChange> kpis,
    List<CoverageChange> coverage,
    List<PolicyChange> policies,
    List<RepositoryChange> repositories) {

  /**
   * A scanned repository whose measurement changed in what matters: its classification, its
   * findings (the same rule in the same file on the same text is the same finding, wherever the
   * line moved), its violations, its AI-attributed share of commits, and its AI-attributed commits
   * where the classification prohibits AI tools.
   *
   * @param aiShareBefore AI-attributed commits of all commits in the months the committed scan
   *     measured; null when that scan read no history
   */
  public record RepositoryChange(String id, Kind kind, String classificationBefore, String classificationAfter,
      List<Finding> newFindings, List<Finding> goneFindings, List<Violation> newViolations,
      List<Violation> goneViolations, Share aiShareBefore, Share aiShareAfter, List<AiCommit> newAiViolations,
      List<AiCommit> goneAiViolations) {
    public RepositoryChange {
      newFindings = List.copyOf(newFindings);
      goneFindings = List.copyOf(goneFindings);
      newViolations = List.copyOf(newViolations);
      goneViolations = List.copyOf(goneViolations);
      newAiViolations = List.copyOf(newAiViolations);
      goneAiViolations = List.copyOf(goneAiViolations);
    }

    /** Whether the AI-attributed share reads differently (as printed, to one decimal). */
    public boolean aiShareChanged() {
      return !Objects.equals(shareText(aiShareBefore), shareText(aiShareAfter));
    }

    /** One line per change, as {@code diff} prints them. */
    public List<String> lines() {
      List<String> out = new ArrayList<>();
      if (kind == Kind.CHANGED && !Objects.equals(classificationBefore, classificationAfter)) {
        out.add("classification " + classificationBefore + " → " + classificationAfter);
      }
      newFindings.forEach(f -> out.add("new " + f.severity().id() + " finding in " + f.file() + ":" + f.line() + ":"
          + f.column() + ": " + f.message() + " [" + f.rule() + "]"));
      goneFindings.forEach(f -> out.add("finding gone from " + f.file() + ": " + f.message() + " [" + f.rule() + "]"));
      newViolations.forEach(v -> out.add("new violation: " + v.message() + " [" + v.rule() + "]"));
      goneViolations.forEach(v -> out.add("violation resolved: " + v.message() + " [" + v.rule() + "]"));
      if (kind == Kind.CHANGED && aiShareChanged()) {
        out.add("AI-attributed commits (trailers, bot authors, git-ai notes) in the months measured: "
            + shareText(aiShareBefore) + " → " + shareText(aiShareAfter));
      }
      newAiViolations.forEach(c -> out.add("new AI-attributed commit where the classification prohibits AI tools: "
          + describe(c)));
      goneAiViolations.forEach(c -> out.add("AI-attributed commit no longer measured where prohibited: " + describe(c)));
      return out;
    }

    private static String shareText(Share s) {
      return s == null ? "not measured" : s.defined() ? s.text() + " % (" + s.part() + " of " + s.whole() + ")"
          : "no commits";
    }

    /** "0123456789ab (2026-10-02; trailer:claude)": the commit as people look it up. */
    public static String describe(AiCommit c) {
      return c.commit().substring(0, Math.min(12, c.commit().length())) + " (" + c.date() + "; "
          + String.join(", ", c.signals()) + ")";
    }
  }

  /** What happened to a thing. */
  public enum Kind {
    ADDED("added"),
    REMOVED("removed"),
    CHANGED("changed");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  /** Whether a change made the governance better or worse; {@code SAME} when neither or not comparable. */
  public enum Direction {
    BETTER("better"),
    WORSE("worse"),
    SAME("same");

    private final String id;

    Direction(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    static Direction ofRanks(int before, int after, boolean higherIsBetter) {
      if (before == after) {
        return SAME;
      }
      return (after > before) == higherIsBetter ? BETTER : WORSE;
    }
  }

  /**
   * One field's values before and after, as text; null where the field (or the evidence item, or the
   * framework's mappings) is absent. Field names are the data files' keys.
   */
  public record FieldChange(String field, String before, String after) {
    /** Fields holding prose, which short outputs report as "changed" rather than quote. */
    public static final Set<String> PROSE = Set.of("description", "implementation", "text");

    public FieldChange {
      Objects.requireNonNull(field, "field");
    }

    public boolean isProse() {
      return PROSE.contains(field);
    }
  }

  /** The maturity level reached on each side; level and name are null when no level is reached. */
  public record MaturityChange(Integer before, String beforeName, Integer after, String afterName) {
    public boolean changed() {
      return !Objects.equals(before, after);
    }

    public Direction direction() {
      return Direction.ofRanks(before == null ? Integer.MIN_VALUE : before,
          after == null ? Integer.MIN_VALUE : after, true);
    }
  }

  /**
   * A control added, removed or changed.
   *
   * @param before the status before; null when added
   * @param after the status after; null when removed
   * @param fields the changed fields (for a change only), in the order the data files list them
   */
  public record ControlChange(String id, String name, Kind kind, Status before, Status after,
      List<FieldChange> fields) {
    public ControlChange {
      fields = List.copyOf(fields);
    }

    /** Whether the status went up or down ({@link Status#rank()}); SAME unless changed. */
    public Direction status() {
      return before == null || after == null ? Direction.SAME : Direction.ofRanks(before.rank(), after.rank(), true);
    }
  }

  /**
   * A risk added, removed or changed, with its levels (matrix level ids) on each side.
   *
   * @param inherent whether the inherent level went down (better) or up (worse) in the matrix's order
   * @param residual the same for the residual level
   */
  public record RiskChange(String id, String description, Kind kind, String inherentBefore, String inherentAfter,
      String residualBefore, String residualAfter, Direction inherent, Direction residual,
      List<FieldChange> fields) {
    public RiskChange {
      fields = List.copyOf(fields);
    }
  }

  /**
   * A KPI whose status changed (or that was added or removed).
   *
   * @param before null when added; {@code latestBefore} is then null too
   * @param after null when removed
   * @param latestBefore the latest values as shown ("97%", "critical 99%, high 95%", "no data")
   */
  public record KpiChange(String id, String name, Kind kind, KpiStatus.Outcome before, KpiStatus.Outcome after,
      String latestBefore, String latestAfter, String target) {

    /** Missed now, and met or without data before: what the regression gate fails on. */
    public boolean newlyMissed() {
      return kind == Kind.CHANGED && after == KpiStatus.Outcome.MISSED && before != KpiStatus.Outcome.MISSED;
    }

    /** Missed is worst, then no data, then met. */
    public Direction direction() {
      return before == null || after == null ? Direction.SAME : Direction.ofRanks(rank(before), rank(after), true);
    }

    private static int rank(KpiStatus.Outcome o) {
      return switch (o) {
        case MISSED -> 0;
        case NO_DATA -> 1;
        case MET -> 2;
      };
    }
  }

  /** A framework's requirement counts on one side (see {@link Coverage}). */
  public record Count(int requirements, int covered, int implemented) {
    public int coveredPercent() {
      return percent(covered);
    }

    public int implementedPercent() {
      return percent(implemented);
    }

    /** Rounded down, like {@link Coverage#percent()}. */
    private int percent(int part) {
      return requirements == 0 ? 0 : (int) Math.floor(100.0 * part / requirements);
    }
  }

  /** A framework's coverage on each side; a side is null when it has no such catalogue. */
  public record CoverageChange(String framework, String title, Count before, Count after) {
    public boolean changed() {
      return !Objects.equals(before, after);
    }
  }

  /** A policy added, removed or changed ({@code text} is the body). */
  public record PolicyChange(String id, String title, Kind kind, List<FieldChange> fields) {
    public PolicyChange {
      fields = List.copyOf(fields);
    }
  }

  public GovernanceDiff {
    Objects.requireNonNull(maturity, "maturity");
    controls = List.copyOf(controls);
    risks = List.copyOf(risks);
    kpis = List.copyOf(kpis);
    coverage = List.copyOf(coverage);
    policies = List.copyOf(policies);
  }

  /** True when nothing changed: not even coverage. */
  /**
   * Controls and risks removed while one with a look-alike id was added (see {@link LookAlike}):
   * controls first, each in the order of the removals.
   */
  public List<LookAlike> lookAlikes() {
    List<LookAlike> found = new ArrayList<>();
    lookAlikes("control", controls, ControlChange::kind, ControlChange::id, found);
    lookAlikes("risk", risks, RiskChange::kind, RiskChange::id, found);
    return List.copyOf(found);
  }

  /** The look-alike that was added for a removed control or risk, if any. */
  public java.util.Optional<LookAlike> lookAlikeOf(String what, String removedId) {
    return lookAlikes().stream().filter(l -> l.what().equals(what) && l.removed().equals(removedId)).findFirst();
  }

  private static <C> void lookAlikes(String what, List<C> changes, Function<C, Kind> kind, Function<C, String> id,
      List<LookAlike> found) {
    for (C removed : changes) {
      if (kind.apply(removed) != Kind.REMOVED) {
        continue;
      }
      String skeleton = LookAlike.skeleton(id.apply(removed));
      for (C added : changes) {
        if (kind.apply(added) == Kind.ADDED && LookAlike.skeleton(id.apply(added)).equals(skeleton)) {
          found.add(new LookAlike(what, id.apply(removed), id.apply(added)));
        }
      }
    }
  }

  public boolean isEmpty() {
    return !maturity.changed() && controls.isEmpty() && risks.isEmpty() && kpis.isEmpty() && policies.isEmpty() && repositories.isEmpty()
        && coverage.stream().noneMatch(CoverageChange::changed);
  }

  public List<CoverageChange> changedCoverage() {
    return coverage.stream().filter(CoverageChange::changed).toList();
  }

  /** The changes from {@code before} to {@code after}. */
  public static GovernanceDiff between(Governance before, Governance after) {
    return new GovernanceDiff(maturity(before, after), controls(before, after), risks(before, after),
        kpis(before, after), coverage(before, after), policies(before, after), repositories(before, after));
  }

  // --- repositories

  private static List<RepositoryChange> repositories(Governance before, Governance after) {
    Map<String, RepositoryScan> b = new TreeMap<>();
    before.measurements().ifPresent(m -> m.repositories().forEach(r -> b.put(r.id(), r)));
    Map<String, RepositoryScan> a = new TreeMap<>();
    after.measurements().ifPresent(m -> m.repositories().forEach(r -> a.put(r.id(), r)));
    Set<String> ids = new TreeSet<>(b.keySet());
    ids.addAll(a.keySet());
    List<RepositoryChange> out = new ArrayList<>();
    for (String id : ids) {
      RepositoryScan x = b.get(id);
      RepositoryScan y = a.get(id);
      List<Finding> fx = x == null ? List.of() : x.findings();
      List<Finding> fy = y == null ? List.of() : y.findings();
      List<Violation> vx = x == null ? List.of() : x.violations();
      List<Violation> vy = y == null ? List.of() : y.violations();
      Set<String> keysX = fx.stream().map(GovernanceDiff::key).collect(Collectors.toSet());
      Set<String> keysY = fy.stream().map(GovernanceDiff::key).collect(Collectors.toSet());
      List<Finding> added = fy.stream().filter(f -> !keysX.contains(key(f))).toList();
      List<Finding> gone = fx.stream().filter(f -> !keysY.contains(key(f))).toList();
      List<Violation> newV = vy.stream().filter(v -> !vx.contains(v)).toList();
      List<Violation> goneV = vx.stream().filter(v -> !vy.contains(v)).toList();
      Set<String> aiX = (x == null ? List.<AiCommit>of() : x.aiViolations()).stream().map(AiCommit::commit)
          .collect(Collectors.toSet());
      Set<String> aiY = (y == null ? List.<AiCommit>of() : y.aiViolations()).stream().map(AiCommit::commit)
          .collect(Collectors.toSet());
      List<AiCommit> newAi = y == null ? List.of() : y.aiViolations().stream().filter(c -> !aiX.contains(c.commit())).toList();
      List<AiCommit> goneAi = x == null ? List.of() : x.aiViolations().stream().filter(c -> !aiY.contains(c.commit())).toList();
      Kind kind = x == null ? Kind.ADDED : y == null ? Kind.REMOVED : Kind.CHANGED;
      boolean reclassified = x != null && y != null && !x.classification().equals(y.classification());
      RepositoryChange change = new RepositoryChange(id, kind, x == null ? null : x.classification(),
          y == null ? null : y.classification(), added, gone, newV, goneV, aiShare(x), aiShare(y), newAi, goneAi);
      if (kind != Kind.CHANGED || reclassified || !added.isEmpty() || !gone.isEmpty() || !newV.isEmpty()
          || !goneV.isEmpty() || change.aiShareChanged() || !newAi.isEmpty() || !goneAi.isEmpty()) {
        out.add(change);
      }
    }
    return out;
  }

  /** AI-attributed commits of all commits over the months a scan measured; null without history. */
  private static Share aiShare(RepositoryScan r) {
    if (r == null || r.history() == null) {
      return null;
    }
    long ai = r.history().months().stream().mapToLong(AttributionMonth::aiCommits).sum();
    long all = r.history().months().stream().mapToLong(AttributionMonth::commits).sum();
    return new Share(Math.min(ai, all), all);
  }

  private static String key(Finding f) {
    return f.rule() + "\0" + f.file() + "\0" + f.excerpt() + "\0" + f.message();
  }

  private static MaturityChange maturity(Governance before, Governance after) {
    MaturityLevel b = MaturityAssessment.of(before.maturity(), before.controls()).current();
    MaturityLevel a = MaturityAssessment.of(after.maturity(), after.controls()).current();
    return new MaturityChange(b == null ? null : b.level(), b == null ? null : b.name(),
        a == null ? null : a.level(), a == null ? null : a.name());
  }

  // --- controls

  private static List<ControlChange> controls(Governance before, Governance after) {
    return match(before.controls(), after.controls(), Control::id,
        c -> new ControlChange(c.id(), c.name(), Kind.ADDED, null, c.status(), List.of()),
        c -> new ControlChange(c.id(), c.name(), Kind.REMOVED, c.status(), null, List.of()),
        (b, a) -> {
          List<FieldChange> fields = new ArrayList<>();
          field(fields, "name", b.name(), a.name());
          field(fields, "domain", b.domain(), a.domain());
          field(fields, "status", b.status().id(), a.status().id());
          field(fields, "owner", b.owner(), a.owner());
          evidence(fields, b.evidence(), a.evidence());
          mappings(fields, b.mappings(), a.mappings());
          field(fields, "frequency", b.frequency(), a.frequency());
          field(fields, "review_every", text(b.reviewEvery()), text(a.reviewEvery()));
          field(fields, "last_reviewed", text(b.lastReviewed()), text(a.lastReviewed()));
          field(fields, "description", b.description(), a.description());
          field(fields, "implementation", b.implementation(), a.implementation());
          return fields.isEmpty() ? null : new ControlChange(a.id(), a.name(), Kind.CHANGED, b.status(), a.status(), fields);
        });
  }

  /** Evidence items matched by name: one change per item added, removed or re-dated/moved. */
  private static void evidence(List<FieldChange> fields, List<Evidence> before, List<Evidence> after) {
    Map<String, Evidence> b = byKey(before, Evidence::name);
    Map<String, Evidence> a = byKey(after, Evidence::name);
    a.forEach((name, e) -> field(fields, "evidence", b.containsKey(name) ? text(b.get(name)) : null, text(e)));
    b.forEach((name, e) -> {
      if (!a.containsKey(name)) {
        fields.add(new FieldChange("evidence", text(e), null));
      }
    });
  }

  private static String text(Evidence e) {
    List<String> details = new ArrayList<>();
    details.add(e.date() == null ? "not collected" : e.date().toString());
    if (e.location() != null) {
      details.add(e.location());
    }
    return e.name() + " (" + String.join(", ", details) + ")";
  }

  /** One change per framework whose mapped items differ: {@code mappings.nist-ai-rmf}. */
  private static void mappings(List<FieldChange> fields, Map<String, List<String>> before,
      Map<String, List<String>> after) {
    Set<String> frameworks = new LinkedHashSet<>(after.keySet());
    frameworks.addAll(before.keySet());
    for (String framework : frameworks) {
      field(fields, "mappings." + framework, joined(before.get(framework)), joined(after.get(framework)));
    }
  }

  // --- risks

  private static List<RiskChange> risks(Governance before, Governance after) {
    RiskMatrix bm = before.matrix();
    RiskMatrix am = after.matrix();
    return match(before.risks(), after.risks(), Risk::id,
        r -> new RiskChange(r.id(), r.description(), Kind.ADDED, null, r.inherentRisk(), null, r.residualRisk(),
            Direction.SAME, Direction.SAME, List.of()),
        r -> new RiskChange(r.id(), r.description(), Kind.REMOVED, r.inherentRisk(), null, r.residualRisk(), null,
            Direction.SAME, Direction.SAME, List.of()),
        (b, a) -> {
          List<FieldChange> fields = new ArrayList<>();
          field(fields, "category", b.category(), a.category());
          field(fields, "description", b.description(), a.description());
          field(fields, "likelihood", b.likelihood(), a.likelihood());
          field(fields, "impact", b.impact(), a.impact());
          field(fields, "inherent_risk", b.inherentRisk(), a.inherentRisk());
          field(fields, "controls", joined(b.controls()), joined(a.controls()));
          field(fields, "residual_likelihood", b.residualLikelihood(), a.residualLikelihood());
          field(fields, "residual_impact", b.residualImpact(), a.residualImpact());
          field(fields, "residual_risk", b.residualRisk(), a.residualRisk());
          field(fields, "owner", b.owner(), a.owner());
          field(fields, "treatment", b.treatment() == null ? null : b.treatment().id(),
              a.treatment() == null ? null : a.treatment().id());
          return fields.isEmpty() ? null : new RiskChange(a.id(), a.description(), Kind.CHANGED, b.inherentRisk(),
              a.inherentRisk(), b.residualRisk(), a.residualRisk(), level(bm, am, b.inherentRisk(), a.inherentRisk()),
              level(bm, am, b.residualRisk(), a.residualRisk()), fields);
        });
  }

  /**
   * A level's move in the matrix's order, lowest first: judged by the newer matrix when it knows both
   * levels, else by the older one; SAME when neither can compare them.
   */
  static Direction level(RiskMatrix before, RiskMatrix after, String b, String a) {
    if (b == null || a == null || b.equals(a)) {
      return Direction.SAME;
    }
    for (RiskMatrix m : List.of(after, before)) {
      if (m.rank(b) >= 0 && m.rank(a) >= 0) {
        return Direction.ofRanks(m.rank(b), m.rank(a), false);
      }
    }
    return Direction.SAME;
  }

  // --- KPIs

  private static List<KpiChange> kpis(Governance before, Governance after) {
    Map<String, KpiStatus> b = kpiStatuses(before);
    Map<String, KpiStatus> a = kpiStatuses(after);
    return match(List.copyOf(b.values()), List.copyOf(a.values()), s -> s.kpi().id(),
        s -> new KpiChange(s.kpi().id(), s.kpi().name(), Kind.ADDED, null, s.outcome(), null, latest(s),
            s.kpi().targetText()),
        s -> new KpiChange(s.kpi().id(), s.kpi().name(), Kind.REMOVED, s.outcome(), null, latest(s), null,
            s.kpi().targetText()),
        (x, y) -> x.outcome() == y.outcome() ? null : new KpiChange(y.kpi().id(), y.kpi().name(), Kind.CHANGED,
            x.outcome(), y.outcome(), latest(x), latest(y), y.kpi().targetText()));
  }

  private static Map<String, KpiStatus> kpiStatuses(Governance g) {
    Map<String, KpiStatus> statuses = new LinkedHashMap<>();
    for (KpiCategory category : g.kpiCategories()) {
      for (Kpi k : category.kpis()) {
        statuses.putIfAbsent(k.id(), KpiStatus.of(k, category.name()));
      }
    }
    return statuses;
  }

  /** "92%", or "critical 99%, high 95%" for a KPI with segments. */
  private static String latest(KpiStatus s) {
    if (s.segments().size() == 1 && s.segments().get(0).target().segment().equals(Target.SINGLE)) {
      return s.segments().get(0).latestText();
    }
    return String.join(", ", s.segments().stream().map(x -> x.target().segment() + " " + x.latestText()).toList());
  }

  // --- coverage

  private static List<CoverageChange> coverage(Governance before, Governance after) {
    Map<String, Catalogue> catalogues = new LinkedHashMap<>();
    after.catalogues().forEach(c -> catalogues.putIfAbsent(c.id(), c));
    before.catalogues().forEach(c -> catalogues.putIfAbsent(c.id(), c));
    List<CoverageChange> changes = new ArrayList<>();
    for (Catalogue c : catalogues.values()) {
      changes.add(new CoverageChange(c.id(), c.title(), count(before, c.id()), count(after, c.id())));
    }
    return changes;
  }

  private static Count count(Governance g, String framework) {
    return g.catalogue(framework).map(c -> {
      Coverage coverage = Coverage.of(c, g.controls());
      return new Count(coverage.requirements(), coverage.covered(), coverage.implemented());
    }).orElse(null);
  }

  // --- policies

  private static List<PolicyChange> policies(Governance before, Governance after) {
    return match(before.policies(), after.policies(), Policy::id,
        p -> new PolicyChange(p.id(), p.title(), Kind.ADDED, List.of()),
        p -> new PolicyChange(p.id(), p.title(), Kind.REMOVED, List.of()),
        (b, a) -> {
          List<FieldChange> fields = new ArrayList<>();
          field(fields, "title", b.title(), a.title());
          field(fields, "owner", b.owner(), a.owner());
          field(fields, "review_every", text(b.reviewEvery()), text(a.reviewEvery()));
          field(fields, "last_reviewed", text(b.lastReviewed()), text(a.lastReviewed()));
          field(fields, "controls", joined(b.controls()), joined(a.controls()));
          field(fields, "text", b.body(), a.body());
          return fields.isEmpty() ? null : new PolicyChange(a.id(), a.title(), Kind.CHANGED, fields);
        });
  }

  // --- shared

  private interface Compare<T, C> {
    /** The change between two versions of a thing, or null when they are the same. */
    C apply(T before, T after);
  }

  /**
   * Matches two lists by key: added and changed things in {@code after}'s order, then removed things
   * in {@code before}'s order. A key seen twice (an error the checker reports) counts once.
   */
  private static <T, C> List<C> match(List<T> before, List<T> after, Function<T, String> key,
      Function<T, C> added, Function<T, C> removed, Compare<T, C> changed) {
    Map<String, T> b = byKey(before, key);
    Map<String, T> a = byKey(after, key);
    List<C> changes = new ArrayList<>();
    a.forEach((id, thing) -> {
      C change = b.containsKey(id) ? changed.apply(b.get(id), thing) : added.apply(thing);
      if (change != null) {
        changes.add(change);
      }
    });
    b.forEach((id, thing) -> {
      if (!a.containsKey(id)) {
        changes.add(removed.apply(thing));
      }
    });
    return changes;
  }

  private static <T> Map<String, T> byKey(List<T> things, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    things.forEach(t -> map.putIfAbsent(key.apply(t), t));
    return map;
  }

  private static void field(List<FieldChange> fields, String name, String before, String after) {
    if (!Objects.equals(before, after)) {
      fields.add(new FieldChange(name, before, after));
    }
  }

  private static String joined(List<String> items) {
    return items == null ? null : String.join(", ", items);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
