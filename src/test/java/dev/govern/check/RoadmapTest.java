package dev.govern.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Roadmap phases are in order, do not overlap, and aim at maturity levels that exist, never lower. */
class RoadmapTest {
  @TempDir Path dir;

  private Path roadmap(String text) {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "roadmap.yaml", text);
    return data;
  }

  @Test
  void overlappingPhasesAreAnError() {
    Path data = roadmap("""
        phases:
          - { id: first, name: First, months: [1, 3] }
          - { id: second, name: Second, months: [3, 5] }
        """);

    assertThat(Fixture.problems(data)).containsExactly("data/roadmap.yaml:3:41: error: phase second starts in"
        + " month 3, before phase first ends (month 3); phases are listed in order and do not overlap");
  }

  @Test
  void unknownTargetLevelIsAnError() {
    Path data = roadmap("""
        phases:
          - { id: first, name: First, months: [1, 3], target_maturity: 4 }
        """);

    assertThat(Fixture.problems(data)).containsExactly(
        "data/roadmap.yaml:2:64: error: phase first: no maturity level 4 in maturity.yaml");
  }

  @Test
  void aTargetBelowAnEarlierPhasesIsAWarning() {
    Path data = roadmap("""
        phases:
          - { id: first, name: First, months: [1, 3], target_maturity: 2 }
          - { id: second, name: Second, months: [4, 6] }
          - { id: third, name: Third, months: [7, 9], target_maturity: 1 }
          - { id: fourth, name: Fourth, months: [10, 12], target_maturity: 2 }
        """);

    assertThat(Fixture.problems(data)).containsExactly("data/roadmap.yaml:4:64: warning: phase third aims at"
        + " maturity level 1, lower than level 2 of the earlier phase first; a roadmap usually keeps what it has"
        + " reached");
  }

  @Test
  void lastMonthBeforeFirstIsAnError() {
    Path data = roadmap("""
        phases:
          - { id: first, name: First, months: [3, 1] }
        """);

    assertThat(Fixture.problems(data)).containsExactly(
        "data/roadmap.yaml:2:39: error: months [3, 1] must satisfy 1 <= first <= last <= 120");
  }

  @Test
  void monthsNeedFirstAndLast() {
    Path data = roadmap("""
        phases:
          - { id: first, name: First, months: [1] }
        """);

    assertThat(Fixture.problems(data)).containsExactly(
        "data/roadmap.yaml:2:39: error: months must be [first, last], counted from 1, e.g. [3, 4]");
  }

  @Test
  void unknownActivityStatusIsAnError() {
    Path data = roadmap("""
        phases:
          - id: first
            name: First
            months: [1, 3]
            activities:
              - { text: Start, status: planed }
        """);

    assertThat(Fixture.problems(data)).containsExactly(
        "data/roadmap.yaml:6:32: error: 'planed' is not one of planned, in_progress, done (did you mean 'planned'?)");
  }
}
