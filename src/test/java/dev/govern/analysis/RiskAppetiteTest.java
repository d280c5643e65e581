package dev.govern.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import dev.govern.model.Risk;
import dev.govern.model.RiskLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The risk appetite both outputs state: the minimal fixture has both at residual low. */
class RiskAppetiteTest {
  @TempDir Path dir;

  private RiskAppetite appetite(String line, String residualOfR1) throws Exception {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "risk-matrix.yaml", Files.readString(data.resolve("risk-matrix.yaml")) + line);
    Fixture.write(data, "risks.yaml", Files.readString(data.resolve("risks.yaml"))
        .replaceFirst("residual_likelihood: rare\n    residual_impact: major\n    residual_risk: low",
            "residual_risk: " + residualOfR1));
    return RiskAppetite.of(Fixture.governance(data));
  }

  @Test
  void risksWhoseResidualLevelExceedsTheAppetiteAreAboveIt() throws Exception {
    RiskAppetite a = appetite("appetite: low\n", "medium");

    assertThat(a.level()).extracting(RiskLevel::id).isEqualTo("low");
    assertThat(a.above()).extracting(Risk::id).containsExactly("R-1");
    assertThat(a.isAbove("R-1")).isTrue();
    assertThat(a.isAbove("R-2")).isFalse();
  }

  @Test
  void aResidualLevelAtTheAppetiteIsWithinIt() throws Exception {
    assertThat(appetite("appetite: medium\n", "medium").above()).isEmpty();
  }

  @Test
  void withoutAnAppetiteOnlyTheLowestLevelIsAccepted() throws Exception {
    RiskAppetite a = appetite("", "medium");

    assertThat(a.level()).isNull();
    assertThat(a.accepted().id()).isEqualTo("low");
    assertThat(a.above()).extracting(Risk::id).containsExactly("R-1");
  }
}
