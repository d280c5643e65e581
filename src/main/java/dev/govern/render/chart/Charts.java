package dev.govern.render.chart;

import dev.govern.i18n.Messages;

import dev.govern.analysis.Analysis;
import dev.govern.analysis.Coverage;
import dev.govern.analysis.KpiStatus;
import dev.govern.history.Trend;
import dev.govern.model.Roadmap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
    return domainStatus(domains, Messages.english());
  }

  /** {@link #domainStatus(List)} in the language of {@code messages}. */
  public static Svg domainStatus(List<Analysis.DomainCounts> domains, Messages messages) {
    return DomainStatusChart.of(domains, messages);
  }

  /**
   * One KPI over its periods: a line per segment (or the single "value"), and each segment's
   * target as a dashed line in the same colour labelled like "target critical >99%". Empty when the
   * KPI has no values.
   */
  public static Optional<Svg> kpiTrend(KpiStatus status) {
    return KpiTrendChart.of(status);
  }

  /** {@link #kpiTrend(KpiStatus)} in the language of {@code messages}. */
  public static Optional<Svg> kpiTrend(KpiStatus status, Messages messages) {
    return KpiTrendChart.of(status, messages);
  }

  /**
   * Horizontal bars per top-level group of a framework catalogue: % of requirements covered by a
   * mapped control and % covered by an implemented control, on a 0–100 axis.
   */
  public static Svg coverage(Coverage coverage) {
    return coverage(coverage, Messages.english());
  }

  /** {@link #coverage(Coverage)} in the language of {@code messages}. */
  public static Svg coverage(Coverage coverage, Messages messages) {
    return CoverageChart.of(coverage, messages);
  }

  /**
   * The roadmap as a timeline: a bar per phase over its months, labelled with its name and target
   * level; calendar months when the roadmap has a start date ("Jan 2026"), else "Month 1"…; and a
   * line at {@code asOf} when it falls within a dated roadmap. Empty when there are no phases.
   *
   * @param asOf may be null for no as-of line
   */
  public static Optional<Svg> roadmap(Roadmap roadmap, LocalDate asOf) {
    return roadmap(roadmap, asOf, Messages.english());
  }

  /** {@link #roadmap(Roadmap, LocalDate)} in the language of {@code messages}. */
  public static Optional<Svg> roadmap(Roadmap roadmap, LocalDate asOf, Messages messages) {
    return RoadmapChart.of(roadmap, asOf, messages);
  }

  // Governance over the Git history, one chart per metric, oldest point first; empty when the
  // trend has fewer than 2 points. The bottom axis has a category per point labelled with its date
  // (yyyy-MM-dd, UTC) and, below it, the point's first tag; when crowded, only some are labelled
  // (always the oldest and the newest).

  /**
   * The maturity level reached at each point, on an axis of whole levels; a point with no level
   * is a gap in the line. Empty when the trend has fewer than 2 points.
   */
  public static Optional<Svg> maturityTrend(Trend trend) {
    return TrendCharts.maturity(trend);
  }

  /** {@link #maturityTrend(Trend)} in the language of {@code messages}. */
  public static Optional<Svg> maturityTrend(Trend trend, Messages messages) {
    return TrendCharts.maturity(trend, messages);
  }

  /**
   * Controls by status at each point, a line per status of {@link Trend#statuses()} in the status
   * colours of the domain chart. Empty when the trend has fewer than 2 points.
   */
  public static Optional<Svg> controlsTrend(Trend trend) {
    return TrendCharts.controls(trend);
  }

  /** {@link #controlsTrend(Trend)} in the language of {@code messages}. */
  public static Optional<Svg> controlsTrend(Trend trend, Messages messages) {
    return TrendCharts.controls(trend, messages);
  }

  /**
   * Risks by residual level at each point, a line per level of {@link Trend#riskLevels()}.
   * Empty when the trend has fewer than 2 points.
   *
   * @param levelColors each level's colour as {@code #rrggbb}; a level missing here (or with
   *     another spelling) takes a colour of a fixed palette
   * @param levelLabels each level's name; a level missing here is named by its id
   */
  public static Optional<Svg> risksTrend(Trend trend, Map<String, String> levelColors, Map<String, String> levelLabels) {
    return TrendCharts.risks(trend, levelColors, levelLabels);
  }

  /** {@link #risksTrend(Trend, Map, Map)} in the language of {@code messages}. */
  public static Optional<Svg> risksTrend(Trend trend, Map<String, String> levelColors, Map<String, String> levelLabels,
      Messages messages) {
    return TrendCharts.risks(trend, levelColors, levelLabels, messages);
  }

  /**
   * KPIs by outcome at each point: Met (green), Missed (red) and No data (grey), a line each.
   * Empty when the trend has fewer than 2 points.
   */
  public static Optional<Svg> kpiOutcomeTrend(Trend trend) {
    return TrendCharts.kpiOutcomes(trend);
  }

  /** {@link #kpiOutcomeTrend(Trend)} in the language of {@code messages}. */
  public static Optional<Svg> kpiOutcomeTrend(Trend trend, Messages messages) {
    return TrendCharts.kpiOutcomes(trend, messages);
  }

  /** The organisation-wide AI-attributed share by month; empty when no month has commits. */
  public static Optional<Svg> aiShare(dev.govern.analysis.AiAttribution ai) {
    return aiShare(ai, Messages.english());
  }

  /** {@link #aiShare} in the language of {@code messages}. */
  public static Optional<Svg> aiShare(dev.govern.analysis.AiAttribution ai, Messages messages) {
    return AiShareChart.of(ai, messages);
  }
}
