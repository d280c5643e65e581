package dev.govern.history;

import java.util.List;
import java.util.Objects;

/**
 * The governance state over time: one point per commit that changed the data (or per tag), oldest
 * first. Commits whose data does not load are left out (the history's notes say which).
 *
 * @param statuses the keys of every point's {@code controlsByStatus}, most advanced first
 * @param riskLevels the keys of every point's {@code risksByResidual}, lowest first: the newest
 *     point's matrix levels, then levels only older matrices had
 * @param kpiOutcomes the keys of every point's {@code kpisByOutcome}
 */
public record Trend(By by, List<String> statuses, List<String> riskLevels, List<String> kpiOutcomes,
    List<TrendPoint> points) {

  /** What a point stands for. */
  public enum By {
    /** Every commit that changed the data. */
    COMMIT("commit"),
    /** Every tag reachable from HEAD. */
    TAG("tag");

    private final String id;

    By(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  public Trend {
    Objects.requireNonNull(by, "by");
    statuses = List.copyOf(statuses);
    riskLevels = List.copyOf(riskLevels);
    kpiOutcomes = List.copyOf(kpiOutcomes);
    points = List.copyOf(points);
  }

  public boolean isEmpty() {
    return points.isEmpty();
  }
}
