package dev.govern.render.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses where each KPI target's label sits — at the left or right end of its dashed line, above
 * or below it — so that it covers as few data points and line segments as possible, stays inside
 * the plot and does not cover an earlier target's label.
 *
 * <p>Works on the chart's approximate plot size: it only has to rank four candidate places, and
 * the result depends on nothing but the data, so it is as deterministic as the rest.
 */
final class TargetLabels {
  /** Approximate plot area of a KPI chart, in pixels. */
  private static final double PLOT_W = 540;
  private static final double PLOT_H = 200;
  /** Label height and the space around a label or a point marker, in pixels. */
  private static final double LABEL_H = 13;
  private static final double PAD = 4;
  private static final double OFFSET = 6;

  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  /** Where a label goes. */
  record Place(boolean right, boolean below) {}

  /** A label's box in data units: x in periods (point i at i + 0.5), y in values. */
  private record Box(double x0, double x1, double y0, double y1) {
    boolean overlaps(Box o) {
      return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
    }

    boolean contains(double x, double y) {
      return x >= x0 && x <= x1 && y >= y0 && y <= y1;
    }
  }

  /** The candidates, best first when they score the same. */
  private static final List<Place> ORDER = List.of(
      new Place(true, false), new Place(true, true), new Place(false, false), new Place(false, true));

  private TargetLabels() {}

  /**
   * @param series each line's values by period (null where a period has none)
   * @param targets each labelled target's value, in drawing order
   * @param labels each target's label text
   * @param range the value axis range {lower, upper}
   */
  static List<Place> place(List<List<Double>> series, List<Double> targets, List<String> labels, Font font,
      double[] range) {
    int periods = series.isEmpty() ? 1 : Math.max(1, series.get(0).size());
    double perPeriod = PLOT_W / periods;
    double perPixel = (range[1] - range[0]) / PLOT_H;
    double padX = PAD / perPeriod;
    double padY = PAD * perPixel;
    List<Box> taken = new ArrayList<>();
    List<Place> places = new ArrayList<>();
    for (int t = 0; t < targets.size(); t++) {
      double value = targets.get(t);
      double width = (font.getStringBounds(labels.get(t), FRC).getWidth() + 2 * OFFSET) / perPeriod;
      double height = (LABEL_H + PAD) * perPixel;
      Place best = ORDER.get(0);
      Box bestBox = null;
      int bestScore = Integer.MAX_VALUE;
      for (Place p : ORDER) {
        double x0 = p.right() ? periods - width : 0;
        double x1 = p.right() ? periods : width;
        double y0 = p.below() ? value - height : value;
        double y1 = p.below() ? value : value + height;
        Box box = new Box(x0 - padX, x1 + padX, y0 - padY, y1 + padY);
        int score = crossings(series, box);
        if (y0 < range[0] || y1 > range[1]) {
          score += 1000;
        }
        for (Box other : taken) {
          if (other.overlaps(box)) {
            score += 100;
          }
        }
        if (score < bestScore) {
          bestScore = score;
          best = p;
          bestBox = box;
        }
      }
      taken.add(bestBox);
      places.add(best);
    }
    return places;
  }

  /** How many points, and line segments between neighbouring points, fall in the box. */
  private static int crossings(List<List<Double>> series, Box box) {
    int n = 0;
    for (List<Double> values : series) {
      for (int i = 0; i < values.size(); i++) {
        Double v = values.get(i);
        if (v == null) {
          continue;
        }
        double x = i + 0.5;
        if (box.contains(x, v)) {
          n++;
        }
        Double next = i + 1 < values.size() ? values.get(i + 1) : null;
        if (next != null && segmentCrosses(x, v, x + 1, next, box)) {
          n++;
        }
      }
    }
    return n;
  }

  private static boolean segmentCrosses(double xa, double ya, double xb, double yb, Box box) {
    double from = Math.max(xa, box.x0());
    double to = Math.min(xb, box.x1());
    if (from > to) {
      return false;
    }
    double slope = (yb - ya) / (xb - xa);
    double y0 = ya + slope * (from - xa);
    double y1 = ya + slope * (to - xa);
    return Math.max(y0, y1) >= box.y0() && Math.min(y0, y1) <= box.y1();
  }
}
