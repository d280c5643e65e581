package dev.govern.provenance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.govern.analysis.Analysis;
import dev.govern.analysis.Coverage;
import dev.govern.analysis.Heatmap;
import dev.govern.analysis.KpiStatus;
import dev.govern.analysis.MaturityAssessment;
import dev.govern.analysis.UnearnedCredit;
import dev.govern.model.Control;
import dev.govern.model.Governance;
import dev.govern.model.Risk;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the report states, as JSON an auditor's tools read without retyping tables: maturity and
 * gaps, control statuses and evidence freshness, risk levels and heatmap cells, KPI statuses and
 * framework coverage, with the provenance of the data. Built from the same {@link Analysis} the
 * pages are, so the numbers are the ones printed.
 */
public final class ReportFacts {
  /** Bumped when a key changes meaning or goes away; new keys do not bump it. */
  public static final String SCHEMA_VERSION = "1";

  private ReportFacts() {}

  /** The facts as UTF-8 JSON, keys in a fixed order. */
  public static byte[] json(Governance g, Analysis a, Provenance p) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema_version", SCHEMA_VERSION);
    root.put("organization", g.organization().name());
    root.put("document", g.document().title());
    root.put("provenance", p.asMap());
    root.put("maturity", maturity(a.maturity()));
    root.put("controls", controls(a));
    root.put("risk_appetite", a.appetite() == null ? null : ordered(
        "appetite", a.appetite().level() == null ? null : a.appetite().level().id(),
        "accepted_level", a.appetite().accepted().id(),
        "risks_above", a.appetite().above().stream().map(Risk::id).toList()));
    root.put("risks", risks(g, a));
    root.put("heatmaps", List.of(heatmap(a.inherent()), heatmap(a.residual())));
    root.put("kpis", kpis(a));
    root.put("coverage", coverage(a));
    Analysis.Totals t = a.totals();
    root.put("totals", ordered("implemented", t.implemented(), "partial", t.partial(), "planned", t.planned(),
        "not_implemented", t.notImplemented(), "kpi_met", t.kpiMet(), "kpi_missed", t.kpiMissed(),
        "kpi_no_data", t.kpiNoData(), "overdue", t.overdue()));
    try {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      return (mapper.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plain maps and lists always serialize", e);
    }
  }

  private static Map<String, Object> maturity(MaturityAssessment m) {
    return ordered(
        "current_level", m.current() == null ? null : m.current().level(),
        "level_name", m.current() == null ? null : m.current().name(),
        "next_level", m.next() == null ? null : m.next().level(),
        "gaps_to_next_level", m.gaps());
  }

  private static List<Object> controls(Analysis a) {
    List<Object> out = new ArrayList<>();
    for (Control c : a.controls()) {
      List<Object> evidence = new ArrayList<>();
      for (Analysis.EvidenceEntry e : a.evidence()) {
        if (e.control() == c) {
          evidence.add(ordered("name", e.evidence().name(), "date", text(e.evidence().date()),
              "due", text(e.due()), "freshness", e.freshness().id(), "location", e.evidence().location()));
        }
      }
      boolean reviewOverdue = a.overdueReviews().stream().anyMatch(r -> r.kind().equals("control") && r.id().equals(c.id()));
      out.add(ordered("id", c.id(), "name", c.name(), "domain", c.domain(), "status", c.status().id(),
          "owner", c.owner(), "last_reviewed", text(c.lastReviewed()), "review_overdue", reviewOverdue,
          "evidence", evidence));
    }
    return out;
  }

  /**
   * Each risk with its levels; {@code unearned_reduction} says when the residual level is below the
   * inherent one while none of its controls is implemented ("partly" when some are partial), as the
   * report flags it.
   */
  private static List<Object> risks(Governance g, Analysis a) {
    List<Object> out = new ArrayList<>();
    for (Risk r : g.risks()) {
      UnearnedCredit unearned = a.unearned().get(r.id());
      out.add(ordered("id", r.id(), "category", r.category(), "likelihood", r.likelihood(), "impact", r.impact(),
          "inherent_level", r.inherentRisk(), "residual_likelihood", r.residualLikelihood(),
          "residual_impact", r.residualImpact(), "residual_level", r.residualRisk(), "controls", r.controls(),
          "above_appetite", a.appetite() != null && a.appetite().isAbove(r.id()),
          "unearned_reduction", unearned == null ? null : unearned.partlyEarned() ? "partly" : "unearned"));
    }
    return out;
  }

  private static Map<String, Object> heatmap(Heatmap h) {
    List<Object> cells = new ArrayList<>();
    for (Heatmap.Row row : h.rows()) {
      for (Heatmap.Cell cell : row.cells()) {
        cells.add(ordered("likelihood", cell.likelihood().id(), "impact", cell.impact().id(),
            "level", cell.level().id(), "risks", cell.risks().stream().map(Risk::id).toList()));
      }
    }
    return ordered("kind", h.kind(), "cells", cells, "unplaced", h.unplaced().stream().map(Risk::id).toList());
  }

  private static List<Object> kpis(Analysis a) {
    List<Object> out = new ArrayList<>();
    for (KpiStatus k : a.kpis()) {
      List<Object> segments = new ArrayList<>();
      for (KpiStatus.SegmentStatus s : k.segments()) {
        segments.add(ordered("segment", s.target().segment(), "target", s.target().text(),
            "latest", s.latest() == null ? null : s.latest().toPlainString(),
            "period", s.period() == null ? null : s.period().toString(), "status", s.outcome().id()));
      }
      out.add(ordered("id", k.kpi().id(), "name", k.kpi().name(), "category", k.category(),
          "status", k.outcome().id(), "segments", segments));
    }
    return out;
  }

  private static List<Object> coverage(Analysis a) {
    List<Object> out = new ArrayList<>();
    for (Coverage c : a.coverage()) {
      List<Object> items = new ArrayList<>();
      for (Coverage.ItemCoverage i : c.items()) {
        items.add(ordered("id", i.item().id(), "requirement", i.requirement(),
            "controls", i.controls().stream().map(Control::id).toList()));
      }
      out.add(ordered("framework", c.catalogue().id(), "requirements", c.requirements(), "covered", c.covered(),
          "implemented", c.implemented(), "items", items));
    }
    return out;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  /** A map of the given key/value pairs, in that order. */
  static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}
