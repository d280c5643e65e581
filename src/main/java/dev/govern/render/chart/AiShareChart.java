package dev.govern.render.chart;

import dev.govern.i18n.Messages;

import dev.govern.analysis.AiAttribution;
import dev.govern.analysis.Share;
import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The organisation-wide share of AI-attributed commits per month, and the share of lines added by
 * them: what the signals count, never "AI-written code". A month without commits is a gap.
 */
final class AiShareChart {
  static final int WIDTH = 640;
  static final int HEIGHT = 280;

  private AiShareChart() {}

  static Optional<Svg> of(AiAttribution ai, Messages msg) {
    String commits = msg.get("ai.ai_commits");
    String lines = msg.get("ai.ai_lines_added");
    if (ai.months().stream().noneMatch(m -> m.commitShare().defined())) {
      return Optional.empty();
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<AiAttribution.MonthRow> months = ai.months();
    for (int i = 0; i < months.size(); i++) {
      AiAttribution.MonthRow m = months.get(i);
      Key key = new Key(i, msg.monthShort(m.month()));
      data.addValue(value(m.commitShare()), commits, key);
      data.addValue(value(m.lineShare()), lines, key);
    }
    CategoryAxis axis = new LabelAxis(months.stream().map(m -> msg.monthShort(m.month())).toList());
    ChartStyle.categoryAxis(axis);
    axis.setMaximumCategoryLabelLines(1);
    axis.setLowerMargin(0.02);
    axis.setUpperMargin(0.02);
    axis.setCategoryMargin(0);
    NumberAxis values = new NumberAxis("%");
    ChartStyle.valueAxis(values);
    values.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
    values.setLabelAngle(Math.PI / 2);
    values.setRange(0, 100.5);
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
    for (int s = 0; s < 2; s++) {
      renderer.setSeriesPaint(s, ChartStyle.SERIES[s]);
      renderer.setSeriesStroke(s, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      renderer.setSeriesShape(s, new Ellipse2D.Double(-3, -3, 6, 6));
    }
    CategoryPlot plot = new CategoryPlot(data, axis, values, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    ChartStyle.plot(plot);
    JFreeChart chart = ChartStyle.chart(plot, true);
    return Optional.of(SvgOutput.render(chart, "chart-ai-share", WIDTH, HEIGHT,
        msg.get("chart.ai.title"), describe(months, msg)));
  }

  private static Double value(Share s) {
    return s.defined() ? s.percent() : null;
  }

  static String describe(List<AiAttribution.MonthRow> months, Messages msg) {
    List<String> parts = new ArrayList<>();
    for (AiAttribution.MonthRow m : months) {
      parts.add(msg.monthShort(m.month()) + " " + (m.commitShare().defined()
          ? msg.get("chart.ai.month", msg.percent(new java.math.BigDecimal(m.commitShare().text())), m.commits(),
              msg.percent(new java.math.BigDecimal(m.lineShare().text())))
          : msg.get("chart.ai.no_commits")));
    }
    return msg.get("chart.ai.describe", String.join("; ", parts));
  }

}
