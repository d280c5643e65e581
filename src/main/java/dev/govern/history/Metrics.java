package dev.govern.history;

import dev.govern.analysis.KpiStatus;
import dev.govern.analysis.MaturityAssessment;
import dev.govern.model.Control;
import dev.govern.model.Governance;
import dev.govern.model.KpiCategory;
import dev.govern.model.Risk;
import dev.govern.model.Status;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers a trend point shows, computed from one data tree. Small on purpose: a history keeps
 * one per distinct tree, never the models themselves.
 *
 * @param risksByResidual every level of the matrix, lowest first, with its count of risks
 */
record Metrics(Integer maturityLevel, String maturityName, Map<String, Integer> controlsByStatus,
    Map<String, Integer> risksByResidual, Map<String, Integer> kpisByOutcome) {

  static final List<String> STATUSES = statusesMostAdvancedFirst();
  static final List<String> OUTCOMES = List.of(KpiStatus.Outcome.MET.id(), KpiStatus.Outcome.MISSED.id(),
      KpiStatus.Outcome.NO_DATA.id());

  Metrics {
    controlsByStatus = Collections.unmodifiableMap(new LinkedHashMap<>(controlsByStatus));
    risksByResidual = Collections.unmodifiableMap(new LinkedHashMap<>(risksByResidual));
    kpisByOutcome = Collections.unmodifiableMap(new LinkedHashMap<>(kpisByOutcome));
  }

  static Metrics of(Governance g) {
    MaturityAssessment maturity = MaturityAssessment.of(g.maturity(), g.controls());
    Map<String, Integer> controls = new LinkedHashMap<>();
    STATUSES.forEach(s -> controls.put(s, 0));
    for (Control c : g.controls()) {
      controls.merge(c.status().id(), 1, Integer::sum);
    }
    Map<String, Integer> risks = new LinkedHashMap<>();
    g.matrix().levels().forEach(l -> risks.put(l.id(), 0));
    for (Risk r : g.risks()) {
      if (r.residualRisk() != null) {
        risks.merge(r.residualRisk(), 1, Integer::sum);
      }
    }
    Map<String, Integer> kpis = new LinkedHashMap<>();
    OUTCOMES.forEach(o -> kpis.put(o, 0));
    for (KpiCategory category : g.kpiCategories()) {
      category.kpis().forEach(k -> kpis.merge(KpiStatus.of(k, category.name()).outcome().id(), 1, Integer::sum));
    }
    return new Metrics(maturity.current() == null ? null : maturity.current().level(),
        maturity.current() == null ? null : maturity.current().name(), controls, risks, kpis);
  }

  private static List<String> statusesMostAdvancedFirst() {
    Status[] all = Status.values();
    String[] ids = new String[all.length];
    for (Status s : all) {
      ids[all.length - 1 - s.rank()] = s.id();
    }
    return List.of(ids);
  }
}
