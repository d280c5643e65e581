package dev.govern.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.model.RiskMatrix;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The risk matrix is well formed: ascending scales, known levels, ordered thresholds or a full grid. */
class MatrixBinderTest {
  @TempDir Path dir;

  private static final String SCALES = """
      likelihood:
        - { id: rare, label: Rare, score: 1 }
        - { id: possible, label: Possible, score: 2 }
        - { id: likely, label: Likely, score: 3 }
      impact:
        - { id: minor, label: Minor, score: 1 }
        - { id: major, label: Major, score: 2 }
        - { id: severe, label: Severe, score: 3 }
      levels:
        - { id: low, label: Low, color: "#2e7d32" }
        - { id: medium, label: Medium, color: "#f9a825" }
        - { id: high, label: High, color: "#b71c1c" }
      """;

  /** The minimal data with risk-matrix.yaml replaced: the 3×3 scales (lines 1-12), then {@code rest}. */
  private Path matrix(String rest) {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "risk-matrix.yaml", SCALES + rest);
    return data;
  }

  @Test
  void scoreAboveTheLimitIsAnErrorAtTheScore() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "risk-matrix.yaml", SCALES.replace("score: 3 }\nimpact", "score: 65536 }\nimpact")
        + "thresholds: { medium: 3, high: 6 }\n");

    assertThat(Fixture.problems(data)).containsExactly(
        "data/risk-matrix.yaml:4:41: error: score must be from 1 to 1000, found 65536");
  }

  @Test
  void largestScoresMultiplyWithoutWrapping() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "risk-matrix.yaml", SCALES.replace("score: 3 }\nimpact", "score: 1000 }\nimpact")
        .replace("{ id: severe, label: Severe, score: 3 }", "{ id: severe, label: Severe, score: 1000 }")
        + "thresholds: { medium: 3, high: 6 }\n");

    RiskMatrix m = Fixture.governance(data).matrix();

    assertThat(m.levelAt("likely", "severe")).map(l -> l.id()).contains("high");
    assertThat(m.levelAt("likely", "major")).map(l -> l.id()).contains("high");
  }

  @Test
  void thresholdAboveTheLargestProductIsAnError() {
    Path data = matrix("thresholds: { medium: 3, high: 2000000 }\n");

    assertThat(Fixture.problems(data)).contains("data/risk-matrix.yaml:13:32: error: threshold for 'high' must be a"
        + " score from 1 to 1000000 (likelihood × impact), found 2000000");
  }

  @Test
  void thresholdsGiveEveryCellItsLevel() {
    RiskMatrix m = Fixture.governance(Fixture.minimal(dir)).matrix();

    assertThat(m.grid()).containsExactly(
        List.of("low", "low", "medium"),
        List.of("low", "medium", "high"),
        List.of("medium", "high", "high"));
  }

  @Test
  void explicitGridIsKeptAsGiven() {
    Path data = matrix("grid: [[low, low, low], [low, medium, medium], [medium, high, high]]\n");

    assertThat(Fixture.governance(data).matrix().levelAt("possible", "severe").orElseThrow().id())
        .isEqualTo("medium");
  }

  @Test
  void raggedGridIsAnError() {
    Path data = matrix("""
        grid:
          - [low, low, medium]
          - [low, medium]
          - [medium, high, high]
        """);

    assertThat(Fixture.problems(data)).containsExactly("data/risk-matrix.yaml:15:5: error: grid row 2 has 2 cells"
        + " but there are 3 impact steps (one level per impact, lowest first)");
  }

  @Test
  void gridWithTooFewRowsIsAnError() {
    Path data = matrix("grid: [[low, low, medium], [low, medium, high]]\n");

    assertThat(Fixture.problems(data)).containsExactly("data/risk-matrix.yaml:13:7: error: grid has 2 rows"
        + " but there are 3 likelihood steps (one row per likelihood, lowest first)");
  }

  @Test
  void unknownLevelInGridIsAnError() {
    Path data = matrix("grid: [[low, low, medium], [low, medium, hig], [medium, high, high]]\n");

    assertThat(Fixture.problems(data)).containsExactly(
        "data/risk-matrix.yaml:13:42: error: unknown level 'hig' in grid (did you mean 'high'?)");
  }

  @Test
  void gridCellThatIsNotTextIsAnError() {
    Path data = matrix("grid: [[low, low, medium], [low, [medium], high], [medium, high, high]]\n");

    assertThat(Fixture.problems(data)).containsExactly(
        "data/risk-matrix.yaml:13:34: error: expected text, found a list");
  }

  @Test
  void thresholdsOutOfOrderAreAnError() {
    Path data = matrix("thresholds: { medium: 6, high: 3 }\n");

    assertThat(Fixture.problems(data)).containsExactly("data/risk-matrix.yaml:13:32: error: thresholds must ascend"
        + " with the levels: 'high' (3) is not above 'medium' (6)");
  }

  @Test
  void thresholdForAnUnknownLevelIsAnError() {
    Path data = matrix("thresholds: { medium: 3, hig: 6 }\n");

    assertThat(Fixture.problems(data)).containsExactly(
        "data/risk-matrix.yaml:13:13: error: missing threshold for level 'high'",
        "data/risk-matrix.yaml:13:31: error: threshold for 'hig': not a level id (did you mean 'high'?)");
  }

  @Test
  void lowestLevelNeedsNoThreshold() {
    Path data = matrix("thresholds: { low: 1, medium: 3, high: 6 }\n");

    assertThat(Fixture.problems(data)).containsExactly(
        "data/risk-matrix.yaml:13:20: error: threshold for 'low': the lowest level needs no threshold");
  }

  @Test
  void thresholdsAndGridTogetherAreAnError() {
    Path data = matrix("thresholds: { medium: 3, high: 6 }\n"
        + "grid: [[low, low, medium], [low, medium, high], [medium, high, high]]\n");

    assertThat(Fixture.problems(data)).containsExactly(
        "data/risk-matrix.yaml:1:1: error: give either 'thresholds' or 'grid', not both");
  }

  @Test
  void neitherThresholdsNorGridIsAnError() {
    Path data = matrix("");

    assertThat(Fixture.problems(data)).containsExactly("data/risk-matrix.yaml:1:1: error: missing 'thresholds'"
        + " (minimum score per level) or 'grid' (a level per cell)");
  }

  @Test
  void emptyScaleIsAnError() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "risk-matrix.yaml", SCALES.replaceFirst("(?s)likelihood:.*?impact:", "likelihood: []\nimpact:")
        + "grid: []\n");

    assertThat(Fixture.problems(data)).containsExactly(
        "data/risk-matrix.yaml:1:13: error: the likelihood scale is empty; give at least one step, lowest first");
  }

  @Test
  void scoresMustAscend() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "risk-matrix.yaml", SCALES.replace("id: likely, label: Likely, score: 3",
        "id: likely, label: Likely, score: 2") + "thresholds: { medium: 3, high: 6 }\n");

    assertThat(Fixture.problems(data)).containsExactly(
        "data/risk-matrix.yaml:4:41: error: likelihood scores must ascend (lowest first): 2 follows 2");
  }

  @Test
  void colourMustBeHex() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "risk-matrix.yaml", SCALES.replace("\"#b71c1c\"", "red")
        + "thresholds: { medium: 3, high: 6 }\n");

    assertThat(Fixture.problems(data)).containsExactly(
        "data/risk-matrix.yaml:12:37: error: color must be #rrggbb, found 'red'");
  }
}
