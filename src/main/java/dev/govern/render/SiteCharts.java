package dev.govern.render;

import dev.govern.analysis.Analysis;
import dev.govern.analysis.KpiStatus;
import dev.govern.model.Governance;
import dev.govern.model.Risk;
import dev.govern.render.chart.Charts;
import dev.govern.render.chart.Svg;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Every chart of a build, drawn once on all cores and shared by the site and the PDF: domains,
 * heatmap-inherent, heatmap-residual, kpi-ID, coverage-ID, roadmap, and the trends over the Git
 * history (trend-maturity, trend-controls, trend-risks, trend-kpis).
 *
 * <p>Only the heatmaps differ between outputs (their links to risk pages depend on where the page
 * is), so they are drawn for each page depth on demand. Thread-safe.
 */
public final class SiteCharts {
  private final Governance g;
  private final Analysis a;
  private final Map<String, Svg> charts;
  private final Map<String, Svg> trends;
  private final Map<String, Map<String, Svg>> byRoot = new HashMap<>();

  private SiteCharts(Governance g, Analysis a, Map<String, Svg> charts, Map<String, Svg> trends) {
    this.g = g;
    this.a = a;
    this.charts = charts;
    this.trends = trends;
  }

  /** Draws the charts, several at a time. */
  public static SiteCharts draw(Governance g, Analysis a, ChangeHistory history) throws RenderException {
    Map<String, Supplier<Optional<Svg>>> work = new LinkedHashMap<>();
    work.put("domains", () -> Optional.of(Charts.domainStatus(a.domains())));
    for (KpiStatus k : a.kpis()) {
      work.put("kpi-" + k.kpi().id(), () -> Charts.kpiTrend(k));
    }
    a.coverage().forEach(c -> work.put("coverage-" + c.catalogue().id(), () -> Optional.of(Charts.coverage(c))));
    work.put("roadmap", () -> Charts.roadmap(g.roadmap(), a.asOf()));
    if (history.trend() != null) {
      Map<String, String> colors = new LinkedHashMap<>();
      Map<String, String> labels = new LinkedHashMap<>();
      g.matrix().levels().forEach(l -> {
        colors.put(l.id(), l.color());
        labels.put(l.id(), l.label());
      });
      work.put("trend-maturity", () -> Charts.maturityTrend(history.trend()));
      work.put("trend-controls", () -> Charts.controlsTrend(history.trend()));
      work.put("trend-risks", () -> Charts.risksTrend(history.trend(), colors, labels));
      work.put("trend-kpis", () -> Charts.kpiOutcomeTrend(history.trend()));
    }
    Map<String, Svg> drawn = drawAll(work);
    Map<String, Svg> charts = new LinkedHashMap<>();
    Map<String, Svg> trends = new LinkedHashMap<>();
    drawn.forEach((name, svg) -> (name.startsWith("trend-") ? trends : charts).put(name, svg));
    return new SiteCharts(g, a, charts, trends);
  }

  private static Map<String, Svg> drawAll(Map<String, Supplier<Optional<Svg>>> work) throws RenderException {
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), work.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "govern-chart");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Optional<Svg>>> futures = new ArrayList<>();
      work.values().forEach(w -> futures.add(pool.submit(w::get)));
      Map<String, Svg> drawn = new LinkedHashMap<>();
      int i = 0;
      for (String name : work.keySet()) {
        futures.get(i++).get().ifPresent(svg -> drawn.put(name, svg));
      }
      return drawn;
    } catch (ExecutionException e) {
      throw new RenderException("drawing the charts failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RenderException("interrupted while drawing the charts");
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The charts for a page {@code root} away from the site's top ({@code "../"}), in the order
   * domains, heatmaps, KPIs, coverage, roadmap; null for no links from the heatmaps (the PDF).
   */
  public synchronized Map<String, Svg> forRoot(String root) {
    String key = root == null ? "\0" : root;
    return byRoot.computeIfAbsent(key, k -> {
      Map<String, String> hrefs = null;
      if (root != null) {
        hrefs = new HashMap<>();
        for (Risk r : g.risks()) {
          hrefs.put(r.id(), root + SiteModel.riskPage(r.id()));
        }
      }
      Map<String, Svg> page = new LinkedHashMap<>();
      page.put("domains", charts.get("domains"));
      page.put("heatmap-inherent", HeatmapSvg.of(a.inherent(), "Inherent risk heatmap", hrefs));
      page.put("heatmap-residual", HeatmapSvg.of(a.residual(), "Residual risk heatmap", hrefs));
      charts.forEach(page::putIfAbsent);
      return Collections.unmodifiableMap(page);
    });
  }

  /** The trend charts, empty without a Git history. */
  public Map<String, Svg> trends() {
    return Collections.unmodifiableMap(trends);
  }
}
