package dev.govern.render.chart;

import dev.govern.i18n.Messages;

import dev.govern.model.Phase;
import dev.govern.model.Roadmap;
import java.awt.BasicStroke;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/** The roadmap as a timeline: a bar per phase over its months, and the as-of date as a line. */
final class RoadmapChart {
  static final String ID = "chart-roadmap";
  static final int WIDTH = 720;
  private static final int ROW = 34;
  /** Room above the first bar for the as-of label. */
  private static final int HEADROOM = 22;

  private RoadmapChart() {}

  static Optional<Svg> of(Roadmap roadmap, LocalDate asOf, Messages msg) {
    List<Phase> phases = roadmap.phases();
    if (phases.isEmpty()) {
      return Optional.empty();
    }
    int months = phases.stream().mapToInt(Phase::lastMonth).max().orElse(1);
    Key[] keys = new Key[phases.size()];
    Number[][] starts = new Number[1][phases.size()];
    Number[][] ends = new Number[1][phases.size()];
    for (int i = 0; i < phases.size(); i++) {
      Phase p = phases.get(i);
      keys[i] = new Key(i, label(p, msg));
      starts[0][i] = p.firstMonth() - 1;
      ends[0][i] = p.lastMonth();
    }
    DefaultIntervalCategoryDataset data =
        new DefaultIntervalCategoryDataset(new Comparable<?>[] {msg.get("chart.roadmap.phase")}, keys, starts, ends);

    CategoryAxis categories = new LabelAxis(Arrays.stream(keys).map(Key::label).toList());
    ChartStyle.categoryAxis(categories);
    categories.setTickLabelFont(ChartStyle.font());
    categories.setMaximumCategoryLabelWidthRatio(0.28f);
    categories.setMaximumCategoryLabelLines(3);
    categories.setCategoryMargin(0.3);
    double plotHeight = ROW * phases.size() + HEADROOM;
    categories.setLowerMargin(HEADROOM / plotHeight);
    categories.setUpperMargin(4 / plotHeight);

    MonthAxis axis = new MonthAxis(roadmap.start(), months, msg);
    ChartStyle.valueAxis(axis);
    axis.setTickMarksVisible(false);
    axis.setMinorTickMarksVisible(true);

    IntervalBarRenderer bars = new IntervalBarRenderer();
    ChartStyle.flat(bars);
    bars.setSeriesPaint(0, ChartStyle.rgb(0x1565c0));
    bars.setMaximumBarWidth(1);

    CategoryPlot plot = new CategoryPlot(data, categories, axis, bars);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    ChartStyle.plot(plot);
    plot.setRangeGridlinesVisible(false);
    plot.setRangeMinorGridlinesVisible(true);
    plot.setRangeMinorGridlinePaint(ChartStyle.GRID);
    plot.setRangeMinorGridlineStroke(ChartStyle.gridStroke());
    Double position = asOfPosition(roadmap.start(), asOf, months);
    if (position != null) {
      plot.addRangeMarker(asOfLine(msg.get("chart.as_of", asOf), position, months), Layer.FOREGROUND);
    }
    JFreeChart chart = ChartStyle.chart(plot, false);

    int height = 60 + ROW * phases.size() + HEADROOM;
    return Optional.of(SvgOutput.render(chart, ID, WIDTH, height, msg.get("roadmap.title"),
        describe(roadmap, asOf, position, msg)));
  }

  /** "Foundation" over "target level 2" (JFreeChart breaks category labels at newlines). */
  private static String label(Phase p, Messages msg) {
    String name = Words.clean(p.name());
    return p.targetMaturity() == null ? name : name + "\n" + msg.get("chart.roadmap.target", p.targetMaturity());
  }

  /**
   * Where {@code asOf} falls on the month axis (month {@code m} spans {@code [m-1, m]}, starting
   * at {@code start}), or null without a start date or outside the roadmap.
   */
  static Double asOfPosition(LocalDate start, LocalDate asOf, int months) {
    if (start == null || asOf == null || asOf.isBefore(start)) {
      return null;
    }
    long whole = ChronoUnit.MONTHS.between(start, asOf);
    if (whole >= months) {
      return null;
    }
    LocalDate from = start.plusMonths(whole);
    LocalDate to = start.plusMonths(whole + 1);
    double fraction = (double) ChronoUnit.DAYS.between(from, asOf) / ChronoUnit.DAYS.between(from, to);
    return whole + fraction;
  }

  private static ValueMarker asOfLine(String label, double position, int months) {
    ValueMarker m = new ValueMarker(position);
    m.setPaint(ChartStyle.INK);
    m.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
    m.setLabel(label);
    m.setLabelFont(ChartStyle.smallFont());
    m.setLabelPaint(ChartStyle.INK);
    // Opaque: transparency would need a transparency group in the PDF (PDF/A-1 forbids it).
    m.setAlpha(1f);
    m.setLabelBackgroundColor(ChartStyle.BACKGROUND);
    m.setLabelOffset(new RectangleInsets(3, 4, 3, 4));
    // The label goes on the side of the line with more room, so it is never cut at the plot edge.
    if (position > months / 2.0) {
      m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
      m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
    } else {
      m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
      m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    }
    return m;
  }

  /** "Foundation: months 1 to 2 (Jan 2026 to Feb 2026), target level 2; … As of 2026-11-26, in month 11." */
  static String describe(Roadmap roadmap, LocalDate asOf, Double position, Messages msg) {
    List<String> parts = new ArrayList<>();
    for (Phase p : roadmap.phases()) {
      StringBuilder s = new StringBuilder(Words.clean(p.name())).append(": ");
      s.append(p.firstMonth() == p.lastMonth() ? msg.get("chart.roadmap.in_month", p.firstMonth())
          : msg.get("chart.roadmap.in_months", p.firstMonth(), p.lastMonth()));
      if (roadmap.start() != null) {
        String from = Words.month(roadmap.start().plusMonths(p.firstMonth() - 1L), msg);
        String to = Words.month(roadmap.start().plusMonths(p.lastMonth() - 1L), msg);
        s.append(" (").append(from.equals(to) ? from : msg.get("chart.roadmap.from_to", from, to)).append(')');
      }
      if (p.targetMaturity() != null) {
        s.append(", ").append(msg.get("chart.roadmap.target", p.targetMaturity()));
      }
      parts.add(s.toString());
    }
    String text = msg.get("chart.roadmap.describe", String.join("; ", parts));
    if (position != null) {
      text += " " + msg.get("chart.roadmap.describe_as_of", asOf, (int) Math.floor(position) + 1);
    }
    return text;
  }
}
