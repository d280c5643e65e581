package dev.govern.render.chart;

import dev.govern.analysis.Analysis;
import dev.govern.analysis.Coverage;
import dev.govern.analysis.KpiStatus;
import dev.govern.model.Roadmap;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The charts of the site and the PDF. Each is plain SVG (no scripts, filters, gradients, images or
 * outside references) so that browsers and the PDF renderer draw the same thing, and is identical
 * for identical input whatever the machine, default locale or time zone.
 *
 * <p>Thread-safe: every call builds its own chart objects. The first call loads the bundled DejaVu
 * Sans and sets {@code java.awt.headless=true} unless the property is already set.
 */
public final class Charts {
  private Charts() {}

  /**
   * Horizontal stacked bars: one bar per domain (data order), segments the control count by status
   * (Implemented, Partial, Planned, Not implemented), with a legend.
   */
  public static Svg domainStatus(List<Analysis.DomainCounts> domains) {
    return DomainStatusChart.of(domains);
  }

  /**
   * One KPI over its periods: a line per segment (or the single "value"), and each segment's
   * target as a dashed line in the same colour labelled like "target critical >99%". Empty when the
   * KPI has no values.
   */
  public static Optional<Svg> kpiTrend(KpiStatus status) {
    return KpiTrendChart.of(status);
  }

  /**
   * Horizontal bars per top-level group of a framework catalogue: % of requirements covered by a
   * mapped control and % covered by an implemented control, on a 0–100 axis.
   */
  public static Svg coverage(Coverage coverage) {
    return CoverageChart.of(coverage);
  }

  /**
   * The roadmap as a timeline: a bar per phase over its months, labelled with its name and target
   * level; calendar months when the roadmap has a start date ("Jan 2026"), else "Month 1"…; and a
   * line at {@code asOf} when it falls within a dated roadmap. Empty when there are no phases.
   *
   * @param asOf may be null for no as-of line
   */
  public static Optional<Svg> roadmap(Roadmap roadmap, LocalDate asOf) {
    return RoadmapChart.of(roadmap, asOf);
  }
}
