package dev.govern.render;

import dev.govern.analysis.AiAttribution;
import dev.govern.analysis.Analysis;
import dev.govern.analysis.Freshness;
import dev.govern.i18n.Messages;
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
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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

  /** The site's sections in navigation order, as key and page; their labels are messages {@code nav.KEY}. */
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

  /** The navigation with each label in the language of {@code messages}. */
  static List<NavItem> nav(List<NavItem> items, Messages messages) {
    return items.stream().map(i -> new NavItem(i.key(), messages.get("nav." + i.key()), i.href())).toList();
  }

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
    m.put("lang", info.messages().tag());
    m.put("t", new MessageMethod(info.messages()));
    m.put("msg", info.messages());
    // govern's own English sentences in the measurements and history notes, in the build's language.
    m.put("said", new dev.govern.i18n.Said(info.messages()));
    m.put("brand", brand(g.report().brand(), false));
    // The AI attribution page exists when the scan measured some repository's history.
    java.util.Optional<AiAttribution> ai = AiAttribution.of(g.measurements());
    if (ai.isPresent()) {
      m.put("ai", ai.get());
      m.put("signals", List.of(dev.govern.scan.attribution.Signal.values()));
      List<NavItem> nav = new java.util.ArrayList<>(NAV);
      nav.add(nav.size() - 2, new NavItem("ai", "AI attribution", AI_PAGE));
      m.put("nav", nav(nav, info.messages()));
    } else {
      m.put("nav", nav(NAV, info.messages()));
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
      String f = frequency(c, info.messages());
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
    m.put("phases", g.roadmap().phases().stream().map(p -> new PhaseView(p, when(p, g.roadmap().start(), info.messages()),
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

  /** "Months 3–4", or "March 2026 – April 2026" when the roadmap has a start date, in the language. */
  static String when(Phase p, LocalDate start, Messages messages) {
    if (start == null) {
      return p.firstMonth() == p.lastMonth() ? messages.get("roadmap.month", p.firstMonth())
          : messages.get("roadmap.months", p.firstMonth(), p.lastMonth());
    }
    YearMonth from = YearMonth.from(start.plusMonths(p.firstMonth() - 1L));
    YearMonth to = YearMonth.from(start.plusMonths(p.lastMonth() - 1L));
    return p.firstMonth() == p.lastMonth() ? messages.month(from) : messages.get("roadmap.span", from, to);
  }

  /**
   * A control's frequency and review cadence in one phrase, each said once: "Quarterly review
   * (P3M)" when the cadence is what the frequency's words name, "Every pull request · review
   * monthly (P1M)" when it is set apart, null when neither is given.
   */
  static String frequency(Control c, Messages words) {
    String cadence = cadence(c.reviewEvery(), words);
    if (c.frequency() == null) {
      return cadence == null ? null : words.get("period.review", cadence);
    }
    if (cadence == null) {
      return c.frequency();
    }
    if (c.reviewEvery().equals(Periods.fromWords(c.frequency()))) {
      return c.frequency() + " (" + c.reviewEvery() + ")";
    }
    return c.frequency() + " · " + words.get("period.review", cadence);
  }

  /** The brand of the site ({@code pdf} false) or of the print HTML. */
  static BrandView brand(dev.govern.model.Brand b, boolean pdf) {
    String ink = Contrast.textOn(b.primary());
    String css = ":root { --brand: " + b.primary() + "; --brand-ink: " + ink + "; --accent: " + b.accent() + "; }";
    return new BrandView(b.primary(), ink, b.accent(), Assets.logo(b, pdf), css);
  }

  /** A cadence in words for pages: "quarterly (P3M)". */
  public static String cadence(java.time.Period p) {
    return cadence(p, Messages.english());
  }

  /** A cadence in the words of {@code words}: "quarterly (P3M)", "vierteljährlich (P3M)". */
  public static String cadence(java.time.Period p, Messages words) {
    return p == null ? null : describe(p, words) + " (" + p + ")";
  }

  /** A review period in words, as {@link Periods#describe} says it, in the language. */
  static String describe(java.time.Period p, Messages words) {
    long months = p.toTotalMonths();
    if (p.getDays() == 0) {
      if (months == 1) {
        return words.get("period.monthly");
      }
      if (months == 3) {
        return words.get("period.quarterly");
      }
      if (months == 12) {
        return words.get("period.annually");
      }
      return months % 12 == 0 ? words.get("period.every_years", months / 12) : words.get("period.every_months", months);
    }
    if (months == 0) {
      if (p.getDays() == 1) {
        return words.get("period.daily");
      }
      if (p.getDays() == 7) {
        return words.get("period.weekly");
      }
      return words.get("period.every_days", p.getDays());
    }
    return words.get("period.every", p.toString());
  }
}
