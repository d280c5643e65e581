package dev.govern.analysis;

import dev.govern.model.Catalogue;
import dev.govern.model.CatalogueItem;
import dev.govern.model.Classification;
import dev.govern.model.Control;
import dev.govern.model.Domain;
import dev.govern.model.Evidence;
import dev.govern.model.Governance;
import dev.govern.model.KpiCategory;
import dev.govern.model.MaturityLevel;
import dev.govern.model.Policy;
import dev.govern.model.Risk;
import dev.govern.model.RiskLevel;
import dev.govern.model.Status;
import dev.govern.model.Tool;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Every result the outputs show, computed once from the model as of one date. The site and the
 * PDF are both rendered from one instance, so their numbers are the same by construction.
 *
 * @param controls every control in domain order (the order of governance.yaml's domains), then in
 *     the data's order: the order every listing uses
 * @param unearned the risks whose residual level is below the inherent one with no implemented
 *     control, by risk id in the register's order
 * @param appetite the risk appetite and the risks above it; null only for a matrix without levels
 */
public record Analysis(
    LocalDate asOf,
    List<Control> controls,
    MaturityAssessment maturity,
    List<DomainCounts> domains,
    Heatmap inherent,
    Heatmap residual,
    List<LevelCount> riskPosture,
    List<Coverage> coverage,
    List<Control> unmappedControls,
    List<KpiStatus> kpis,
    List<EvidenceEntry> evidence,
    List<ReviewEntry> overdueReviews,
    Map<String, ControlLinks> links,
    List<AccessRow> access,
    Totals totals,
    Map<String, UnearnedCredit> unearned,
    RiskAppetite appetite) {

  /** The headline counts of the dashboard and the executive summary. */
  public record Totals(
      int implemented, int partial, int planned, int notImplemented, int kpiMet, int kpiMissed, int kpiNoData,
      int overdue) {}

  /** Controls of a domain, and their count by status id, most advanced status first. */
  public record DomainCounts(Domain domain, List<Control> controls, Map<String, Integer> byStatus) {
    public int count(Status status) {
      return byStatus.getOrDefault(status.id(), 0);
    }
  }

  /** How many risks sit at a level, inherent and residual. */
  public record LevelCount(RiskLevel level, int inherent, int residual) {}

  /** An evidence item with its control and freshness; {@code due} is null when undated or no cadence. */
  public record EvidenceEntry(Control control, Evidence evidence, Freshness freshness, LocalDate due) {}

  /** A control or policy review that is overdue. */
  public record ReviewEntry(String kind, String id, String title, LocalDate lastReviewed, LocalDate due) {}

  /** Reverse links of a control: who relies on it. */
  public record ControlLinks(
      List<Risk> risks, List<MaturityLevel> levels, List<MappedItem> items, List<Policy> policies) {}

  /** A catalogue item a control maps to; {@code title} is null when the item is unknown. */
  public record MappedItem(Catalogue catalogue, String itemId, String title) {}

  /** One classification's row of the classification × tool access matrix. */
  public record AccessRow(Classification classification, List<Boolean> allowed) {}

  public static Analysis of(Governance g, LocalDate asOf) {
    MaturityAssessment maturity = MaturityAssessment.of(g.maturity(), g.controls());

    List<DomainCounts> domains = new ArrayList<>();
    for (Domain d : g.domains()) {
      List<Control> controls = g.controls().stream().filter(c -> c.domain().equals(d.id())).toList();
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (int s = Status.values().length - 1; s >= 0; s--) {
        Status status = Status.values()[s];
        counts.put(status.id(), (int) controls.stream().filter(c -> c.status() == status).count());
      }
      domains.add(new DomainCounts(d, controls, counts));
    }

    List<LevelCount> posture = new ArrayList<>();
    for (RiskLevel l : g.matrix().levels()) {
      posture.add(0, new LevelCount(l,
          (int) g.risks().stream().filter(r -> l.id().equals(r.inherentRisk())).count(),
          (int) g.risks().stream().filter(r -> l.id().equals(r.residualRisk())).count()));
    }

    List<Coverage> coverage = g.catalogues().stream().map(c -> Coverage.of(c, g.controls())).toList();
    List<Control> unmapped = g.controls().stream().filter(c -> c.mappings().isEmpty()).toList();

    List<KpiStatus> kpis = new ArrayList<>();
    for (KpiCategory category : g.kpiCategories()) {
      category.kpis().forEach(k -> kpis.add(KpiStatus.of(k, category.name())));
    }

    List<Control> ordered = new ArrayList<>();
    domains.forEach(d -> ordered.addAll(d.controls()));
    Set<Control> placed = new HashSet<>(ordered);
    for (Control c : g.controls()) {
      if (placed.add(c)) {
        ordered.add(c);
      }
    }

    List<EvidenceEntry> evidence = new ArrayList<>();
    List<ReviewEntry> reviews = new ArrayList<>();
    for (Control c : ordered) {
      for (Evidence e : c.evidence()) {
        LocalDate due = e.date() == null || c.reviewEvery() == null ? null : e.date().plus(c.reviewEvery());
        evidence.add(new EvidenceEntry(c, e, Freshness.of(e.date(), c.reviewEvery(), asOf), due));
      }
      if (Freshness.of(c.lastReviewed(), c.reviewEvery(), asOf) == Freshness.OVERDUE) {
        reviews.add(new ReviewEntry("control", c.id(), c.name(), c.lastReviewed(), c.lastReviewed().plus(c.reviewEvery())));
      }
    }
    for (Policy p : g.policies()) {
      if (Freshness.of(p.lastReviewed(), p.reviewEvery(), asOf) == Freshness.OVERDUE) {
        reviews.add(new ReviewEntry("policy", p.id(), p.title(), p.lastReviewed(), p.lastReviewed().plus(p.reviewEvery())));
      }
    }

    // Reverse indexes, each built in one pass in the order of its source list, so that every
    // control's links keep that order (the risk register's, the levels', the policies').
    Map<String, List<Risk>> risksByControl = byControl(g.risks(), Risk::controls);
    Map<String, List<MaturityLevel>> levelsByControl =
        byControl(g.maturity().levels(), l -> l.requiredControls(g.controls()));
    Map<String, List<Policy>> policiesByControl = byControl(g.policies(), Policy::controls);
    Map<String, Catalogue> cataloguesById = new HashMap<>();
    g.catalogues().forEach(cat -> cataloguesById.putIfAbsent(cat.id(), cat));
    Map<Catalogue, Map<String, CatalogueItem>> itemsByCatalogue = new IdentityHashMap<>();
    Map<String, ControlLinks> links = new LinkedHashMap<>();
    for (Control c : g.controls()) {
      List<MappedItem> items = new ArrayList<>();
      c.mappings().forEach((framework, ids) -> {
        Catalogue cat = cataloguesById.get(framework);
        if (cat != null) {
          Map<String, CatalogueItem> byId = itemsByCatalogue.computeIfAbsent(cat, Analysis::itemsById);
          ids.forEach(id -> {
            CatalogueItem item = byId.get(id);
            items.add(new MappedItem(cat, id, item == null ? null : item.title()));
          });
        }
      });
      links.put(c.id(), new ControlLinks(risksByControl.getOrDefault(c.id(), List.of()),
          levelsByControl.getOrDefault(c.id(), List.of()), items, policiesByControl.getOrDefault(c.id(), List.of())));
    }

    List<AccessRow> access = new ArrayList<>();
    for (Classification c : g.classifications()) {
      List<Boolean> allowed = new ArrayList<>();
      for (Tool t : g.tools()) {
        allowed.add(c.allows(t));
      }
      access.add(new AccessRow(c, allowed));
    }

    Totals totals = new Totals(count(g, Status.IMPLEMENTED), count(g, Status.PARTIAL), count(g, Status.PLANNED),
        count(g, Status.NOT_IMPLEMENTED), count(kpis, KpiStatus.Outcome.MET), count(kpis, KpiStatus.Outcome.MISSED),
        count(kpis, KpiStatus.Outcome.NO_DATA),
        (int) evidence.stream().filter(e -> e.freshness() == Freshness.OVERDUE).count() + reviews.size());
    return new Analysis(asOf, List.copyOf(ordered), maturity, domains, Heatmap.inherent(g.matrix(), g.risks()),
        Heatmap.residual(g.matrix(), g.risks()), posture, coverage, unmapped, kpis, evidence, reviews,
        links, access, totals, UnearnedCredit.of(g), RiskAppetite.of(g));
  }

  /**
   * For each control id, the elements that name it, in list order and each once (as filtering the
   * list with {@code ids.contains(id)} would give).
   */
  private static <T> Map<String, List<T>> byControl(List<T> elements, Function<T, List<String>> ids) {
    Map<String, List<T>> out = new HashMap<>();
    for (T element : elements) {
      for (String id : ids.apply(element)) {
        List<T> list = out.computeIfAbsent(id, k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != element) {
          list.add(element);
        }
      }
    }
    out.replaceAll((id, list) -> List.copyOf(list));
    return out;
  }

  /** A catalogue's items by id, the first of each id (as {@link Catalogue#item} finds). */
  private static Map<String, CatalogueItem> itemsById(Catalogue catalogue) {
    Map<String, CatalogueItem> out = new HashMap<>();
    catalogue.items().forEach(i -> out.putIfAbsent(i.id(), i));
    return out;
  }

  private static int count(Governance g, Status status) {
    return (int) g.controls().stream().filter(c -> c.status() == status).count();
  }

  private static int count(List<KpiStatus> kpis, KpiStatus.Outcome outcome) {
    return (int) kpis.stream().filter(k -> k.outcome() == outcome).count();
  }

  public List<EvidenceEntry> overdueEvidence() {
    return evidence.stream().filter(e -> e.freshness() == Freshness.OVERDUE).toList();
  }

}
