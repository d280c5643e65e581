package dev.govern.render.chart;

import dev.govern.i18n.Messages;

import dev.govern.analysis.Analysis;
import dev.govern.model.Status;
import java.awt.Color;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** Controls per domain by implementation status, as horizontal stacked bars. */
final class DomainStatusChart {
  static final String ID = "chart-domain-status";

  /** Most advanced first, the order the legend and each bar read in. */
  static final List<Status> ORDER = List.of(Status.IMPLEMENTED, Status.PARTIAL, Status.PLANNED, Status.NOT_IMPLEMENTED);

  private DomainStatusChart() {}

  static Svg of(List<Analysis.DomainCounts> domains, Messages msg) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<Key> keys = new ArrayList<>();
    for (int i = 0; i < domains.size(); i++) {
      keys.add(new Key(i, Words.clean(domains.get(i).domain().name())));
    }
    for (Status status : ORDER) {
      for (int i = 0; i < domains.size(); i++) {
        int n = domains.get(i).count(status);
        // No value rather than zero: a zero-width segment would still carry a "0" label.
        data.addValue(n == 0 ? null : Integer.valueOf(n), msg.get("status." + status.id()), keys.get(i));
      }
    }

    CategoryAxis categories = new LabelAxis(keys.stream().map(Key::label).toList());
    ChartStyle.categoryAxis(categories);
    categories.setCategoryMargin(0.25);
    categories.setLowerMargin(0.04);
    categories.setUpperMargin(0.04);
    categories.setMaximumCategoryLabelWidthRatio(0.32f);

    NumberAxis counts = new NumberAxis(msg.get("nav.controls"));
    ChartStyle.valueAxis(counts);
    counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    counts.setUpperMargin(0.02);

    StackedBarRenderer bars = new StackedBarRenderer() {
      @Override
      public Paint getItemLabelPaint(int row, int column) {
        return ChartStyle.textOn((Color) getSeriesPaint(row));
      }
    };
    ChartStyle.flat(bars);
    bars.setMaximumBarWidth(0.9);
    for (int s = 0; s < ORDER.size(); s++) {
      bars.setSeriesPaint(s, ChartStyle.status(ORDER.get(s)));
    }
    bars.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}", NumberFormat.getIntegerInstance(Locale.ROOT)));
    bars.setDefaultItemLabelsVisible(true);
    bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));

    CategoryPlot plot = new CategoryPlot(data, categories, counts, bars);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    ChartStyle.plot(plot);
    plot.setNoDataMessage(msg.get("chart.no_domains"));
    JFreeChart chart = ChartStyle.chart(plot, true);

    int height = 84 + 28 * Math.max(1, domains.size());
    return SvgOutput.render(chart, ID, 640, height, msg.get("dashboard.by_domain"), describe(domains, msg));
  }

  private static int count(Analysis.DomainCounts d, Status s) {
    return d.count(s);
  }

  /** "Tool Management: 2 implemented, 1 partial, 0 planned, 0 not implemented; …". */
  static String describe(List<Analysis.DomainCounts> domains, Messages msg) {
    if (domains.isEmpty()) {
      return msg.get("chart.no_domains") + ".";
    }
    List<String> parts = new ArrayList<>();
    for (Analysis.DomainCounts d : domains) {
      List<String> counts = new ArrayList<>();
      for (Status s : ORDER) {
        counts.add(d.count(s) + " " + msg.get("status." + s.id()).toLowerCase(msg.language().locale()));
      }
      parts.add(Words.clean(d.domain().name()) + ": " + String.join(", ", counts));
    }
    return msg.get("chart.domain.describe", String.join("; ", parts));
  }
}
