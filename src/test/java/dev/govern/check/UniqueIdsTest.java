package dev.govern.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids are unique across all files; a duplicate names both places. */
class UniqueIdsTest {
  @TempDir Path dir;

  @Test
  void duplicateControlAcrossTwoFilesNamesBothPositions() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "controls/extra.yaml", """
        controls:
          - id: C-1
            domain: core
            name: A copy of the first control
            status: planned
        """);

    assertThat(Fixture.problems(data)).containsExactly("data/controls/extra.yaml:2:9: error: duplicate control id"
        + " 'C-1' (first defined at data/controls/core.yaml:2:9)");
  }

  @Test
  void duplicateRiskIsAnError() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "risks.yaml", """
        risks:
          - id: R-1
            description: First risk
            likelihood: likely
            impact: major
            controls: [C-1]
            residual_risk: low
          - id: R-1
            description: Second risk
            likelihood: possible
            impact: minor
            controls: [C-2]
            residual_risk: low
        """);

    assertThat(Fixture.problems(data)).containsExactly(
        "data/risks.yaml:8:9: error: duplicate risk id 'R-1' (first defined at data/risks.yaml:2:9)");
  }

  @Test
  void duplicateMaturityLevelIsAnError() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "maturity.yaml", """
        levels:
          - level: 1
            name: Starting
          - level: 2
            name: Established
            controls_required: [C-1, C-2]
          - level: 2
            name: Established again
        """);

    assertThat(Fixture.problems(data)).containsExactly(
        "data/maturity.yaml:7:12: error: duplicate maturity level id '2' (first defined at data/maturity.yaml:4:12)",
        "data/maturity.yaml:7:12: error: maturity levels must ascend: level 2 follows level 2");
  }

  @Test
  void duplicateCatalogueItemIsAnError() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "frameworks/std.yaml", """
        id: std
        name: Small Standard
        items:
          - { id: S-1.1, title: First requirement }
          - { id: S-1.2, title: Second requirement }
          - { id: S-1.1, title: Third requirement }
        """);

    assertThat(Fixture.problems(data)).containsExactly("data/frameworks/std.yaml:6:11: error: duplicate item of std"
        + " id 'S-1.1' (first defined at data/frameworks/std.yaml:4:11)");
  }

  @Test
  void duplicateKpiAcrossCategoriesIsAnError() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "kpis.yaml", """
        categories:
          - id: ops
            name: Operations
            kpis:
              - { id: coverage, kpi: Coverage, target: ">90%" }
          - id: security
            name: Security
            kpis:
              - { id: coverage, kpi: Coverage again, target: ">95%" }
        """);

    assertThat(Fixture.problems(data)).containsExactly(
        "data/kpis.yaml:9:15: error: duplicate KPI id 'coverage' (first defined at data/kpis.yaml:5:15)");
  }
}
