package dev.govern.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.analysis.KpiStatus.Outcome;
import dev.govern.analysis.KpiStatus.Trend;
import dev.govern.model.Comparison;
import dev.govern.model.Kpi;
import dev.govern.model.KpiValue;
import dev.govern.model.Target;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A KPI's latest value against its target per segment: met, missed or no data, and the trend. */
class KpiStatusTest {
  private static Target target(String segment, Comparison op, String number) {
    return new Target(segment, op, new BigDecimal(number), "%", op.symbol() + number + "%");
  }

  /** Values per month from 2026-01; each row is segment → value. */
  @SafeVarargs
  private static Kpi kpi(List<Target> targets, Map<String, String>... rows) {
    List<KpiValue> values = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      Map<String, BigDecimal> v = new LinkedHashMap<>();
      rows[i].forEach((k, n) -> v.put(k, new BigDecimal(n)));
      values.add(new KpiValue(YearMonth.of(2026, 1 + i), v));
    }
    return new Kpi("k", "K", null, null, targets, values);
  }

  private static final List<Target> ABOVE_90 = List.of(target(Target.SINGLE, Comparison.ABOVE, "90"));
  private static final List<Target> BELOW_24 = List.of(target(Target.SINGLE, Comparison.BELOW, "24"));

  @Test
  void latestValueMeetingTheTargetIsMet() {
    KpiStatus s = KpiStatus.of(kpi(ABOVE_90, Map.of("value", "80"), Map.of("value", "92.5")), "Ops");

    assertThat(s.outcome()).isEqualTo(Outcome.MET);
    assertThat(s.segments().get(0).latest()).isEqualByComparingTo("92.5");
    assertThat(s.segments().get(0).period()).isEqualTo(YearMonth.of(2026, 2));
  }

  @Test
  void theBoundaryOfAStrictTargetIsMissed() {
    assertThat(KpiStatus.of(kpi(ABOVE_90, Map.of("value", "90")), "Ops").outcome()).isEqualTo(Outcome.MISSED);
  }

  @Test
  void noValuesIsNoData() {
    KpiStatus s = KpiStatus.of(kpi(ABOVE_90), "Ops");

    assertThat(s.outcome()).isEqualTo(Outcome.NO_DATA);
    assertThat(s.segments().get(0).trend()).isEqualTo(Trend.NONE);
  }

  @Test
  void anySegmentMissedIsMissed() {
    List<Target> two = List.of(target("critical", Comparison.ABOVE, "99"), target("high", Comparison.ABOVE, "95"));

    KpiStatus s = KpiStatus.of(kpi(two, Map.of("critical", "99.5", "high", "94")), "Security");

    assertThat(s.outcome()).isEqualTo(Outcome.MISSED);
    assertThat(s.segments()).extracting(KpiStatus.SegmentStatus::outcome).containsExactly(Outcome.MET, Outcome.MISSED);
  }

  @Test
  void risingValueImprovesWhenHigherIsBetter() {
    KpiStatus s = KpiStatus.of(kpi(ABOVE_90, Map.of("value", "80"), Map.of("value", "85")), "Ops");

    assertThat(s.segments().get(0).trend()).isEqualTo(Trend.IMPROVING);
  }

  @Test
  void risingValueWorsensWhenLowerIsBetter() {
    KpiStatus s = KpiStatus.of(kpi(BELOW_24, Map.of("value", "30"), Map.of("value", "31")), "Ops");

    assertThat(s.outcome()).isEqualTo(Outcome.MISSED);
    assertThat(s.segments().get(0).trend()).isEqualTo(Trend.WORSENING);
  }

  @Test
  void sameValueIsSteadyAndOneValueHasNoTrend() {
    assertThat(KpiStatus.of(kpi(ABOVE_90, Map.of("value", "91"), Map.of("value", "91.0")), "Ops")
        .segments().get(0).trend()).isEqualTo(Trend.STEADY);
    assertThat(KpiStatus.of(kpi(ABOVE_90, Map.of("value", "91")), "Ops").segments().get(0).trend())
        .isEqualTo(Trend.NONE);
  }

  @Test
  void shippedKpisHaveSomeMetAndSomeMissed() {
    var g = dev.govern.load.Fixture.governance(dev.govern.load.Fixture.SHIPPED);

    List<Outcome> outcomes = g.kpiCategories().stream()
        .flatMap(c -> c.kpis().stream().map(k -> KpiStatus.of(k, c.name()).outcome())).toList();

    assertThat(outcomes).hasSize(10).contains(Outcome.MET, Outcome.MISSED);
  }
}
