package dev.govern.analysis;

import dev.govern.model.Risk;
import dev.govern.model.RiskLevel;
import dev.govern.model.RiskMatrix;
import dev.govern.model.Scale;
import java.util.ArrayList;
import java.util.List;

/**
 * The risks in each likelihood × impact cell, for the inherent or the residual position.
 *
 * @param rows likelihood rows from the highest to the lowest (the way heatmaps are drawn), each with
 *     one cell per impact from the lowest to the highest
 * @param unplaced risks with no position of this kind (residual given as a level only)
 */
public record Heatmap(String kind, List<Scale> impact, List<Row> rows, List<Risk> unplaced) {

  /** One likelihood row. */
  public record Row(Scale likelihood, List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /** One cell: its level and the risks placed in it, in register order. */
  public record Cell(Scale likelihood, Scale impact, RiskLevel level, List<Risk> risks) {
    public Cell {
      risks = List.copyOf(risks);
    }
  }

  public Heatmap {
    impact = List.copyOf(impact);
    rows = List.copyOf(rows);
    unplaced = List.copyOf(unplaced);
  }

  public static Heatmap inherent(RiskMatrix m, List<Risk> risks) {
    return build("inherent", m, risks, false);
  }

  public static Heatmap residual(RiskMatrix m, List<Risk> risks) {
    return build("residual", m, risks, true);
  }

  private static Heatmap build(String kind, RiskMatrix m, List<Risk> risks, boolean residual) {
    List<Row> rows = new ArrayList<>();
    for (int r = m.likelihood().size() - 1; r >= 0; r--) {
      Scale l = m.likelihood().get(r);
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < m.impact().size(); c++) {
        Scale i = m.impact().get(c);
        List<Risk> here = risks.stream()
            .filter(risk -> l.id().equals(residual ? risk.residualLikelihood() : risk.likelihood())
                && i.id().equals(residual ? risk.residualImpact() : risk.impact()))
            .toList();
        cells.add(new Cell(l, i, m.level(m.grid().get(r).get(c)).orElseThrow(), here));
      }
      rows.add(new Row(l, cells));
    }
    List<Risk> unplaced = residual ? risks.stream().filter(r -> !r.hasResidualPosition()).toList() : List.of();
    return new Heatmap(kind, m.impact(), rows, unplaced);
  }

  public int placedCount() {
    return rows.stream().flatMap(r -> r.cells().stream()).mapToInt(c -> c.risks().size()).sum();
  }
}
