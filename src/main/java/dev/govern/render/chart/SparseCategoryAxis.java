package dev.govern.render.chart;

import java.awt.Graphics2D;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A category axis that labels only every second, third… category when the labels would otherwise
 * run into each other (many KPI periods on a narrow chart). Categories must be {@link Key}s.
 */
final class SparseCategoryAxis extends CategoryAxis {
  private static final long serialVersionUID = 1L;
  private static final int GAP = 10;

  private final List<String> labels;

  SparseCategoryAxis(List<String> labels) {
    this.labels = List.copyOf(labels);
  }

  @Override
  protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
    int step = step(g2, width);
    // Counted back from the last category, so the latest period always has its label.
    if (category instanceof Key key && (labels.size() - 1 - key.index()) % step != 0) {
      return new TextBlock();
    }
    // A shown label may use the room of the categories left blank after it.
    return super.createLabel(category, width * step, edge, g2);
  }

  /** The smallest step at which the widest label, plus a gap, fits the room of that many categories. */
  private int step(Graphics2D g2, float width) {
    var metrics = g2.getFontMetrics(getTickLabelFont());
    int widest = labels.stream().mapToInt(metrics::stringWidth).max().orElse(0);
    if (width <= 0) {
      return 1;
    }
    return Math.max(1, (int) Math.ceil((widest + GAP) / width));
  }
}
