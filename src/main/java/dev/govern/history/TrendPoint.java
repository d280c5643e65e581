package dev.govern.history;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The governance state at one commit, in numbers. Every map has one entry per key of its
 * {@link Trend} list (zero when none), in that order, so charts can draw series straight across.
 *
 * @param maturityLevel the maturity level reached; null when not even the lowest level is
 * @param maturityName that level's name; null with it
 * @param controlsByStatus control count by status id, most advanced status first
 * @param risksByResidual risk count by residual level id, lowest level first
 * @param kpisByOutcome KPI count by outcome id: met, missed, no_data
 */
public record TrendPoint(String commit, Instant date, String subject, List<String> tags, Integer maturityLevel,
    String maturityName, Map<String, Integer> controlsByStatus, Map<String, Integer> risksByResidual,
    Map<String, Integer> kpisByOutcome) {

  public TrendPoint {
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(date, "date");
    tags = List.copyOf(tags);
    controlsByStatus = Collections.unmodifiableMap(new LinkedHashMap<>(controlsByStatus));
    risksByResidual = Collections.unmodifiableMap(new LinkedHashMap<>(risksByResidual));
    kpisByOutcome = Collections.unmodifiableMap(new LinkedHashMap<>(kpisByOutcome));
  }

  public String shortCommit() {
    return Snapshot.abbreviate(commit);
  }
}
