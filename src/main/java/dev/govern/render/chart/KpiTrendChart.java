package dev.govern.render.chart;

import dev.govern.analysis.KpiStatus;
import dev.govern.model.Kpi;
import dev.govern.model.KpiValue;
import dev.govern.model.Target;
import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** One KPI over its periods: a line per segment and each segment's target as a dashed line. */
final class KpiTrendChart {
  static final int WIDTH = 640;
  static final int HEIGHT = 280;

  private KpiTrendChart() {}

  static Optional<Svg> of(KpiStatus status) {
    Kpi kpi = status.kpi();
    if (kpi.values().stream().allMatch(v -> v.values().isEmpty())) {
      return Optional.empty();
    }
    List<Line> lines = lines(kpi);
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Line line : lines) {
      for (KpiValue v : kpi.values()) {
        // A period without a value for this segment is a gap in its line.
        data.addValue(v.values().get(line.segment()), Words.clean(line.segment()), period(kpi, v));
      }
    }

    CategoryAxis periods = new LabelAxis(kpi.values().stream().map(v -> v.period().toString()).toList());
    ChartStyle.categoryAxis(periods);
    periods.setMaximumCategoryLabelLines(1);
    periods.setLowerMargin(0.02);
    periods.setUpperMargin(0.02);
    periods.setCategoryMargin(0);

    String unit = lines.stream().filter(l -> l.target() != null).map(l -> l.target().unit()).findFirst().orElse("");
    NumberAxis values = new NumberAxis(unit.isEmpty() ? null : Words.clean(unit));
    ChartStyle.valueAxis(values);
    values.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
    // Upright: JFreeChart draws turned text as glyph outlines, and a short unit reads better flat.
    values.setLabelAngle(Math.PI / 2);
    double[] range = range(kpi, unit);
    values.setRange(range[0], range[1]);

    LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
    for (int s = 0; s < lines.size(); s++) {
      renderer.setSeriesPaint(s, color(s));
      renderer.setSeriesStroke(s, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      renderer.setSeriesShape(s, ChartStyle.marker(s, 3));
    }

    CategoryPlot plot = new CategoryPlot(data, periods, values, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    ChartStyle.plot(plot);
    addTargetLines(plot, kpi, lines, range);
    // A legend says which line is which segment; a single line needs none.
    JFreeChart chart = ChartStyle.chart(plot, lines.size() > 1);

    String id = SvgOutput.id("chart-kpi-", kpi.id());
    String title = Words.clean(kpi.name()) + " by month";
    return Optional.of(SvgOutput.render(chart, id, WIDTH, HEIGHT, title, describe(kpi)));
  }

  /** A line of the chart: a segment, with its target when the KPI gives one. */
  record Line(String segment, Target target) {}

  /** The targets' segments in target order, then any segment that has values but no target. */
  static List<Line> lines(Kpi kpi) {
    List<Line> lines = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Target t : kpi.targets()) {
      if (seen.add(t.segment())) {
        lines.add(new Line(t.segment(), t));
      }
    }
    for (KpiValue v : kpi.values()) {
      for (String segment : v.values().keySet()) {
        if (seen.add(segment)) {
          lines.add(new Line(segment, null));
        }
      }
    }
    return lines;
  }

  private static Color color(int series) {
    return ChartStyle.SERIES[series % ChartStyle.SERIES.length];
  }

  /** "target critical >99%", or "target >90%" for a KPI with one target. */
  static String targetLabel(Target t) {
    String text = Words.clean(t.text());
    return t.segment().equals(Target.SINGLE) ? "target " + text : "target " + Words.clean(t.segment()) + " " + text;
  }

  /** The period as a category: its place in the data, shown as YYYY-MM. */
  private static Key period(Kpi kpi, KpiValue v) {
    return new Key(kpi.values().indexOf(v), v.period().toString());
  }

  private static void addTargetLines(CategoryPlot plot, Kpi kpi, List<Line> lines, double[] range) {
    List<List<Double>> series = new ArrayList<>();
    for (Line line : lines) {
      List<Double> values = new ArrayList<>();
      for (KpiValue v : kpi.values()) {
        BigDecimal n = v.values().get(line.segment());
        values.add(n == null ? null : n.doubleValue());
      }
      series.add(values);
    }
    List<Integer> withTarget = new ArrayList<>();
    for (int s = 0; s < lines.size(); s++) {
      if (lines.get(s).target() != null) {
        withTarget.add(s);
      }
    }
    List<TargetLabels.Place> places = TargetLabels.place(series,
        withTarget.stream().map(s -> lines.get(s).target().number().doubleValue()).toList(),
        withTarget.stream().map(s -> targetLabel(lines.get(s).target())).toList(), ChartStyle.smallFont(), range);
    for (int i = 0; i < withTarget.size(); i++) {
      int s = withTarget.get(i);
      plot.addRangeMarker(targetLine(lines.get(s).target(), color(s), places.get(i)), Layer.BACKGROUND);
    }
  }

  private static ValueMarker targetLine(Target t, Color c, TargetLabels.Place place) {
    ValueMarker m = new ValueMarker(t.number().doubleValue());
    m.setPaint(c);
    m.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    m.setLabel(targetLabel(t));
    m.setLabelFont(ChartStyle.smallFont());
    m.setLabelPaint(c);
    // Opaque: transparency would need a transparency group in the PDF (PDF/A-1 forbids it).
    m.setAlpha(1f);
    m.setLabelBackgroundColor(ChartStyle.BACKGROUND);
    m.setLabelOffset(new RectangleInsets(2, 6, 2, 6));
    boolean below = place.below();
    boolean right = place.right();
    if (below) {
      m.setLabelAnchor(right ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.BOTTOM_LEFT);
      m.setLabelTextAnchor(right ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
    } else {
      m.setLabelAnchor(right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
      m.setLabelTextAnchor(right ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
    }
    return m;
  }

  /**
   * The value range to show: all values and targets with some room around them; for a percentage,
   * kept within 0–100 unless the data itself goes beyond.
   */
  static double[] range(Kpi kpi, String unit) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (KpiValue v : kpi.values()) {
      for (BigDecimal n : v.values().values()) {
        min = Math.min(min, n.doubleValue());
        max = Math.max(max, n.doubleValue());
      }
    }
    for (Target t : kpi.targets()) {
      min = Math.min(min, t.number().doubleValue());
      max = Math.max(max, t.number().doubleValue());
    }
    if (!Double.isFinite(min) || !Double.isFinite(max)) {
      return new double[] {0, 1};
    }
    double span = max - min;
    double pad = span == 0 ? Math.max(1, Math.abs(max) * 0.1) : span * 0.12;
    double lower = min - pad;
    double upper = max + pad;
    if (min >= 0 && lower < 0) {
      lower = 0;
    }
    if (unit.equals("%") && max <= 100 && upper > 100) {
      // Just past 100, so a point at 100% is drawn whole but no tick beyond 100 appears.
      upper = 100 + Math.min(pad, (100 - lower) * 0.03);
    }
    if (upper - lower < 1e-9) {
      upper = lower + 1;
    }
    return new double[] {lower, upper};
  }

  /** The KPI, its targets and every value by period, in words. */
  static String describe(Kpi kpi) {
    List<YearMonth> periods = kpi.values().stream().map(KpiValue::period).toList();
    StringBuilder s = new StringBuilder();
    s.append(Words.clean(kpi.name())).append(", ").append(periods.get(0)).append(" to ")
        .append(periods.get(periods.size() - 1)).append(". ");
    List<String> series = new ArrayList<>();
    for (Line line : lines(kpi)) {
      Target t = line.target();
      String unit = t == null ? "" : Words.clean(t.unit());
      List<String> points = new ArrayList<>();
      for (KpiValue v : kpi.values()) {
        BigDecimal n = v.values().get(line.segment());
        if (n != null) {
          points.add(v.period() + " " + Words.withUnit(n, unit));
        }
      }
      String segment = Words.clean(line.segment());
      String head;
      if (t == null) {
        head = segment + " (no target)";
      } else if (line.segment().equals(Target.SINGLE)) {
        head = "Target " + Words.clean(t.text());
      } else {
        head = segment + " (target " + Words.clean(t.text()) + ")";
      }
      series.add(head + ": " + (points.isEmpty() ? "no values" : String.join(", ", points)));
    }
    s.append(String.join("; ", series)).append('.');
    return s.toString();
  }
}
