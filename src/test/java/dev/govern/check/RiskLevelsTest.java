package dev.govern.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import dev.govern.model.Risk;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A risk's positions are on the matrix's scales and its given levels agree with the matrix. */
class RiskLevelsTest {
  @TempDir Path dir;

  /** One risk (R-1, controls C-1 and C-2) whose fields after {@code controls} are {@code rest}. */
  private Path risk(String likelihood, String impact, String rest) {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "risks.yaml", """
        risks:
          - id: R-1
            description: First risk
            likelihood: %s
            impact: %s
            controls: [C-1, C-2]
        %s""".formatted(likelihood, impact, rest.indent(4)));
    return data;
  }

  @Test
  void givenInherentLevelMustAgreeWithTheMatrix() {
    Path data = risk("likely", "major", "inherent_risk: medium\nresidual_risk: low");

    assertThat(Fixture.problems(data)).containsExactly("data/risks.yaml:7:20: error: risk R-1: inherent_risk is"
        + " 'medium' but the matrix puts likely × major at 'high'");
  }

  @Test
  void givenResidualLevelMustAgreeWithItsPosition() {
    Path data = risk("likely", "major", """
        residual_likelihood: possible
        residual_impact: major
        residual_risk: low""");

    assertThat(Fixture.problems(data)).containsExactly("data/risks.yaml:9:20: error: risk R-1: residual_risk is"
        + " 'low' but the matrix puts possible × major at 'medium'");
  }

  @Test
  void levelsNotGivenAreComputedFromTheMatrix() {
    Path data = risk("likely", "major", "residual_likelihood: rare\nresidual_impact: severe");

    Risk r = Fixture.governance(data).risks().get(0);
    assertThat(r.inherentRisk()).isEqualTo("high");
    assertThat(r.residualRisk()).isEqualTo("medium");
    assertThat(Fixture.problems(data)).isEmpty();
  }

  @Test
  void unknownLikelihoodIsAnError() {
    Path data = risk("likley", "major", "residual_risk: low");

    assertThat(Fixture.problems(data)).containsExactly("data/risks.yaml:4:17: error: risk R-1: unknown likelihood"
        + " 'likley' (did you mean 'likely'?); risk-matrix.yaml has rare, possible, likely");
  }

  @Test
  void unknownResidualImpactIsAnError() {
    Path data = risk("likely", "major", "residual_likelihood: rare\nresidual_impact: huge");

    assertThat(Fixture.problems(data)).containsExactly("data/risks.yaml:8:22: error: risk R-1: unknown impact"
        + " 'huge'; risk-matrix.yaml has minor, major, severe");
  }

  @Test
  void unknownLevelIsAnError() {
    Path data = risk("likely", "major", "inherent_risk: hgh\nresidual_risk: low");

    assertThat(Fixture.problems(data)).containsExactly("data/risks.yaml:7:20: error: risk R-1: unknown level"
        + " 'hgh' (did you mean 'high'?); risk-matrix.yaml has low, medium, high");
  }
}
