package dev.govern.render.chart;

import java.awt.Graphics2D;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A category axis whose labels are laid out with {@link TextWidths} (so names in any script stay
 * clear of the plot) and which, along the bottom, labels only every second, third… category when
 * the labels would otherwise run into each other (many KPI periods on a narrow chart).
 */
final class LabelAxis extends CategoryAxis {
  private static final long serialVersionUID = 1L;
  private static final int GAP = 10;

  /** The category labels in data order; the categories are {@link Key}s with these indexes. */
  private final List<String> labels;

  LabelAxis(List<String> labels) {
    this.labels = List.copyOf(labels);
  }

  @Override
  @SuppressWarnings("rawtypes") // JFreeChart's signature
  protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
    int step = RectangleEdge.isTopOrBottom(edge) ? step(width) : 1;
    // Counted back from the last category, so that the latest period always has its label.
    if (category instanceof Key key && (labels.size() - 1 - key.index()) % step != 0) {
      return new TextBlock();
    }
    // A shown label may use the room of the categories left blank beside it.
    return TextWidths.block(category.toString(), getTickLabelFont(category), getTickLabelPaint(category),
        width * step, getMaximumCategoryLabelLines());
  }

  /** The smallest step at which the widest label, plus a gap, fits the room of that many categories. */
  private int step(float width) {
    double widest = labels.stream().mapToDouble(l -> TextWidths.of(getTickLabelFont(), l)).max().orElse(0);
    if (width <= 0) {
      return 1;
    }
    return Math.max(1, (int) Math.ceil((widest + GAP) / width));
  }
}
