package dev.govern.check;

import dev.govern.analysis.Freshness;
import dev.govern.analysis.UnearnedCredit;
import dev.govern.load.SourceMap;
import dev.govern.load.Suggest;
import dev.govern.model.Catalogue;
import dev.govern.model.CatalogueItem;
import dev.govern.model.Control;
import dev.govern.model.Evidence;
import dev.govern.model.Governance;
import dev.govern.model.Kpi;
import dev.govern.model.KpiCategory;
import dev.govern.model.KpiValue;
import dev.govern.model.MaturityLevel;
import dev.govern.model.Organization;
import dev.govern.model.Phase;
import dev.govern.model.Policy;
import dev.govern.model.RepositoryEntry;
import dev.govern.model.RepositoryScan;
import dev.govern.model.Risk;
import dev.govern.model.RiskLevel;
import dev.govern.model.RiskMatrix;
import dev.govern.model.Target;
import dev.govern.problem.Problem;
import dev.govern.problem.Problems;
import dev.govern.problem.Rule;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cross-file rules. Each rule is one method, reporting under its {@link Rule}; every finding is a
 * problem at the position of the value it is about.
 */
public final class Checker {
  private final Governance g;
  private final SourceMap at;
  private final LocalDate asOf;
  private final RepoPaths repo;
  private final Problems problems = new Problems();

  private Checker(Governance g, SourceMap at, LocalDate asOf, RepoPaths repo) {
    this.g = g;
    this.at = at;
    this.asOf = asOf;
    this.repo = repo;
  }

  /**
   * All findings about {@code g} that the data alone shows; overdue warnings are judged as of
   * {@code asOf}. Evidence paths are not looked up: there is no repository to look in.
   */
  public static List<Problem> check(Governance g, SourceMap sources, LocalDate asOf) {
    return check(g, sources, asOf, null);
  }

  /**
   * All findings about {@code g}, evidence paths included.
   *
   * @param repo the governance repository's files at the revision checked; null when there is none
   */
  public static List<Problem> check(Governance g, SourceMap sources, LocalDate asOf, RepoPaths repo) {
    Checker c = new Checker(g, sources, asOf, repo);
    c.problems.within(Rule.UNIQUE_IDS, c::uniqueIds);
    c.problems.within(Rule.CONTROL_DOMAINS, c::controlDomains);
    c.problems.within(Rule.FRAMEWORK_MAPPINGS, c::controlMappings);
    c.problems.within(Rule.RISK_CONTROLS, c::riskReferences);
    c.problems.within(Rule.RISK_LEVELS, c::riskLevels);
    c.problems.within(Rule.MATURITY, c::maturityReferences);
    c.problems.within(Rule.KPI_VALUES, c::kpiValues);
    c.problems.within(Rule.ROADMAP, c::roadmap);
    c.problems.within(Rule.POLICY_CONTROLS, c::policyReferences);
    c.problems.within(Rule.REPOSITORIES, c::repositories);
    c.problems.within(Rule.POLICY_DATES, c::policyDates);
    c.problems.within(Rule.UNUSED_CONTROLS, c::unusedControls);
    c.problems.within(Rule.FRESHNESS, c::overdue);
    c.problems.within(Rule.FRESHNESS, c::futureDates);
    c.problems.within(Rule.EVIDENCE_LOCATIONS, c::evidenceLocations);
    c.problems.within(Rule.DOCUMENT_MARKING, c::documentMarking);
    c.problems.within(Rule.PLACEHOLDERS, c::placeholders);
    return c.problems.sorted();
  }

  // ---- unique ids

  void uniqueIds() {
    unique("domains", g.domains(), d -> d.id(), "domain");
    unique("classifications", g.classifications(), c -> c.id(), "classification");
    unique("tools", g.tools(), t -> t.id(), "tool");
    unique("controls", g.controls(), Control::id, "control");
    unique("risks", g.risks(), Risk::id, "risk");
    unique("catalogues", g.catalogues(), Catalogue::id, "framework catalogue");
    for (int i = 0; i < g.catalogues().size(); i++) {
      unique("catalogues/" + i + "/items", g.catalogues().get(i).items(), CatalogueItem::id,
          "item of " + g.catalogues().get(i).id());
    }
    unique("maturity/levels", g.maturity().levels(), l -> String.valueOf(l.level()), "maturity level");
    unique("maturity/capabilities", g.maturity().capabilities(), c -> c.id(), "capability");
    unique("kpis", g.kpiCategories(), KpiCategory::id, "KPI category");
    Map<String, String> kpiIds = new HashMap<>();
    for (int c = 0; c < g.kpiCategories().size(); c++) {
      List<Kpi> kpis = g.kpiCategories().get(c).kpis();
      for (int k = 0; k < kpis.size(); k++) {
        String path = "kpis/" + c + "/kpis/" + k;
        String first = kpiIds.putIfAbsent(kpis.get(k).id(), path);
        if (first != null) {
          duplicate(path + "/id", first + "/id", "KPI", kpis.get(k).id());
        }
      }
    }
    unique("roadmap/phases", g.roadmap().phases(), Phase::id, "roadmap phase");
    unique("policies", g.policies(), Policy::id, "policy");
  }

  private <T> void unique(String listPath, List<T> items, Function<T, String> id, String what) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Integer before = first.putIfAbsent(id.apply(items.get(i)), i);
      if (before != null) {
        String key = listPath.startsWith("maturity/levels") ? "level" : "id";
        duplicate(listPath + "/" + i + "/" + key, listPath + "/" + before + "/" + key, what, id.apply(items.get(i)));
      }
    }
  }

  private void duplicate(String path, String firstPath, String what, String id) {
    problems.error(at.at(path), "duplicate " + what + " id '" + id + "' (first defined at " + at.at(firstPath) + ")");
  }

  // ---- references

  void controlDomains() {
    List<String> domains = g.domains().stream().map(d -> d.id()).toList();
    for (int i = 0; i < g.controls().size(); i++) {
      Control c = g.controls().get(i);
      if (!domains.contains(c.domain())) {
        problems.error(at.at("controls/" + i + "/domain"), "control " + c.id() + ": unknown domain '"
            + c.domain() + "'" + Suggest.didYouMean(c.domain(), domains) + "; domains are listed in governance.yaml");
      }
    }
  }

  void controlMappings() {
    List<String> frameworks = g.catalogues().stream().map(Catalogue::id).toList();
    // Each catalogue by id (the first of an id, as g.catalogue finds) with its item ids, built once.
    Map<String, Catalogue> catalogues = new HashMap<>();
    g.catalogues().forEach(c -> catalogues.putIfAbsent(c.id(), c));
    Map<Catalogue, List<String>> itemIds = new IdentityHashMap<>();
    Map<Catalogue, Set<String>> itemSets = new IdentityHashMap<>();
    for (int i = 0; i < g.controls().size(); i++) {
      Control c = g.controls().get(i);
      for (var e : c.mappings().entrySet()) {
        String path = "controls/" + i + "/mappings/" + e.getKey();
        Optional<Catalogue> catalogue = Optional.ofNullable(catalogues.get(e.getKey()));
        if (catalogue.isEmpty()) {
          problems.error(at.at(path), "control " + c.id() + ": no framework catalogue '" + e.getKey() + "'"
              + Suggest.didYouMean(e.getKey(), frameworks) + " in data/frameworks/");
          continue;
        }
        List<String> ids = itemIds.computeIfAbsent(catalogue.get(),
            cat -> cat.items().stream().map(CatalogueItem::id).toList());
        Set<String> known = itemSets.computeIfAbsent(catalogue.get(), cat -> new HashSet<>(itemIds.get(cat)));
        for (int j = 0; j < e.getValue().size(); j++) {
          String item = e.getValue().get(j);
          if (!known.contains(item)) {
            problems.error(at.at(path + "/" + j), "control " + c.id() + ": '" + item + "' is not an item of "
                + catalogue.get().title() + Suggest.didYouMean(item, ids));
          }
        }
      }
    }
  }

  void riskReferences() {
    List<String> controls = g.controls().stream().map(Control::id).toList();
    Set<String> known = new HashSet<>(controls);
    for (int i = 0; i < g.risks().size(); i++) {
      Risk r = g.risks().get(i);
      for (int j = 0; j < r.controls().size(); j++) {
        String id = r.controls().get(j);
        if (!known.contains(id)) {
          problems.error(at.at("risks/" + i + "/controls/" + j),
              "risk " + r.id() + ": unknown control '" + id + "'" + Suggest.didYouMean(id, controls));
        }
      }
      if (r.controls().isEmpty()) {
        problems.warning(at.at("risks/" + i + "/id"), "risk " + r.id() + " has no mitigating control");
      }
    }
  }

  void riskLevels() {
    RiskMatrix m = g.matrix();
    if (m.likelihood().isEmpty() || m.impact().isEmpty()) {
      return; // the matrix itself was reported broken; positions cannot be judged
    }
    List<String> likelihoods = m.likelihood().stream().map(s -> s.id()).toList();
    List<String> impacts = m.impact().stream().map(s -> s.id()).toList();
    List<String> levels = m.levels().stream().map(RiskLevel::id).toList();
    Map<String, Control> controlsById = new HashMap<>();
    g.controls().forEach(c -> controlsById.putIfAbsent(c.id(), c));
    for (int i = 0; i < g.risks().size(); i++) {
      Risk r = g.risks().get(i);
      String p = "risks/" + i + "/";
      boolean inherentPlaced = known(p + "likelihood", r.likelihood(), likelihoods, r, "likelihood")
          & known(p + "impact", r.impact(), impacts, r, "impact");
      boolean residualPlaced = r.hasResidualPosition()
          && known(p + "residual_likelihood", r.residualLikelihood(), likelihoods, r, "likelihood")
          & known(p + "residual_impact", r.residualImpact(), impacts, r, "impact");
      boolean inherentKnown = r.inherentRisk() != null && known(p + "inherent_risk", r.inherentRisk(), levels, r, "level");
      boolean residualKnown = r.residualRisk() != null && known(p + "residual_risk", r.residualRisk(), levels, r, "level");
      if (inherentPlaced && inherentKnown) {
        agree(p + "inherent_risk", r, r.inherentRisk(), m.levelAt(r.likelihood(), r.impact()).orElseThrow(),
            r.likelihood(), r.impact(), "inherent_risk");
      }
      if (residualPlaced && residualKnown) {
        agree(p + "residual_risk", r, r.residualRisk(),
            m.levelAt(r.residualLikelihood(), r.residualImpact()).orElseThrow(),
            r.residualLikelihood(), r.residualImpact(), "residual_risk");
      }
      if (inherentKnown && residualKnown) {
        UnearnedCredit.of(r, m, controlsById).ifPresent(u -> problems.warning(at.at(p + "residual_risk"), "risk "
            + r.id() + ": residual level '" + r.residualRisk() + "' is below the inherent level '" + r.inherentRisk()
            + "', but " + u.why() + ": " + u.verdict() + "; keep the residual level at the inherent one until a"
            + " mitigating control is implemented"));
      }
      if (inherentKnown && residualKnown && m.rank(r.residualRisk()) > m.rank(r.inherentRisk())) {
        problems.warning(at.at(p + "residual_risk"), "risk " + r.id() + ": residual level '" + r.residualRisk()
            + "' is above the inherent level '" + r.inherentRisk() + "'; controls should not raise a risk");
      }
    }
  }

  private boolean known(String path, String id, List<String> ids, Risk r, String what) {
    if (ids.contains(id)) {
      return true;
    }
    problems.error(at.at(path), "risk " + r.id() + ": unknown " + what + " '" + id + "'"
        + Suggest.didYouMean(id, ids) + "; risk-matrix.yaml has " + String.join(", ", ids));
    return false;
  }

  private void agree(String path, Risk r, String given, RiskLevel computed, String likelihood, String impact, String key) {
    if (!given.equals(computed.id())) {
      problems.error(at.at(path), "risk " + r.id() + ": " + key + " is '" + given + "' but the matrix puts "
          + likelihood + " × " + impact + " at '" + computed.id() + "'");
    }
  }

  void maturityReferences() {
    List<String> controls = g.controls().stream().map(Control::id).toList();
    Set<String> known = new HashSet<>(controls);
    List<String> capabilities = g.maturity().capabilities().stream().map(c -> c.id()).toList();
    List<MaturityLevel> levels = g.maturity().levels();
    for (int i = 0; i < levels.size(); i++) {
      MaturityLevel l = levels.get(i);
      String p = "maturity/levels/" + i;
      if (i > 0 && l.level() <= levels.get(i - 1).level()) {
        problems.error(at.at(p + "/level"), "maturity levels must ascend: level " + l.level()
            + " follows level " + levels.get(i - 1).level());
      }
      for (int j = 0; j < l.controlsRequired().size(); j++) {
        String id = l.controlsRequired().get(j);
        if (!known.contains(id)) {
          problems.error(at.at(p + "/controls_required/" + j), "maturity level " + l.level()
              + ": unknown control '" + id + "'" + Suggest.didYouMean(id, controls));
        }
      }
      for (int j = 0; j < l.capabilitiesRequired().size(); j++) {
        String id = l.capabilitiesRequired().get(j);
        if (!capabilities.contains(id)) {
          problems.error(at.at(p + "/capabilities_required/" + j), "maturity level " + l.level()
              + ": unknown capability '" + id + "'" + Suggest.didYouMean(id, capabilities)
              + "; capabilities are listed under 'capabilities:' in maturity.yaml");
        }
      }
    }
  }

  void kpiValues() {
    for (int c = 0; c < g.kpiCategories().size(); c++) {
      List<Kpi> kpis = g.kpiCategories().get(c).kpis();
      for (int k = 0; k < kpis.size(); k++) {
        Kpi kpi = kpis.get(k);
        String p = "kpis/" + c + "/kpis/" + k;
        Set<String> segments = kpi.targets().stream().map(Target::segment).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        YearMonth previous = null;
        for (int v = 0; v < kpi.values().size(); v++) {
          KpiValue value = kpi.values().get(v);
          String vp = p + "/values/" + v;
          if (!value.values().keySet().equals(segments)) {
            Set<String> missing = new java.util.LinkedHashSet<>(segments);
            missing.removeAll(value.values().keySet());
            Set<String> extra = new java.util.LinkedHashSet<>(value.values().keySet());
            extra.removeAll(segments);
            StringBuilder msg = new StringBuilder("KPI " + kpi.id() + ", " + value.period() + ": ");
            if (!extra.isEmpty()) {
              msg.append("no target for ").append(quoted(extra));
              msg.append(missing.isEmpty() ? "" : "; ");
            }
            if (!missing.isEmpty()) {
              msg.append("missing a value for ").append(quoted(missing));
            }
            msg.append(" (the target's segments are ").append(quoted(segments)).append(')');
            String where = !extra.isEmpty() ? vp + "/" + extra.iterator().next() : vp;
            problems.error(at.at(where), msg.toString());
          }
          if (previous != null && value.period().equals(previous)) {
            problems.error(at.at(vp + "/period"), "KPI " + kpi.id() + ": period " + value.period()
                + " is given twice (values are one per period, oldest first)");
          } else if (previous != null && !value.period().isAfter(previous)) {
            problems.error(at.at(vp + "/period"), "KPI " + kpi.id() + ": period " + value.period()
                + " must come after " + previous + " (values are listed oldest first, one per period)");
          }
          previous = value.period();
        }
      }
    }
  }

  private static String quoted(Set<String> names) {
    return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
  }

  void roadmap() {
    List<Phase> phases = g.roadmap().phases();
    Set<Integer> levels = new HashSet<>();
    g.maturity().levels().forEach(l -> levels.add(l.level()));
    Phase highest = null; // the earlier phase with the highest target so far
    for (int i = 0; i < phases.size(); i++) {
      Phase phase = phases.get(i);
      String p = "roadmap/phases/" + i;
      if (phase.targetMaturity() != null) {
        if (highest != null && phase.targetMaturity() < highest.targetMaturity()) {
          problems.warning(at.at(p + "/target_maturity"), "phase " + phase.id() + " aims at maturity level "
              + phase.targetMaturity() + ", lower than level " + highest.targetMaturity() + " of the earlier phase "
              + highest.id() + "; a roadmap usually keeps what it has reached");
        } else if (highest == null || phase.targetMaturity() > highest.targetMaturity()) {
          highest = phase;
        }
      }
      if (i > 0 && phase.firstMonth() <= phases.get(i - 1).lastMonth()) {
        problems.error(at.at(p + "/months"), "phase " + phase.id() + " starts in month " + phase.firstMonth()
            + ", before phase " + phases.get(i - 1).id() + " ends (month " + phases.get(i - 1).lastMonth()
            + "); phases are listed in order and do not overlap");
      }
      if (phase.targetMaturity() != null && !levels.isEmpty() && !levels.contains(phase.targetMaturity())) {
        problems.error(at.at(p + "/target_maturity"), "phase " + phase.id() + ": no maturity level "
            + phase.targetMaturity() + " in maturity.yaml");
      }
    }
  }

  void policyReferences() {
    List<String> controls = g.controls().stream().map(Control::id).toList();
    Set<String> known = new HashSet<>(controls);
    for (int i = 0; i < g.policies().size(); i++) {
      Policy policy = g.policies().get(i);
      for (int j = 0; j < policy.controls().size(); j++) {
        String id = policy.controls().get(j);
        if (!known.contains(id)) {
          problems.error(at.at("policies/" + i + "/controls/" + j), "policy " + policy.id()
              + ": unknown control '" + id + "'" + Suggest.didYouMean(id, controls));
        }
      }
    }
  }

  /**
   * The repository inventory names known classifications, each id once; measurements and the KPIs
   * and evidence that take their values from them agree with the data they were made for.
   */
  void repositories() {
    List<String> levels = g.classifications().stream().map(c -> c.id()).toList();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < g.repositories().size(); i++) {
      RepositoryEntry r = g.repositories().get(i);
      if (!levels.contains(r.classification())) {
        problems.error(at.at("repositories/" + i + "/classification"), "repository " + (r.isGlob() ? r.path() : r.id())
            + ": unknown classification '" + r.classification() + "'" + Suggest.didYouMean(r.classification(), levels)
            + "; classifications are listed in governance.yaml");
      }
      if (!r.isGlob() && !ids.add(r.id())) {
        problems.error(at.at("repositories/" + i + "/id"), "duplicate repository id '" + r.id() + "'");
      }
    }
    if (g.measurements().isEmpty()) {
      if (g.repositories().isEmpty()) {
        return; // nothing to scan yet: a KPI waiting for the scan is no mistake
      }
      for (int i = 0; i < g.kpiCategories().size(); i++) {
        List<Kpi> kpis = g.kpiCategories().get(i).kpis();
        for (int k = 0; k < kpis.size(); k++) {
          if (kpis.get(k).source() != null) {
            problems.warning(at.at("kpis/" + i + "/kpis/" + k + "/source"), "KPI " + kpis.get(k).id()
                + " is measured by govern scan, but there are no measurements yet: run govern scan and commit data/measurements/");
          }
        }
      }
      return;
    }
    List<RepositoryScan> measured = g.measurements().get().repositories();
    for (int i = 0; i < measured.size(); i++) {
      RepositoryScan r = measured.get(i);
      if (!levels.contains(r.classification())) {
        problems.warning(at.at("measurements/" + i + "/classification"), "repository " + r.id()
            + " was scanned as '" + r.classification() + "', which governance.yaml no longer lists: run govern scan again");
      }
    }
    Set<String> listed = g.repositories().stream().filter(r -> !r.isGlob()).map(RepositoryEntry::id)
        .collect(Collectors.toSet());
    boolean globs = g.repositories().stream().anyMatch(RepositoryEntry::isGlob);
    for (int i = 0; i < measured.size(); i++) {
      if (!globs && !listed.contains(measured.get(i).id())) {
        problems.warning(at.at("measurements/" + i + "/id"), "repository " + measured.get(i).id()
            + " was measured but is not in repositories.yaml: run govern scan again");
      }
    }
  }

  /** A policy cannot bind before it was approved: an effective date before the approval is a slip. */
  void policyDates() {
    for (int i = 0; i < g.policies().size(); i++) {
      Policy p = g.policies().get(i);
      if (p.effective() != null && p.approvedBy() != null && p.approvedBy().date() != null
          && p.effective().isBefore(p.approvedBy().date())) {
        problems.warning(at.at("policies/" + i + "/effective"), "policy " + p.id() + ": effective " + p.effective()
            + " is before its approval on " + p.approvedBy().date());
      }
    }
  }

  // ---- warnings

  /**
   * The markings a document is commonly given: ISO 27001-style levels, government markings and the
   * Traffic Light Protocol. A document's marking may be one of these or one of the repository's
   * own classification ids, or a marking of the organisation's own that resembles none of them; one
   * a letter or two from a known marking is probably a typo ("CONFIDENTAL") printed on every page.
   */
  static final List<String> MARKINGS = List.of("PUBLIC", "INTERNAL", "INTERNAL USE ONLY", "CONFIDENTIAL",
      "STRICTLY CONFIDENTIAL", "RESTRICTED", "SENSITIVE", "SECRET", "TOP SECRET", "UNCLASSIFIED", "OFFICIAL",
      "OFFICIAL-SENSITIVE", "TLP:CLEAR", "TLP:WHITE", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED");

  void documentMarking() {
    String marking = g.document().classification();
    List<String> known = new java.util.ArrayList<>();
    g.classifications().forEach(c -> known.add(c.id()));
    MARKINGS.stream().filter(m -> !known.contains(m)).forEach(known::add);
    boolean ok = known.stream().anyMatch(k -> k.equalsIgnoreCase(marking.strip()));
    String close = Suggest.didYouMean(marking.strip(), known);
    // A marking of the organisation's own ("機密 / CONFIDENTIEL") is left alone; a near miss is a typo.
    if (!ok && !close.isEmpty()) {
      problems.warning(at.at("document/classification"), "document.classification '" + marking + "' is neither a"
          + " classification id of governance.yaml nor a common marking" + close
          + "; it is printed on every page, so check its spelling");
    }
  }

  void unusedControls() {
    Set<String> used = new HashSet<>();
    g.risks().forEach(r -> used.addAll(r.controls()));
    for (MaturityLevel l : g.maturity().levels()) {
      used.addAll(l.requiredControls(g.controls()));
    }
    for (int i = 0; i < g.controls().size(); i++) {
      Control c = g.controls().get(i);
      if (!used.contains(c.id())) {
        problems.warning(at.at("controls/" + i + "/id"), "control " + c.id()
            + " mitigates no risk and no maturity level requires it");
      }
    }
  }

  /**
   * Evidence or a review dated after the as-of date speaks for a day that has not come: it is never
   * counted fresh, and a far-future review would silence "overdue" for ever (issue 11).
   */
  void futureDates() {
    for (int i = 0; i < g.controls().size(); i++) {
      Control c = g.controls().get(i);
      for (int j = 0; j < c.evidence().size(); j++) {
        Evidence e = c.evidence().get(j);
        if (e.date() != null && e.date().isAfter(asOf)) {
          problems.warning(at.at("controls/" + i + "/evidence/" + j + "/date"), "control " + c.id() + ": evidence '"
              + e.name() + "' is dated " + e.date() + ", after the as-of date " + asOf
              + "; it is not counted as fresh (a typo in the year?)");
        }
      }
      if (c.lastReviewed() != null && c.lastReviewed().isAfter(asOf)) {
        problems.warning(at.at("controls/" + i + "/last_reviewed"), "control " + c.id() + ": last_reviewed "
            + c.lastReviewed() + " is after the as-of date " + asOf + "; a review cannot be dated in the future, and"
            + " it is not counted as fresh");
      }
    }
    for (int i = 0; i < g.policies().size(); i++) {
      Policy p = g.policies().get(i);
      if (p.lastReviewed() != null && p.lastReviewed().isAfter(asOf)) {
        problems.warning(at.at("policies/" + i + "/last_reviewed"), "policy " + p.id() + ": last_reviewed "
            + p.lastReviewed() + " is after the as-of date " + asOf + "; a review cannot be dated in the future, and"
            + " it is not counted as fresh");
      }
    }
  }

  void overdue() {
    for (int i = 0; i < g.controls().size(); i++) {
      Control c = g.controls().get(i);
      if (c.reviewEvery() == null) {
        noCadence(i, c);
        continue;
      }
      for (int j = 0; j < c.evidence().size(); j++) {
        Evidence e = c.evidence().get(j);
        if (Freshness.of(e.date(), c.reviewEvery(), asOf) == Freshness.OVERDUE) {
          problems.warning(at.at("controls/" + i + "/evidence/" + j + "/date"), "control " + c.id()
              + ": evidence '" + e.name() + "' dated " + e.date() + " is overdue as of " + asOf
              + " (due every " + c.reviewEvery() + ")");
        }
      }
      if (Freshness.of(c.lastReviewed(), c.reviewEvery(), asOf) == Freshness.OVERDUE) {
        problems.warning(at.at("controls/" + i + "/last_reviewed"), "control " + c.id() + ": last reviewed "
            + c.lastReviewed() + ", review overdue as of " + asOf + " (due every " + c.reviewEvery() + ")");
      }
    }
    for (int i = 0; i < g.policies().size(); i++) {
      Policy p = g.policies().get(i);
      if (p.reviewEvery() != null && Freshness.of(p.lastReviewed(), p.reviewEvery(), asOf) == Freshness.OVERDUE) {
        problems.warning(at.at("policies/" + i + "/last_reviewed"), "policy " + p.id() + ": last reviewed "
            + p.lastReviewed() + ", review overdue as of " + asOf + " (due every " + p.reviewEvery() + ")");
      }
    }
  }

  /**
   * The organisation {@code govern init} leaves for the user to name: until it is named, every page
   * of the site and the PDF would say "Your Organization".
   */
  void placeholders() {
    Organization o = g.organization();
    if (o.name().contains(Organization.PLACEHOLDER)) {
      problems.warning(at.at("organization/name"), "organization.name is still the placeholder '"
          + Organization.PLACEHOLDER + "': put your organisation's name here (the site and the PDF print it)");
    }
    if (o.scope() != null && o.scope().contains(Organization.PLACEHOLDER)) {
      problems.warning(at.at("organization/scope"), "organization.scope still names the placeholder '"
          + Organization.PLACEHOLDER + "': say who this governance applies to");
    }
  }

  /**
   * A control with dated evidence or a review but no cadence: nothing about it can ever be overdue,
   * which people rarely mean. Event-driven frequencies ("Every pull request") name no period, so
   * the fix is review_every.
   */
  private void noCadence(int i, Control c) {
    boolean dated = c.lastReviewed() != null || c.evidence().stream().anyMatch(e -> e.date() != null);
    if (!dated) {
      return;
    }
    String why = c.frequency() == null ? "it has neither review_every nor a frequency"
        : "its frequency '" + c.frequency() + "' names no period and it has no review_every";
    problems.warning(at.at("controls/" + i + (c.frequency() == null ? "/id" : "/frequency")), "control " + c.id()
        + ": " + why + ", so its evidence and reviews are never judged overdue; add review_every (e.g. P3M)");
  }

  // ---- evidence locations

  /**
   * An evidence location that is a path in the repository must name something there: a moved or
   * misspelt path is evidence an auditor asks for and nobody can produce. URLs cannot be checked
   * offline and are left alone.
   */
  void evidenceLocations() {
    if (repo == null) {
      return;
    }
    for (int i = 0; i < g.controls().size(); i++) {
      Control c = g.controls().get(i);
      for (int j = 0; j < c.evidence().size(); j++) {
        Evidence e = c.evidence().get(j);
        int control = i;
        int item = j;
        EvidenceLocation.repoPath(e.location()).ifPresent(path -> {
          String prefix = "control " + c.id() + ": evidence '" + e.name() + "' is at '" + e.location() + "', ";
          if (path.equals("..")) {
            problems.warning(at.at("controls/" + control + "/evidence/" + item + "/location"), prefix
                + "a path that leads out of the governance repository; give a path from the repository root,"
                + " or a URL when the evidence is kept elsewhere");
          } else if (!path.isEmpty() && !repo.exists(path)) {
            problems.warning(at.at("controls/" + control + "/evidence/" + item + "/location"), prefix
                + "but there is no such file or folder in " + repo.where() + " (paths are read from the"
                + " repository root); fix the path, or give a URL when the evidence is kept elsewhere");
          }
        });
      }
    }
  }
}
