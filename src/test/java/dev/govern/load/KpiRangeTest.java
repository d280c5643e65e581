package dev.govern.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** KPI values and targets within their unit's range, and the decimal comma explained (issue 11). */
class KpiRangeTest {
  @TempDir Path dir;

  private Path kpi(String target, String value) {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "kpis.yaml", """
        categories:
          - id: ops
            name: Operations
            kpis:
              - id: coverage
                kpi: Coverage
                target: "%s"
                values:
                  - { period: 2026-01, value: %s }
        """.formatted(target, value));
    return data;
  }

  @ParameterizedTest
  @ValueSource(strings = {"-5", "150", "100.01", "-0.1"})
  void percentageOutsideZeroToHundredIsAnErrorAtTheValue(String value) {
    assertThat(Fixture.problems(kpi(">90%", value))).containsExactly("data/kpis.yaml:9:39: error: " + value
        + "% is not a percentage: percentages are from 0 to 100");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "100", "99.9"})
  void percentageWithinRangeIsAccepted(String value) {
    assertThat(Fixture.problems(kpi(">90%", value))).noneMatch(p -> p.contains("error"));
  }

  @Test
  void negativeDurationIsAnError() {
    assertThat(Fixture.problems(kpi("<24 hours", "-3"))).containsExactly(
        "data/kpis.yaml:9:39: error: -3 hours is negative: a duration is 0 or more");
  }

  @Test
  void unitlessValueMayBeNegative() {
    assertThat(Fixture.problems(kpi(">-10", "-3"))).noneMatch(p -> p.contains("error"));
  }

  @Test
  void targetOutsideTheRangeIsAnErrorAtTheTarget() {
    assertThat(Fixture.problems(kpi(">150%", "90"))).containsExactly(
        "data/kpis.yaml:7:17: error: 150% is not a percentage: percentages are from 0 to 100");
  }

  @Test
  void decimalCommaInAFlowMapIsExplained() {
    assertThat(Fixture.problems(kpi(">90%", "80,5"))).containsExactly("data/kpis.yaml:9:42: error: 'value: 80,5'"
        + " reads as two entries, as a comma separates entries in { }; write decimals with a point: 80.5");
  }

  @Test
  void decimalCommaInABlockMapIsExplained() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "kpis.yaml", """
        categories:
          - id: ops
            name: Operations
            kpis:
              - id: coverage
                kpi: Coverage
                target: ">90%"
                values:
                  - period: 2026-01
                    value: 80,5
        """);

    assertThat(Fixture.problems(data)).containsExactly("data/kpis.yaml:10:20: error: expected a number such as 97 or"
        + " 96.5, found '80,5'; write decimals with a point: 80.5");
  }
}
