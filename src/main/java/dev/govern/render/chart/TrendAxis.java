package dev.govern.render.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextLine;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The bottom axis of the history trends: a category per point, labelled with its lines (the date,
 * then its tag, if any). When the labels would run into each other only every second, third… is
 * shown, counted back from the newest; the oldest and the newest are always shown, and a label too
 * close to the oldest gives way to it.
 */
final class TrendAxis extends CategoryAxis {
  private static final long serialVersionUID = 1L;
  private static final int GAP = 12;

  /** Each category's label lines, in data order; the categories are {@link Key}s with these indexes. */
  private final List<List<String>> labels;

  TrendAxis(List<List<String>> labels) {
    this.labels = labels.stream().map(List::copyOf).toList();
    ChartStyle.categoryAxis(this);
    setMaximumCategoryLabelLines(2);
    setCategoryMargin(0);
    // Room for half of the first and last labels, which are centred on their points.
    setLowerMargin(0.04);
    setUpperMargin(0.04);
  }

  @Override
  @SuppressWarnings("rawtypes") // JFreeChart's signature
  protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
    if (!(category instanceof Key key)) {
      return super.createLabel(category, width, edge, g2);
    }
    if (!shown(key.index(), step(width))) {
      return new TextBlock();
    }
    Font font = getTickLabelFont(category);
    Paint paint = getTickLabelPaint(category);
    TextBlock block = new TextBlock();
    for (String line : labels.get(key.index())) {
      TextLine l = new TextLine();
      l.addFragment(new TextWidths.Fragment(line, font, paint));
      block.addLine(l);
    }
    return block;
  }

  /** Whether the label of category {@code i} is drawn when every {@code step}th is. */
  boolean shown(int i, int step) {
    int last = labels.size() - 1;
    if (i == 0 || i == last) {
      return true;
    }
    return (last - i) % step == 0 && i >= step;
  }

  /** The smallest step at which the widest label line, plus a gap, fits the room of that many categories. */
  private int step(float width) {
    double widest = labels.stream().flatMap(List::stream)
        .mapToDouble(l -> TextWidths.of(getTickLabelFont(), l)).max().orElse(0);
    if (width <= 0) {
      return 1;
    }
    return Math.max(1, (int) Math.ceil((widest + GAP) / width));
  }
}
