package dev.govern.render.chart;

import dev.govern.model.Status;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look of every chart: white, flat, light grey grid, DejaVu Sans at sizes that stay
 * legible when the PDF shows a chart at 60%. Applied to each chart object directly, never through
 * JFreeChart's global theme or renderer defaults, which are shared mutable state.
 */
final class ChartStyle {
  static final int FONT_SIZE = 12;
  static final int SMALL_FONT_SIZE = 11;

  static final Color INK = new Color(0x21, 0x21, 0x21);
  static final Color MUTED = new Color(0x55, 0x55, 0x55);
  static final Color AXIS = new Color(0x9e, 0x9e, 0x9e);
  static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
  static final Color BACKGROUND = Color.WHITE;

  /** Series palette of the KPI trends, in series order. */
  static final Color[] SERIES = {
    rgb(0x1565c0), rgb(0x6a1b9a), rgb(0x00838f), rgb(0xef6c00),
  };

  static final Color COVERED = rgb(0x1565c0);
  static final Color IMPLEMENTED = rgb(0x2e7d32);

  private ChartStyle() {}

  static Color rgb(int rgb) {
    return new Color(rgb);
  }

  static Color status(Status s) {
    return switch (s) {
      case IMPLEMENTED -> rgb(0x2e7d32);
      case PARTIAL -> rgb(0xf9a825);
      case PLANNED -> rgb(0x1565c0);
      case NOT_IMPLEMENTED -> rgb(0x9e9e9e);
    };
  }

  /** Dark or white text, whichever reads better on {@code fill} (WCAG relative luminance). */
  static Color textOn(Color fill) {
    double l = 0.2126 * linear(fill.getRed()) + 0.7152 * linear(fill.getGreen()) + 0.0722 * linear(fill.getBlue());
    // Contrast with white is (1.05)/(l+0.05); with INK about (l+0.05)/(0.066); pick the larger.
    return 1.05 / (l + 0.05) >= (l + 0.05) / 0.066 ? Color.WHITE : INK;
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  static Font font() {
    return ChartFonts.regular(FONT_SIZE);
  }

  static Font smallFont() {
    return ChartFonts.regular(SMALL_FONT_SIZE);
  }

  static BasicStroke gridStroke() {
    return new BasicStroke(0.75f);
  }

  /** A chart with no title (the page around it has the heading) and, if asked, a legend below. */
  static JFreeChart chart(CategoryPlot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(null, font(), plot, legend);
    chart.setBackgroundPaint(BACKGROUND);
    chart.setBorderVisible(false);
    chart.setPadding(new RectangleInsets(6, 6, 6, 14));
    LegendTitle l = chart.getLegend();
    if (l != null) {
      StringBuilder labels = new StringBuilder();
      var items = plot.getLegendItems();
      for (int i = 0; i < items.getItemCount(); i++) {
        labels.append(items.get(i).getLabel());
      }
      l.setItemFont(ChartFonts.forText(labels.toString(), SMALL_FONT_SIZE));
      l.setItemPaint(INK);
      l.setFrame(BlockBorder.NONE);
      l.setBackgroundPaint(BACKGROUND);
      l.setPosition(RectangleEdge.BOTTOM);
      l.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
      l.setMargin(new RectangleInsets(6, 0, 0, 0));
    }
    return chart;
  }

  static void plot(CategoryPlot plot) {
    plot.setBackgroundPaint(BACKGROUND);
    plot.setOutlineVisible(false);
    plot.setInsets(new RectangleInsets(4, 4, 4, 4));
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    // Values along the bottom of horizontal bars, up the left of vertical charts.
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(true);
    plot.setRangeGridlinePaint(GRID);
    plot.setRangeGridlineStroke(gridStroke());
    plot.setRangeZeroBaselineVisible(false);
    plot.setNoDataMessageFont(font());
    plot.setNoDataMessagePaint(MUTED);
  }

  static void axis(Axis axis) {
    axis.setTickLabelFont(smallFont());
    axis.setTickLabelPaint(INK);
    // A label in Chinese is measured with the font that draws it, so that the room JFreeChart keeps
    // for it beside the tick labels is its real width.
    axis.setLabelFont(axis.getLabel() == null ? smallFont() : ChartFonts.forText(axis.getLabel(), SMALL_FONT_SIZE));
    axis.setLabelPaint(MUTED);
    axis.setAxisLinePaint(AXIS);
    axis.setTickMarkPaint(AXIS);
  }

  static void categoryAxis(CategoryAxis axis) {
    axis(axis);
    axis.setTickMarksVisible(false);
    axis.setMaximumCategoryLabelLines(2);
  }

  static void valueAxis(ValueAxis axis) {
    axis(axis);
    axis.setAxisLineVisible(false);
  }

  /**
   * The marker of series {@code s}: circle, square, triangle, diamond, inverted triangle, cross,
   * then round again. Lines that run on top of each other still show each series' own markers.
   *
   * @param r the marker's half-width
   */
  static Shape marker(int s, double r) {
    return switch (s % 6) {
      case 0 -> new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
      case 1 -> new Rectangle2D.Double(-r * 0.9, -r * 0.9, 1.8 * r, 1.8 * r);
      case 2 -> polygon(0, -r * 1.2, r * 1.1, r * 0.8, -r * 1.1, r * 0.8);
      case 3 -> polygon(0, -r * 1.3, r * 1.3, 0, 0, r * 1.3, -r * 1.3, 0);
      case 4 -> polygon(0, r * 1.2, r * 1.1, -r * 0.8, -r * 1.1, -r * 0.8);
      default -> polygon(-r, -r * 0.4, -r * 0.4, -r * 0.4, -r * 0.4, -r, r * 0.4, -r, r * 0.4, -r * 0.4, r, -r * 0.4,
          r, r * 0.4, r * 0.4, r * 0.4, r * 0.4, r, -r * 0.4, r, -r * 0.4, r * 0.4, -r, r * 0.4);
    };
  }

  /**
   * The line of series {@code s}: solid, dashed, dotted, dash-dot, long dashes, then round again,
   * so that coinciding lines can be told apart where one runs over another.
   */
  static BasicStroke line(int s, float width) {
    float[][] dashes = {null, {7f, 4f}, {1.5f, 3.5f}, {8f, 3f, 1.5f, 3f}, {12f, 4f}};
    float[] dash = dashes[s % dashes.length];
    return dash == null
        ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
        : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
  }

  private static Shape polygon(double... xy) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(xy[0], xy[1]);
    for (int i = 2; i < xy.length; i += 2) {
      p.lineTo(xy[i], xy[i + 1]);
    }
    p.closePath();
    return p;
  }

  /** Flat bars: no gradient, no shadow, no outline. */
  static void flat(BarRenderer r) {
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(false);
    r.setDefaultItemLabelFont(smallFont());
  }
}
