package dev.govern.render.chart;

import dev.govern.analysis.AiAttribution;
import dev.govern.analysis.Share;
import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
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
  static final String COMMITS = "AI-attributed commits";
  static final String LINES = "Lines added in AI-attributed commits";

  private AiShareChart() {}

  static Optional<Svg> of(AiAttribution ai) {
    if (ai.months().stream().noneMatch(m -> m.commitShare().defined())) {
      return Optional.empty();
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<AiAttribution.MonthRow> months = ai.months();
    for (int i = 0; i < months.size(); i++) {
      AiAttribution.MonthRow m = months.get(i);
      Key key = new Key(i, m.month().toString());
      data.addValue(value(m.commitShare()), COMMITS, key);
      data.addValue(value(m.lineShare()), LINES, key);
    }
    CategoryAxis axis = new LabelAxis(months.stream().map(m -> m.month().toString()).toList());
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
        "AI-attributed share of commits and added lines by month", describe(months)));
  }

  private static Double value(Share s) {
    return s.defined() ? s.percent() : null;
  }

  static String describe(List<AiAttribution.MonthRow> months) {
    StringBuilder sb = new StringBuilder("Share of commits carrying an AI assistant's signal (trailers, bot authors,"
        + " git-ai notes, Agent Trace), and of lines added by those commits, across all scanned repositories: ");
    for (int i = 0; i < months.size(); i++) {
      AiAttribution.MonthRow m = months.get(i);
      sb.append(i == 0 ? "" : "; ").append(m.month()).append(' ');
      if (m.commitShare().defined()) {
        sb.append(m.commitShare().text()).append("% of ").append(m.commits()).append(" commits, ")
            .append(m.lineShare().text()).append("% of lines added");
      } else {
        sb.append("no commits");
      }
    }
    return sb.append('.').toString();
  }
}
