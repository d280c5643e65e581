package dev.govern.render;

import dev.govern.analysis.AiAttribution;
import dev.govern.analysis.Analysis;
import dev.govern.analysis.Freshness;
import dev.govern.analysis.KpiStatus;
import dev.govern.load.Periods;
import dev.govern.model.Catalogue;
import dev.govern.model.CatalogueItem;
import dev.govern.model.Control;
import dev.govern.model.Governance;
import dev.govern.model.Phase;
import dev.govern.model.Policy;
import dev.govern.model.Risk;
import dev.govern.model.RiskLevel;
import dev.govern.model.Scale;
import dev.govern.model.Status;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What every template receives: the model, the analysis, and lookups derived from them (links,
 * labels, counts), so templates only lay out and never compute.
 */
public final class SiteModel {
  /** A navigation entry. */
  public record NavItem(String key, String label, String href) {}

  /** Site-relative links to each control, risk, catalogue and policy page. */
  public record Links(Map<String, String> control, Map<String, String> risk, Map<String, String> catalogue,
      Map<String, String> policy) {}

  /**
   * The brand as templates use it: its colours, the text colour on the primary one, the logo's
   * {@code src} (null for none) and the {@code :root} rule that hands the colours to the stylesheets.
   */
  public record BrandView(String primary, String primaryInk, String accent, String logo, String css) {}

  /** A roadmap phase with its time span in words and its count of done activities. */
  public record PhaseView(Phase phase, String when, long done) {}

  public static final List<NavItem> NAV = List.of(
      new NavItem("dashboard", "Dashboard", "index.html"),
      new NavItem("controls", "Controls", "controls/index.html"),
      new NavItem("risks", "Risks", "risks/index.html"),
      new NavItem("maturity", "Maturity", "maturity.html"),
      new NavItem("kpis", "KPIs", "kpis.html"),
      new NavItem("frameworks", "Frameworks", "frameworks/index.html"),
      new NavItem("roadmap", "Roadmap", "roadmap.html"),
      new NavItem("policies", "Policies", "policies/index.html"),
      new NavItem("tools", "Tools", "tools.html"),
      new NavItem("repositories", "Repositories", "repositories.html"),
      new NavItem("evidence", "Evidence", "evidence.html"),
      new NavItem("history", "History", "history.html"));

  /** The page of AI attribution measured from Git history. */
  public static final String AI_PAGE = "ai-attribution.html";

  private SiteModel() {}

  public static String controlPage(String id) {
    return "controls/" + Slugs.of(id) + ".html";
  }

  public static String riskPage(String id) {
    return "risks/" + Slugs.of(id) + ".html";
  }

  public static String cataloguePage(String id) {
    return "frameworks/" + Slugs.of(id) + ".html";
  }

  public static String policyPage(String id) {
    return "policies/" + Slugs.of(id) + ".html";
  }

  /** The variables shared by all pages. */
  public static Map<String, Object> shared(Governance g, Analysis a, SiteInfo info) {
    Map<String, Object> m = new HashMap<>();
    m.put("g", g);
    m.put("a", a);
    m.put("info", info);
    m.put("lang", "en");
    m.put("brand", brand(g.report().brand(), false));
    // The AI attribution page exists when the scan measured some repository's history.
    java.util.Optional<AiAttribution> ai = AiAttribution.of(g.measurements());
    if (ai.isPresent()) {
      m.put("ai", ai.get());
      m.put("signals", List.of(dev.govern.scan.attribution.Signal.values()));
      List<NavItem> nav = new java.util.ArrayList<>(NAV);
      nav.add(nav.size() - 2, new NavItem("ai", "AI attribution", AI_PAGE));
      m.put("nav", List.copyOf(nav));
    } else {
      m.put("nav", NAV);
    }
    dev.govern.analysis.RepositoryOverview.of(g).ifPresent(r -> m.put("repos", r));
    m.put("statuses", List.of(Status.IMPLEMENTED, Status.PARTIAL, Status.PLANNED, Status.NOT_IMPLEMENTED));
    m.put("links", new Links(
        index(g.controls().stream().map(Control::id).toList(), SiteModel::controlPage),
        index(g.risks().stream().map(Risk::id).toList(), SiteModel::riskPage),
        index(g.catalogues().stream().map(Catalogue::id).toList(), SiteModel::cataloguePage),
        index(g.policies().stream().map(Policy::id).toList(), SiteModel::policyPage)));
    Map<String, String> names = new LinkedHashMap<>();
    g.controls().forEach(c -> names.put(c.id(), c.name()));
    g.maturity().capabilities().forEach(c -> names.putIfAbsent(c.id(), c.name()));
    m.put("names", names);
    Map<String, RiskLevel> levels = new LinkedHashMap<>();
    g.matrix().levels().forEach(l -> levels.put(l.id(), l));
    m.put("levelById", levels);
    Map<String, String> contrast = new LinkedHashMap<>();
    g.matrix().levels().forEach(l -> contrast.put(l.color(), Contrast.textOn(l.color())));
    m.put("contrast", contrast);
    m.put("labels", Map.of(
        "likelihood", g.matrix().likelihood().stream().collect(Collectors.toMap(Scale::id, Scale::label)),
        "impact", g.matrix().impact().stream().collect(Collectors.toMap(Scale::id, Scale::label))));
    Map<String, String> anchors = new HashMap<>();
    for (Catalogue c : g.catalogues()) {
      for (CatalogueItem i : c.items()) {
        anchors.put(c.id() + " " + i.id(), Slugs.of(i.id()));
      }
    }
    m.put("itemAnchors", anchors);
    Map<String, KpiStatus> kpis = new HashMap<>();
    a.kpis().forEach(k -> kpis.put(k.kpi().id(), k));
    m.put("kpiStatus", kpis);
    Map<String, Integer> overdue = new HashMap<>();
    a.overdueEvidence().forEach(e -> overdue.merge(e.control().id(), 1, Integer::sum));
    m.put("overdueByControl", overdue);
    Map<String, Freshness> reviewFreshness = new HashMap<>();
    Map<String, String> frequencies = new HashMap<>();
    for (Control c : g.controls()) {
      reviewFreshness.putIfAbsent(c.id(), Freshness.of(c.lastReviewed(), c.reviewEvery(), a.asOf()));
      String f = frequency(c);
      if (f != null) {
        frequencies.putIfAbsent(c.id(), f);
      }
    }
    m.put("reviewFreshness", reviewFreshness);
    m.put("frequencies", frequencies);
    Map<String, Freshness> policyFreshness = new HashMap<>();
    g.policies().forEach(p -> policyFreshness.put(p.id(), Freshness.of(p.lastReviewed(), p.reviewEvery(), a.asOf())));
    m.put("policyFreshness", policyFreshness);
    // Policies approved but not yet binding on the as-of date, shown as "not yet in effect".
    m.put("policiesPending", g.policies().stream().filter(p -> !p.inEffectOn(a.asOf())).map(p -> p.id()).toList());
    Map<String, Long> evidenceCounts = new HashMap<>();
    for (Freshness f : Freshness.values()) {
      evidenceCounts.put(f.id(), a.evidence().stream().filter(e -> e.freshness() == f).count());
    }
    m.put("evidenceCounts", evidenceCounts);
    Map<String, String> safe = new HashMap<>();
    g.controls().forEach(c -> c.evidence().forEach(e -> addIfLink(safe, e.location())));
    g.catalogues().forEach(c -> addIfLink(safe, c.url()));
    g.references().forEach(r -> addIfLink(safe, r.url()));
    m.put("safeLocations", safe);
    m.put("phases", g.roadmap().phases().stream().map(p -> new PhaseView(p, when(p, g.roadmap().start()),
        p.activities().stream().filter(act -> act.status() == dev.govern.model.ActivityStatus.DONE).count())).toList());
    return m;
  }

  /**
   * Only absolute http(s) and mailto locations become links; repo paths are not site pages. The
   * link is the location percent-encoded where a URL may not hold a character as typed.
   */
  private static void addIfLink(Map<String, String> safe, String location) {
    if (location != null && SafeUrl.isAllowed(location) && SafeUrl.isExternal(location)) {
      safe.put(location, SafeUrl.forHref(location));
    }
  }

  private static Map<String, String> index(List<String> ids, java.util.function.Function<String, String> page) {
    Map<String, String> out = new LinkedHashMap<>();
    ids.forEach(id -> out.putIfAbsent(id, page.apply(id)));
    return out;
  }

  /** "Months 3–4", or "March 2026 – April 2026" when the roadmap has a start date. */
  static String when(Phase p, LocalDate start) {
    if (start == null) {
      return p.firstMonth() == p.lastMonth() ? "Month " + p.firstMonth() : "Months " + p.firstMonth() + "–" + p.lastMonth();
    }
    LocalDate from = start.plusMonths(p.firstMonth() - 1L);
    LocalDate to = start.plusMonths(p.lastMonth() - 1L);
    return month(from) + (p.firstMonth() == p.lastMonth() ? "" : " – " + month(to));
  }

  private static String month(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
  }

  /**
   * A control's frequency and review cadence in one phrase, each said once: "Quarterly review
   * (P3M)" when the cadence is what the frequency's words name, "Every pull request · review
   * monthly (P1M)" when it is set apart, null when neither is given.
   */
  static String frequency(Control c) {
    String cadence = cadence(c.reviewEvery());
    if (c.frequency() == null) {
      return cadence == null ? null : "review " + cadence;
    }
    if (cadence == null) {
      return c.frequency();
    }
    if (c.reviewEvery().equals(Periods.fromWords(c.frequency()))) {
      return c.frequency() + " (" + c.reviewEvery() + ")";
    }
    return c.frequency() + " · review " + cadence;
  }

  /** The brand of the site ({@code pdf} false) or of the print HTML. */
  static BrandView brand(dev.govern.model.Brand b, boolean pdf) {
    String ink = Contrast.textOn(b.primary());
    String css = ":root { --brand: " + b.primary() + "; --brand-ink: " + ink + "; --accent: " + b.accent() + "; }";
    return new BrandView(b.primary(), ink, b.accent(), Assets.logo(b, pdf), css);
  }

  /** A cadence in words for pages: "quarterly (P3M)". */
  public static String cadence(java.time.Period p) {
    return p == null ? null : Periods.describe(p) + " (" + p + ")";
  }
}
