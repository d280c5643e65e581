package dev.govern.analysis;

import dev.govern.model.Kpi;
import dev.govern.model.KpiValue;
import dev.govern.model.Target;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A KPI's latest value against its target, per segment, and the overall status: missed when any
 * segment misses, met when all are met, no data when there is no value at all.
 */
public record KpiStatus(Kpi kpi, String category, Outcome outcome, List<SegmentStatus> segments) {

  /** met, missed or no data. */
  public enum Outcome {
    MET("met", "Met"),
    MISSED("missed", "Missed"),
    NO_DATA("no_data", "No data");

    private final String id;
    private final String label;

    Outcome(String id, String label) {
      this.id = id;
      this.label = label;
    }

    public String id() {
      return id;
    }

    public String label() {
      return label;
    }
  }

  /** Direction of the latest change, judged by the target's direction. */
  public enum Trend {
    IMPROVING("improving", "Improving"),
    WORSENING("worsening", "Worsening"),
    STEADY("steady", "Steady"),
    NONE("none", "Not enough data");

    private final String id;
    private final String label;

    Trend(String id, String label) {
      this.id = id;
      this.label = label;
    }

    public String id() {
      return id;
    }

    public String label() {
      return label;
    }
  }

  /** One segment: its target, latest value and period (null without data), status and trend. */
  public record SegmentStatus(Target target, BigDecimal latest, YearMonth period, Outcome outcome, Trend trend) {
    /** The latest value with the target's unit ("97.5%", "30 hours"), or "no data". */
    public String latestText() {
      return latest == null ? "no data" : KpiStatus.withUnit(latest, target.unit());
    }
  }

  /** A number with a unit as people write it: "97.5%", "30 hours". */
  public static String withUnit(BigDecimal value, String unit) {
    String number = value.stripTrailingZeros().scale() < 0 ? value.setScale(0).toPlainString()
        : value.stripTrailingZeros().toPlainString();
    return unit.isEmpty() ? number : unit.equals("%") ? number + "%" : number + " " + unit;
  }

  public KpiStatus {
    segments = List.copyOf(segments);
  }

  public static KpiStatus of(Kpi kpi, String category) {
    List<SegmentStatus> segments = new ArrayList<>();
    for (Target target : kpi.targets()) {
      List<KpiValue> withSegment = kpi.values().stream()
          .filter(v -> v.values().containsKey(target.segment())).toList();
      if (withSegment.isEmpty()) {
        segments.add(new SegmentStatus(target, null, null, Outcome.NO_DATA, Trend.NONE));
        continue;
      }
      KpiValue last = withSegment.get(withSegment.size() - 1);
      BigDecimal latest = last.values().get(target.segment());
      Outcome outcome = target.isMetBy(latest) ? Outcome.MET : Outcome.MISSED;
      Trend trend = Trend.NONE;
      if (withSegment.size() > 1) {
        BigDecimal previous = withSegment.get(withSegment.size() - 2).values().get(target.segment());
        int c = latest.compareTo(previous);
        boolean up = target.comparison().higherIsBetter();
        trend = c == 0 ? Trend.STEADY : (c > 0) == up ? Trend.IMPROVING : Trend.WORSENING;
      }
      segments.add(new SegmentStatus(target, latest, last.period(), outcome, trend));
    }
    Outcome overall;
    if (segments.stream().allMatch(s -> s.outcome() == Outcome.NO_DATA)) {
      overall = Outcome.NO_DATA;
    } else if (segments.stream().anyMatch(s -> s.outcome() == Outcome.MISSED)) {
      overall = Outcome.MISSED;
    } else if (segments.stream().anyMatch(s -> s.outcome() == Outcome.NO_DATA)) {
      overall = Outcome.NO_DATA;
    } else {
      overall = Outcome.MET;
    }
    return new KpiStatus(kpi, category, overall, segments);
  }
}
