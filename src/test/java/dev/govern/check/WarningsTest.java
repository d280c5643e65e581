package dev.govern.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Warnings: things a reader would want to know that do not make the data wrong. */
class WarningsTest {
  @TempDir Path dir;

  private Path edited(String file, String from, String to) throws Exception {
    Path data = Fixture.minimal(dir);
    String text = Files.readString(data.resolve(file));
    assertThat(text).contains(from);
    Fixture.write(data, file, text.replace(from, to));
    return data;
  }

  @Test
  void controlThatMitigatesNothingAndNoLevelRequires() throws Exception {
    Path data = edited("maturity.yaml", "controls_required: [C-1, C-2]", "controls_required: [C-1]");
    Fixture.write(data, "risks.yaml", Files.readString(data.resolve("risks.yaml")).replace("[C-2]", "[C-1]"));

    assertThat(Fixture.problems(data)).containsExactly(
        "data/controls/core.yaml:13:9: warning: control C-2 mitigates no risk and no maturity level requires it");
  }

  @Test
  void controlRequiredByAllControlsLevelCountsAsUsed() throws Exception {
    Path data = edited("maturity.yaml", "controls_required: [C-1, C-2]", "controls_required: all");
    Fixture.write(data, "risks.yaml", Files.readString(data.resolve("risks.yaml")).replace("[C-2]", "[C-1]"));

    assertThat(Fixture.problems(data)).isEmpty();
  }

  @Test
  void riskWithNoControl() throws Exception {
    Path data = edited("risks.yaml", "controls: [C-2]", "controls: []");

    assertThat(Fixture.problems(data)).containsExactly(
        "data/risks.yaml:11:9: warning: risk R-2 has no mitigating control");
  }

  @Test
  void residualAboveInherent() throws Exception {
    Path data = edited("risks.yaml", "controls: [C-2]\n    residual_risk: low", "controls: [C-2]\n    residual_risk: medium");

    assertThat(Fixture.problems(data)).containsExactly("data/risks.yaml:16:20: warning: risk R-2: residual level"
        + " 'medium' is above the inherent level 'low'; controls should not raise a risk");
  }

  @Test
  void overdueEvidenceAndReviewSayAsOfWhen() {
    Path data = Fixture.minimal(dir);

    assertThat(Fixture.problems(data, LocalDate.of(2026, 3, 1))).containsExactly(
        "data/controls/core.yaml:7:15: warning: control C-1: evidence 'Review log' dated 2026-01-10 is overdue"
            + " as of 2026-03-01 (due every P1M)",
        "data/controls/core.yaml:10:20: warning: control C-1: last reviewed 2026-01-10, review overdue"
            + " as of 2026-03-01 (due every P1M)");
  }

  @Test
  void evidenceIsStillFreshOnItsDueDate() {
    Path data = Fixture.minimal(dir);

    assertThat(Fixture.problems(data, LocalDate.of(2026, 2, 10))).isEmpty();
    assertThat(Fixture.problems(data, LocalDate.of(2026, 2, 11))).hasSize(2);
  }

  @Test
  void reviewEveryOverridesTheFrequencyWords() throws Exception {
    Path data = edited("controls/core.yaml", "frequency: Monthly", "frequency: Monthly\n    review_every: P1Y");

    assertThat(Fixture.problems(data, LocalDate.of(2026, 3, 1))).isEmpty();
  }

  @Test
  void overduePolicyReview() {
    Path data = Fixture.minimal(dir);

    assertThat(Fixture.problems(data, LocalDate.of(2027, 1, 6))).contains("data/policies/use.md:6:16: warning:"
        + " policy POL-1: last reviewed 2026-01-05, review overdue as of 2027-01-06 (due every P1Y)");
  }

  @Test
  void controlWithoutCadenceIsNeverOverdueAndSaysSo() throws Exception {
    Path data = edited("controls/core.yaml", "    frequency: Monthly\n", "");

    assertThat(Fixture.problems(data, LocalDate.of(2030, 1, 1)))
        .filteredOn(p -> p.contains("control C-1")).containsExactly(
        "data/controls/core.yaml:2:9: warning: control C-1: it has neither review_every nor a frequency, so its"
            + " evidence and reviews are never judged overdue; add review_every (e.g. P3M)");
  }

  @Test
  void eventDrivenFrequencyWithoutReviewEveryIsNamed() throws Exception {
    Path data = edited("controls/core.yaml", "    frequency: Monthly\n", "    frequency: Every pull request\n");

    assertThat(Fixture.problems(data, LocalDate.of(2030, 1, 1)))
        .filteredOn(p -> p.contains("control C-1")).containsExactly(
        "data/controls/core.yaml:8:16: warning: control C-1: its frequency 'Every pull request' names no period and"
            + " it has no review_every, so its evidence and reviews are never judged overdue;"
            + " add review_every (e.g. P3M)");
  }

  @Test
  void aControlWithNothingDatedNeedsNoCadence() throws Exception {
    // C-2 has a frequency govern reads and nothing dated; without the frequency it has nothing to judge.
    Path data = edited("controls/core.yaml", "    frequency: Quarterly\n", "");

    assertThat(Fixture.problems(data)).isEmpty();
  }

  @Test
  void reviewEveryGivesAnEventDrivenControlItsCadence() throws Exception {
    Path data = edited("controls/core.yaml", "    frequency: Monthly\n",
        "    frequency: Every pull request\n    review_every: P1M\n");

    assertThat(Fixture.problems(data, LocalDate.of(2030, 1, 1)))
        .filteredOn(p -> p.contains("control C-1")).containsExactly(
        "data/controls/core.yaml:7:15: warning: control C-1: evidence 'Review log' dated 2026-01-10 is overdue as of"
            + " 2030-01-01 (due every P1M)",
        "data/controls/core.yaml:11:20: warning: control C-1: last reviewed 2026-01-10, review overdue as of"
            + " 2030-01-01 (due every P1M)");
  }
}
