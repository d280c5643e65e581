package dev.govern.render.chart;

import dev.govern.i18n.Messages;

import dev.govern.analysis.Coverage;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** A framework's top-level groups: % of requirements covered, and % covered by implemented controls. */
final class CoverageChart {

  /** The axis runs a little past 100 so that "100%" fits after a full bar. */
  private static final double LABEL_ROOM = 112;

  private CoverageChart() {}

  static Svg of(Coverage coverage, Messages msg) {
    String covered = msg.get("chart.coverage.covered");
    String implemented = msg.get("chart.coverage.implemented");
    List<Coverage.GroupCoverage> groups = coverage.groups();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      Coverage.GroupCoverage g = groups.get(i);
      Key key = new Key(i, Words.clean(g.label()));
      labels.add(key.label());
      data.addValue(g.percent(), covered, key);
      data.addValue(implementedPercent(g), implemented, key);
    }

    CategoryAxis categories = new LabelAxis(labels);
    ChartStyle.categoryAxis(categories);
    categories.setCategoryMargin(0.3);
    categories.setLowerMargin(0.03);
    categories.setUpperMargin(0.03);
    categories.setMaximumCategoryLabelWidthRatio(0.36f);

    NumberAxis percent = new NumberAxis(msg.get("chart.coverage.axis"));
    ChartStyle.valueAxis(percent);
    // Ticks stop at 100; the room beyond is for the label of a full bar, which the plot would clip.
    percent.setRange(0, LABEL_ROOM);
    percent.setTickUnit(new NumberTickUnit(20, new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT))));

    BarRenderer bars = new BarRenderer();
    ChartStyle.flat(bars);
    bars.setItemMargin(0.04);
    bars.setMaximumBarWidth(0.5);
    bars.setSeriesPaint(0, ChartStyle.COVERED);
    bars.setSeriesPaint(1, ChartStyle.IMPLEMENTED);
    bars.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator(msg.raw("format.percent").replace("{0}", "{2}"),
            NumberFormat.getIntegerInstance(Locale.ROOT)));
    bars.setDefaultItemLabelsVisible(true);
    bars.setDefaultItemLabelPaint(ChartStyle.INK);
    bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));

    CategoryPlot plot = new CategoryPlot(data, categories, percent, bars);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    ChartStyle.plot(plot);
    plot.setNoDataMessage(msg.get("chart.coverage.none"));
    JFreeChart chart = ChartStyle.chart(plot, true);

    String id = SvgOutput.id("chart-coverage-", coverage.catalogue().id());
    String title = msg.get("chart.coverage.title", Words.clean(coverage.catalogue().title()));
    int height = 84 + 36 * Math.max(1, groups.size());
    return SvgOutput.render(chart, id, 640, height, title, describe(coverage, msg));
  }

  /** Rounded down like {@link Coverage.GroupCoverage#percent()}, so 99.6% never shows as complete. */
  static int implementedPercent(Coverage.GroupCoverage g) {
    return g.requirements() == 0 ? 0 : (int) Math.floor(100.0 * g.implemented() / g.requirements());
  }

  static String describe(Coverage coverage, Messages msg) {
    StringBuilder s = new StringBuilder(msg.get("chart.coverage.describe", Words.clean(coverage.catalogue().title()),
        coverage.requirements(), coverage.covered(), msg.percent(coverage.percent()), coverage.implemented(),
        msg.percent(coverage.implementedPercent())));
    List<String> parts = new ArrayList<>();
    for (Coverage.GroupCoverage g : coverage.groups()) {
      parts.add(msg.get("chart.coverage.group", Words.clean(g.label()), g.covered(), g.requirements(),
          msg.percent(g.percent()), g.implemented(), msg.percent(implementedPercent(g))));
    }
    if (!parts.isEmpty()) {
      s.append(' ').append(String.join("; ", parts)).append('.');
    }
    return s.toString();
  }

}
