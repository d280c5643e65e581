package dev.govern.render.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A horizontal axis of roadmap months: month {@code m} (from 1) spans {@code [m-1, m]}. Gridlines
 * fall on month boundaries (minor ticks); labels sit in the middle of their month (major ticks),
 * and only every second, third… month is labelled when the labels would otherwise collide.
 */
final class MonthAxis extends NumberAxis {
  private final dev.govern.i18n.Messages messages;

  private static final long serialVersionUID = 1L;
  private static final int GAP = 8;

  /** First day of month 1, or null to number the months. */
  private final LocalDate start;
  private final int months;

  MonthAxis(LocalDate start, int months, dev.govern.i18n.Messages messages) {
    super(null);
    this.messages = messages;
    this.start = start;
    this.months = months;
    setAutoRange(false);
    setRange(0, months);
  }

  @Override
  public List<ValueTick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
    List<ValueTick> ticks = new ArrayList<>();
    for (int m = 0; m <= months; m++) {
      ticks.add(new NumberTick(TickType.MINOR, m, "", TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0));
    }
    List<String> labels = fitting(g2.getFontMetrics(getTickLabelFont()), dataArea.getWidth() / months);
    for (int m = 0; m < months; m++) {
      if (!labels.get(m).isEmpty()) {
        ticks.add(new NumberTick(TickType.MAJOR, m + 0.5, labels.get(m), TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0));
      }
    }
    return ticks;
  }

  /** The labels of the smallest step at which no two neighbours run into each other. */
  private List<String> fitting(FontMetrics fm, double perMonth) {
    for (int step = 1; step < months; step++) {
      List<String> labels = labels(step);
      if (fits(labels, fm, perMonth)) {
        return labels;
      }
    }
    return labels(Math.max(1, months));
  }

  private static boolean fits(List<String> labels, FontMetrics fm, double perMonth) {
    int previous = -1;
    for (int m = 0; m < labels.size(); m++) {
      if (labels.get(m).isEmpty()) {
        continue;
      }
      if (previous >= 0) {
        // Labels are centred on their months: half of each, plus a gap, must fit between centres.
        double need = (fm.stringWidth(labels.get(previous)) + fm.stringWidth(labels.get(m))) / 2.0 + GAP;
        if (need > (m - previous) * perMonth) {
          return false;
        }
      }
      previous = m;
    }
    return true;
  }

  /**
   * One label per {@code step} months: "Jan 2026" where a year starts (and first), else "Feb"; or
   * "Month 1", "Month 2"… without a start date.
   */
  List<String> labels(int step) {
    List<String> labels = new ArrayList<>();
    int lastYear = Integer.MIN_VALUE;
    for (int m = 0; m < months; m++) {
      if (m % step != 0) {
        labels.add("");
      } else if (start == null) {
        labels.add(messages.get("chart.month", m + 1));
      } else {
        LocalDate d = start.plusMonths(m);
        labels.add(d.getYear() != lastYear ? Words.month(d, messages) : Words.monthName(d, messages));
        lastYear = d.getYear();
      }
    }
    return labels;
  }
}
