package dev.govern.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A KPI's values name exactly its target's segments, one period each, oldest first. */
class KpiValuesTest {
  @TempDir Path dir;

  /** A KPI with {@code target}; its values start at line 8. */
  private Path kpi(String target, String... values) {
    Path data = Fixture.minimal(dir);
    StringBuilder text = new StringBuilder("""
        categories:
          - id: ops
            name: Operations
            kpis:
              - id: detection
                kpi: Detection rate
                target: %s
                values:
        """.formatted(target));
    for (String v : values) {
      text.append("          - ").append(v).append('\n');
    }
    Fixture.write(data, "kpis.yaml", text.toString());
    return data;
  }

  @Test
  void segmentedValuesMatchingTheTargetAreFine() {
    Path data = kpi("{ critical: \">99%\", high: \">95%\" }", "{ period: 2026-01, critical: 97, high: 96.1 }");

    assertThat(Fixture.problems(data)).isEmpty();
  }

  @Test
  void valueMissingASegmentIsAnError() {
    Path data = kpi("{ critical: \">99%\", high: \">95%\" }", "{ period: 2026-01, critical: 97 }");

    assertThat(Fixture.problems(data)).containsExactly("data/kpis.yaml:9:13: error: KPI detection, 2026-01:"
        + " missing a value for 'high' (the target's segments are 'critical', 'high')");
  }

  @Test
  void valueForASegmentWithNoTargetIsAnErrorAtThatSegment() {
    Path data = kpi("{ critical: \">99%\", high: \">95%\" }", "{ period: 2026-01, critical: 97, high: 96, low: 90 }");

    assertThat(Fixture.problems(data)).containsExactly("data/kpis.yaml:9:56: error: KPI detection, 2026-01:"
        + " no target for 'low' (the target's segments are 'critical', 'high')");
  }

  @Test
  void singleTargetTakesValueOnly() {
    Path data = kpi("\">90%\"", "{ period: 2026-01, valeu: 91 }");

    assertThat(Fixture.problems(data)).containsExactly("data/kpis.yaml:9:32: error: KPI detection, 2026-01:"
        + " no target for 'valeu'; missing a value for 'value' (the target's segments are 'value')");
  }

  @Test
  void periodsMustBeInOrder() {
    Path data = kpi("\">90%\"", "{ period: 2026-02, value: 91 }", "{ period: 2026-01, value: 92 }");

    assertThat(Fixture.problems(data)).containsExactly("data/kpis.yaml:10:15: error: KPI detection: period 2026-01"
        + " must come after 2026-02 (values are listed oldest first, one per period)");
  }

  @Test
  void aPeriodTwiceIsAnError() {
    Path data = kpi("\">90%\"", "{ period: 2026-01, value: 91 }", "{ period: 2026-01, value: 92 }");

    assertThat(Fixture.problems(data)).containsExactly("data/kpis.yaml:10:15: error: KPI detection: period 2026-01"
        + " is given twice (values are one per period, oldest first)");
  }

  @Test
  void periodMustBeARealMonth() {
    Path data = kpi("\">90%\"", "{ period: 2026-13, value: 91 }");

    assertThat(Fixture.problems(data)).containsExactly("data/kpis.yaml:9:23: error: '2026-13' is not a real month");
  }

  @Test
  void valueMustBeANumber() {
    Path data = kpi("\">90%\"", "{ period: 2026-01, value: 91% }");

    assertThat(Fixture.problems(data)).containsExactly(
        "data/kpis.yaml:9:39: error: expected a number such as 97 or 96.5, found '91%'");
  }
}
