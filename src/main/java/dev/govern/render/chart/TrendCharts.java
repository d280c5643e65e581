package dev.govern.render.chart;

import dev.govern.i18n.Messages;

import dev.govern.history.Trend;
import dev.govern.history.TrendPoint;
import dev.govern.model.Status;
import java.awt.Color;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The governance state over the Git history: maturity level, controls by status, risks by
 * residual level and KPIs by outcome, each a line chart with a category per point, oldest first.
 */
final class TrendCharts {
  static final int WIDTH = 640;
  static final int HEIGHT = 220;

  static final String MATURITY_ID = "chart-trend-maturity";
  static final String CONTROLS_ID = "chart-trend-controls";
  static final String RISKS_ID = "chart-trend-risks";
  static final String KPIS_ID = "chart-trend-kpis";


  /** Colours of the KPI outcomes, and their names. */
  private static final Map<String, Color> OUTCOME_COLORS = Map.of(
      "met", ChartStyle.rgb(0x2e7d32), "missed", ChartStyle.rgb(0xb71c1c), "no_data", ChartStyle.rgb(0x757575));
  private static final Map<String, String> OUTCOME_LABELS = Map.of("met", "Met", "missed", "Missed", "no_data", "No data");

  /** Colours for series the data gives none for, after {@link ChartStyle#SERIES}. */
  private static final Color[] FALLBACK = {
    ChartStyle.rgb(0x1565c0), ChartStyle.rgb(0x6a1b9a), ChartStyle.rgb(0x00838f), ChartStyle.rgb(0xef6c00),
    ChartStyle.rgb(0x5d4037), ChartStyle.rgb(0xad1457), ChartStyle.rgb(0x2e7d32), ChartStyle.rgb(0x455a64),
  };

  private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** Past this many points the markers are dropped, the lines alone stay readable. */
  private static final int MARKERS_UP_TO = 40;

  private TrendCharts() {}

  static Optional<Svg> maturity(Trend trend) {
    return maturity(trend, Messages.english());
  }

  static Optional<Svg> maturity(Trend trend, Messages msg) {
    if (trend.points().size() < 2) {
      return Optional.empty();
    }
    List<TrendPoint> points = trend.points();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<Key> keys = keys(points);
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int i = 0; i < points.size(); i++) {
      Integer level = points.get(i).maturityLevel();
      // No level reached: a gap in the line.
      data.addValue(level, msg.get("dashboard.maturity_level"), keys.get(i));
      if (level != null) {
        min = Math.min(min, level);
        max = Math.max(max, level);
      }
    }
    NumberAxis levels = new NumberAxis(msg.get("field.level"));
    ChartStyle.valueAxis(levels);
    levels.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    levels.setLabelAngle(Math.PI / 2);
    if (max == Integer.MIN_VALUE) {
      levels.setRange(0.5, 1.5);
    } else {
      // Whole levels only, from level 1 (or lower if the data goes lower) to the highest reached.
      levels.setRange(Math.min(min, 1) - 0.5, max + 0.5);
    }
    LineAndShapeRenderer renderer = renderer(List.of(ChartStyle.rgb(0x1565c0)), true);
    JFreeChart chart = chart(data, points, levels, renderer, false);

    List<String> parts = new ArrayList<>();
    boolean byCommit = datesRepeat(points);
    for (TrendPoint p : points) {
      parts.add(pointName(p, byCommit) + ": " + (p.maturityLevel() == null ? msg.get("chart.trend.no_level")
          : msg.get("chart.trend.level", p.maturityLevel())));
    }
    String description = msg.get("chart.trend.describe", msg.get("dashboard.maturity_level"), span(points, msg),
        String.join("; ", parts));
    return Optional.of(SvgOutput.render(chart, MATURITY_ID, WIDTH, HEIGHT, msg.get("chart.trend.maturity"), description));
  }

  static Optional<Svg> controls(Trend trend) {
    return controls(trend, Messages.english());
  }

  static Optional<Svg> controls(Trend trend, Messages msg) {
    List<String> ids = trend.statuses();
    List<String> labels = ids.stream().map(id -> Status.fromId(id).map(st -> msg.get("status." + st.id()))
        .orElse(Words.clean(id))).toList();
    List<Color> colors = new ArrayList<>();
    for (int s = 0; s < ids.size(); s++) {
      Optional<Status> status = Status.fromId(ids.get(s));
      colors.add(status.isPresent() ? ChartStyle.status(status.get()) : fallback(s));
    }
    return counts(trend, ids, labels, colors, TrendPoint::controlsByStatus, CONTROLS_ID, msg.get("chart.trend.controls"),
        msg.get("nav.controls"), msg.get("chart.trend.controls_what"), msg);
  }

  static Optional<Svg> risks(Trend trend, Map<String, String> levelColors, Map<String, String> levelLabels) {
    return risks(trend, levelColors, levelLabels, Messages.english());
  }

  static Optional<Svg> risks(Trend trend, Map<String, String> levelColors, Map<String, String> levelLabels,
      Messages msg) {
    List<String> ids = trend.riskLevels();
    List<String> labels = ids.stream().map(id -> Words.clean(levelLabels.getOrDefault(id, id))).toList();
    List<Color> colors = new ArrayList<>();
    for (int s = 0; s < ids.size(); s++) {
      String hex = levelColors.get(ids.get(s));
      colors.add(hex != null && HEX.matcher(hex).matches() ? ChartStyle.rgb(Integer.parseInt(hex.substring(1), 16)) : fallback(s));
    }
    return counts(trend, ids, labels, colors, TrendPoint::risksByResidual, RISKS_ID, msg.get("chart.trend.risks"),
        msg.get("nav.risks"), msg.get("chart.trend.risks_what"), msg);
  }

  static Optional<Svg> kpiOutcomes(Trend trend) {
    return kpiOutcomes(trend, Messages.english());
  }

  static Optional<Svg> kpiOutcomes(Trend trend, Messages msg) {
    List<String> ids = trend.kpiOutcomes();
    List<String> labels = ids.stream().map(id -> OUTCOME_LABELS.containsKey(id) ? msg.get("outcome." + id)
        : Words.clean(id)).toList();
    List<Color> colors = new ArrayList<>();
    for (int s = 0; s < ids.size(); s++) {
      Color c = OUTCOME_COLORS.get(ids.get(s));
      colors.add(c != null ? c : fallback(s));
    }
    return counts(trend, ids, labels, colors, TrendPoint::kpisByOutcome, KPIS_ID, msg.get("chart.trend.kpis"),
        msg.get("nav.kpis"), msg.get("chart.trend.kpis_what"), msg);
  }

  /** A line per series id of counts taken from each point; a missing count is zero. */
  private static Optional<Svg> counts(Trend trend, List<String> ids, List<String> labels, List<Color> colors,
      Function<TrendPoint, Map<String, Integer>> counts, String id, String title, String axisLabel, String what,
      Messages msg) {
    List<TrendPoint> points = trend.points();
    if (points.size() < 2) {
      return Optional.empty();
    }
    List<Key> keys = keys(points);
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    int max = 0;
    for (int s = 0; s < ids.size(); s++) {
      // Keyed by index: two series that happen to share a label stay two lines.
      Key series = new Key(s, labels.get(s));
      for (int i = 0; i < points.size(); i++) {
        int n = count(counts.apply(points.get(i)), ids.get(s));
        data.addValue(n, series, keys.get(i));
        max = Math.max(max, n);
      }
    }
    NumberAxis values = new NumberAxis(axisLabel);
    ChartStyle.valueAxis(values);
    values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    values.setLabelAngle(Math.PI / 2);
    // From zero, with a little room either side so that a line at zero or at the highest count is
    // not hidden by the axis line or cut by the plot's edge.
    double upper = Math.max(1, max) * 1.08;
    values.setRange(-upper * 0.03, upper);
    LineAndShapeRenderer renderer = renderer(colors, points.size() <= MARKERS_UP_TO);
    JFreeChart chart = chart(data, points, values, renderer, !ids.isEmpty());

    List<String> parts = new ArrayList<>();
    boolean byCommit = datesRepeat(points);
    for (TrendPoint p : points) {
      List<String> numbers = new ArrayList<>();
      Map<String, Integer> m = counts.apply(p);
      for (int s = 0; s < ids.size(); s++) {
        numbers.add(count(m, ids.get(s)) + " " + labels.get(s));
      }
      parts.add(pointName(p, byCommit) + ": " + (numbers.isEmpty() ? msg.get("word.none_lower") : String.join(", ", numbers)));
    }
    String description = msg.get("chart.trend.describe", what, span(points, msg), String.join("; ", parts))
        + coincide(points, ids, labels, counts, msg);
    return Optional.of(SvgOutput.render(chart, id, WIDTH, HEIGHT, title, description));
  }

  /**
   * Which lines run on top of each other, for readers of the text who cannot see that one line
   * hides another: " Lines on top of each other: Planned and Not implemented at every point;
   * Implemented and Partial at 2 of 5 points." Empty when no two lines share a point.
   */
  static String coincide(List<TrendPoint> points, List<String> ids, List<String> labels,
      Function<TrendPoint, Map<String, Integer>> counts, Messages msg) {
    List<String> pairs = new ArrayList<>();
    for (int a = 0; a < ids.size(); a++) {
      for (int b = a + 1; b < ids.size(); b++) {
        int same = 0;
        for (TrendPoint p : points) {
          Map<String, Integer> m = counts.apply(p);
          if (count(m, ids.get(a)) == count(m, ids.get(b))) {
            same++;
          }
        }
        if (same > 0) {
          pairs.add(same == points.size() ? msg.get("chart.trend.same_every", labels.get(a), labels.get(b))
              : msg.get("chart.trend.same_some", labels.get(a), labels.get(b), same, points.size()));
        }
      }
    }
    return pairs.isEmpty() ? "" : " " + msg.get("chart.trend.same", String.join(msg.get("chart.trend.same_separator"), pairs));
  }

  private static int count(Map<String, Integer> m, String id) {
    Integer n = m.get(id);
    return n == null ? 0 : n;
  }

  private static Color fallback(int series) {
    return FALLBACK[series % FALLBACK.length];
  }

  private static LineAndShapeRenderer renderer(List<Color> colors, boolean markers) {
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
    for (int s = 0; s < colors.size(); s++) {
      renderer.setSeriesPaint(s, colors.get(s));
      renderer.setSeriesStroke(s, ChartStyle.line(s, 2f));
      renderer.setSeriesShape(s, ChartStyle.marker(s, markers ? 3.5 : 1.5));
    }
    return renderer;
  }

  private static JFreeChart chart(DefaultCategoryDataset data, List<TrendPoint> points, NumberAxis values,
      LineAndShapeRenderer renderer, boolean legend) {
    boolean byCommit = datesRepeat(points);
    TrendAxis axis = new TrendAxis(points.stream().map(p -> labelLines(p, byCommit)).toList());
    CategoryPlot plot = new CategoryPlot(data, axis, values, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    ChartStyle.plot(plot);
    return ChartStyle.chart(plot, legend);
  }

  /** A category per point, in order; labelled by its date (and tag) but kept apart by index. */
  private static List<Key> keys(List<TrendPoint> points) {
    List<Key> keys = new ArrayList<>();
    boolean byCommit = datesRepeat(points);
    for (int i = 0; i < points.size(); i++) {
      keys.add(new Key(i, pointName(points.get(i), byCommit)));
    }
    return keys;
  }

  /**
   * The date, and the first tag below it when the point has one. When two points share a date, a
   * date would label several points alike: then each point is labelled by its shortened commit.
   */
  static List<String> labelLines(TrendPoint p, boolean byCommit) {
    String first = byCommit ? p.shortCommit() : date(p);
    String tag = firstTag(p);
    return tag == null ? List.of(first) : List.of(first, tag);
  }

  /** Whether two points share a date. */
  static boolean datesRepeat(List<TrendPoint> points) {
    return points.stream().map(TrendCharts::date).distinct().count() < points.size();
  }

  /** "2026-01-10 (v1.0)", or "2026-03-02" for an untagged point; the commit is added when dates repeat. */
  static String pointName(TrendPoint p, boolean byCommit) {
    String tag = firstTag(p);
    String name = byCommit ? date(p) + " " + p.shortCommit() : date(p);
    return tag == null ? name : name + " (" + tag + ")";
  }

  private static String firstTag(TrendPoint p) {
    return p.tags().stream().filter(Objects::nonNull).map(Words::clean).filter(t -> !t.isBlank()).findFirst()
        .orElse(null);
  }

  static String date(TrendPoint p) {
    return DATE.format(p.date());
  }

  /** "5 points, 2026-01-10 to 2026-05-01". */
  private static String span(List<TrendPoint> points, Messages msg) {
    return msg.get("chart.trend.span", points.size(), date(points.get(0)), date(points.get(points.size() - 1)));
  }
}
