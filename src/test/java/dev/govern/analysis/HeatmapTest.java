package dev.govern.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import dev.govern.model.Governance;
import dev.govern.model.Risk;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Heatmaps place each risk in its likelihood × impact cell, inherent and residual. */
class HeatmapTest {
  private static Governance shipped;

  @BeforeAll
  static void load() {
    shipped = Fixture.governance(Fixture.SHIPPED);
  }

  private static List<String> riskIds(Heatmap map, String likelihood, String impact) {
    return map.rows().stream().flatMap(r -> r.cells().stream())
        .filter(c -> c.likelihood().id().equals(likelihood) && c.impact().id().equals(impact))
        .findFirst().orElseThrow().risks().stream().map(Risk::id).toList();
  }

  @Test
  void everyRiskIsInItsInherentCellOnce() {
    Heatmap map = Heatmap.inherent(shipped.matrix(), shipped.risks());

    assertThat(map.placedCount()).isEqualTo(8);
    for (Heatmap.Row row : map.rows()) {
      for (Heatmap.Cell cell : row.cells()) {
        assertThat(cell.risks()).allSatisfy(r -> {
          assertThat(r.likelihood()).isEqualTo(cell.likelihood().id());
          assertThat(r.impact()).isEqualTo(cell.impact().id());
        });
      }
    }
  }

  @Test
  void everyRiskIsInItsResidualCellOnce() {
    Heatmap map = Heatmap.residual(shipped.matrix(), shipped.risks());

    assertThat(map.placedCount()).isEqualTo(8);
    assertThat(map.unplaced()).isEmpty();
    for (Heatmap.Row row : map.rows()) {
      for (Heatmap.Cell cell : row.cells()) {
        assertThat(cell.risks()).allSatisfy(r -> {
          assertThat(r.residualLikelihood()).isEqualTo(cell.likelihood().id());
          assertThat(r.residualImpact()).isEqualTo(cell.impact().id());
        });
      }
    }
  }

  @Test
  void cellsListTheirRisksInRegisterOrder() {
    Heatmap inherent = Heatmap.inherent(shipped.matrix(), shipped.risks());
    Heatmap residual = Heatmap.residual(shipped.matrix(), shipped.risks());

    assertThat(riskIds(inherent, "possible", "major")).containsExactly("R001", "R003", "R005", "R008");
    assertThat(riskIds(inherent, "likely", "major")).containsExactly("R002");
    assertThat(riskIds(residual, "unlikely", "major")).containsExactly("R001", "R002", "R003");
    assertThat(riskIds(residual, "rare", "severe")).containsExactly("R004", "R007");
  }

  @Test
  void rowsRunFromTheHighestLikelihoodDownAndCellsCarryTheirLevel() {
    Heatmap map = Heatmap.inherent(shipped.matrix(), shipped.risks());

    assertThat(map.rows()).extracting(r -> r.likelihood().id())
        .containsExactly("almost_certain", "likely", "possible", "unlikely", "rare");
    assertThat(map.rows().get(0).cells()).extracting(c -> c.impact().id())
        .containsExactly("negligible", "minor", "moderate", "major", "severe");
    assertThat(map.rows().get(1).cells().get(3).level().id()).isEqualTo("critical"); // likely × major: 16
    assertThat(map.rows().get(4).cells().get(3).level().id()).isEqualTo("low"); // rare × major: 4
  }

  @Test
  void riskGivenOnlyAResidualLevelIsUnplaced() {
    Governance second = Fixture.governance(Fixture.SECOND);

    Heatmap map = Heatmap.residual(second.matrix(), second.risks());

    assertThat(map.unplaced()).extracting(Risk::id).containsExactly("R-04");
    assertThat(map.placedCount()).isEqualTo(5);
    assertThat(Heatmap.inherent(second.matrix(), second.risks()).placedCount()).isEqualTo(6);
  }
}
