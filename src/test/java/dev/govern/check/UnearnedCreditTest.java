package dev.govern.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.analysis.UnearnedCredit;
import dev.govern.load.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A residual level below the inherent one claims that controls work: with none of them implemented
 * it is warned about at the residual level (issue 11). In the minimal fixture R-1 (high → low) is
 * mitigated by C-1, implemented.
 */
class UnearnedCreditTest {
  @TempDir Path dir;

  private Path withC1(String status) throws Exception {
    Path data = Fixture.minimal(dir);
    String text = Files.readString(data.resolve("controls/core.yaml"));
    Fixture.write(data, "controls/core.yaml", text.replaceFirst("status: implemented", "status: " + status));
    return data;
  }

  @Test
  void reductionWithTheControlNotImplementedIsWarnedAtTheResidualLevel() throws Exception {
    Path data = withC1("not_implemented");

    assertThat(Fixture.problems(data)).containsExactly("data/risks.yaml:10:20: warning: risk R-1: residual level"
        + " 'low' is below the inherent level 'high', but its control is not implemented (C-1 not implemented): the"
        + " reduction is claimed, not earned; keep the residual level at the inherent one until a mitigating control"
        + " is implemented");
  }

  @Test
  void partialControlIsSaidToEarnPartOfIt() throws Exception {
    Path data = withC1("partial");

    assertThat(Fixture.problems(data)).singleElement().asString().contains("but its control is not fully implemented"
        + " (C-1 partial): the reduction is at most partly earned, as partial controls earn part of it");
  }

  @Test
  void implementedControlEarnsTheReduction() {
    assertThat(Fixture.problems(Fixture.minimal(dir))).isEmpty();
  }

  @Test
  void reductionWithoutAnyControlIsWarnedToo() throws Exception {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "risks.yaml", Files.readString(data.resolve("risks.yaml")).replace("controls: [C-1]", "controls: []"));

    assertThat(Fixture.problems(data)).contains("data/risks.yaml:10:20: warning: risk R-1: residual level 'low' is"
        + " below the inherent level 'high', but no control mitigates it: the reduction is claimed, not earned; keep"
        + " the residual level at the inherent one until a mitigating control is implemented");
  }

  @Test
  void residualEqualToInherentClaimsNothing() throws Exception {
    Path data = withC1("planned");
    Fixture.write(data, "risks.yaml", Files.readString(data.resolve("risks.yaml"))
        .replace("residual_likelihood: rare", "residual_likelihood: likely").replace("residual_risk: low\n  - id: R-2",
            "residual_risk: high\n  - id: R-2"));

    assertThat(Fixture.problems(data)).isEmpty();
  }

  @Test
  void shippedSampleClaimsUnearnedReductionsOnlyWhereNoControlIsImplemented() {
    var g = Fixture.governance(Fixture.SHIPPED);

    assertThat(UnearnedCredit.of(g).keySet()).containsExactly("R003", "R004", "R007");
    assertThat(UnearnedCredit.of(g).get("R003").partlyEarned()).isFalse();
  }
}
