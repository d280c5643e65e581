package dev.govern.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.model.Comparison;
import dev.govern.model.Target;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A KPI target is OP NUMBER UNIT?; anything else is an error at the target's line. */
class KpiTargetTest {
  @TempDir Path dir;

  /** A KPI without values whose target (line 7, column 17) is {@code target}. */
  private Path kpiWithTarget(String target) {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "kpis.yaml", """
        categories:
          - id: ops
            name: Operations
            kpis:
              - id: coverage
                kpi: Coverage
                target: %s
        """.formatted(target));
    return data;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'\">90%\"'       | ABOVE    | 90  | %",
      "'\"<24 hours\"'  | BELOW    | 24  | hours",
      "'\">=95%\"'      | AT_LEAST | 95  | %",
      "'\"=100%\"'      | EQUAL    | 100 | %",
      "'\"<=2.5 days\"' | AT_MOST  | 2.5 | days",
      "'\"> 0\"'        | ABOVE    | 0   | ''"})
  void targetIsParsed(String yaml, Comparison comparison, String number, String unit) {
    Target target = Fixture.governance(kpiWithTarget(yaml)).kpis().get(0).targets().get(0);

    assertThat(target.segment()).isEqualTo(Target.SINGLE);
    assertThat(target.comparison()).isEqualTo(comparison);
    assertThat(target.number()).isEqualByComparingTo(new BigDecimal(number));
    assertThat(target.unit()).isEqualTo(unit);
  }

  @ParameterizedTest
  @ValueSource(strings = {"90%", ">> 5", "> abc", "about 90%", ">90%%"})
  void malformedTargetIsAnErrorAtItsLine(String target) {
    Path data = kpiWithTarget("\"" + target + "\"");

    assertThat(Fixture.problems(data)).containsExactly("data/kpis.yaml:7:17: error: target '" + target
        + "' is not OPERATOR NUMBER UNIT, e.g. \">90%\", \"<24 hours\", \"=100%\" (operators: > >= < <= =)");
  }

  @Test
  void segmentTargetsAreParsedInOrder() {
    Path data = kpiWithTarget("{ critical: \">99%\", high: \">95%\" }");

    assertThat(Fixture.governance(data).kpis().get(0).targetText()).isEqualTo("critical >99%, high >95%");
  }

  @Test
  void malformedSegmentTargetIsAnErrorAtTheSegment() {
    Path data = kpiWithTarget("{ critical: \">99%\", high: \"95%\" }");

    assertThat(Fixture.problems(data)).containsExactly("data/kpis.yaml:7:43: error: target '95%'"
        + " is not OPERATOR NUMBER UNIT, e.g. \">90%\", \"<24 hours\", \"=100%\" (operators: > >= < <= =)");
  }

  @Test
  void valueIsReservedForSingleTargets() {
    Path data = kpiWithTarget("{ value: \">99%\" }");

    assertThat(Fixture.problems(data)).containsExactly(
        "data/kpis.yaml:7:26: error: 'value' is reserved for single targets; name the segment");
  }

  @Test
  void missingTargetIsAnError() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "kpis.yaml", """
        categories:
          - id: ops
            name: Operations
            kpis:
              - id: coverage
                kpi: Coverage
        """);

    assertThat(Fixture.problems(data)).containsExactly("data/kpis.yaml:5:9: error: missing required key 'target'");
  }
}
