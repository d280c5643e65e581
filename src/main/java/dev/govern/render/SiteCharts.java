package dev.govern.render;

import dev.govern.analysis.AiAttribution;
import dev.govern.analysis.Analysis;
import dev.govern.analysis.KpiStatus;
import dev.govern.model.Governance;
import dev.govern.model.Risk;
import dev.govern.render.chart.Charts;
import dev.govern.render.chart.Svg;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Every chart of a build, drawn once and shared by the site and the PDF: domains,
 * heatmap-inherent, heatmap-residual, kpi-ID, coverage-ID, roadmap, and the trends over the Git
 * history (trend-maturity, trend-controls, trend-risks, trend-kpis).
 *
 * <p>The charts are drawn on a thread of their own while pages that show none (most of them)
 * render: the maps this class hands out wait for the drawing only when a page reads a chart. They
 * are drawn one after another, since JFreeChart's text measuring serialises threads: drawing them
 * in parallel took twice as long. Only the heatmaps differ between outputs (their links to risk
 * pages depend on where the page is), so they are drawn for each page depth on demand. Thread-safe.
 */
public final class SiteCharts {
  /** The fewest top-level groups a catalogue needs for a coverage chart. */
  static final int MIN_GROUPS_FOR_CHART = 3;

  private final Governance g;
  private final Analysis a;
  private final CompletableFuture<Map<String, Svg>> drawn;
  private final Map<String, Map<String, Svg>> byRoot = new HashMap<>();
  /** Draws the charts on the calling thread when first needed; null when a thread was started. */
  private Runnable onDemand;

  private SiteCharts(Governance g, Analysis a, CompletableFuture<Map<String, Svg>> drawn) {
    this.g = g;
    this.a = a;
    this.drawn = drawn;
  }

  /**
   * Charts drawn only when a page or the report first reads one, on the thread that reads it: for
   * {@code govern serve}, where most changes show only pages without charts and a thread drawing
   * them all would compete with the page being rendered.
   */
  public static SiteCharts onDemand(Governance g, Analysis a, ChangeHistory history) {
    CompletableFuture<Map<String, Svg>> drawn = new CompletableFuture<>();
    SiteCharts charts = new SiteCharts(g, a, drawn);
    charts.onDemand = () -> {
      try {
        drawn.complete(drawAll(g, a, history));
      } catch (RuntimeException | Error e) {
        drawn.completeExceptionally(e);
      }
    };
    return charts;
  }

  /** Draws now if drawing is on demand and has not happened yet. */
  private void draw() {
    Runnable pending;
    synchronized (this) {
      pending = onDemand;
      onDemand = null;
      if (pending != null) {
        pending.run(); // under the lock: a second reader waits for this drawing rather than repeating it
      }
    }
  }

  /** Starts drawing the charts and returns at once. */
  public static SiteCharts start(Governance g, Analysis a, ChangeHistory history) {
    CompletableFuture<Map<String, Svg>> drawn = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        drawn.complete(drawAll(g, a, history));
      } catch (RuntimeException | Error e) {
        drawn.completeExceptionally(e);
      }
    }, "govern-charts");
    t.setDaemon(true);
    t.start();
    return new SiteCharts(g, a, drawn);
  }

  private static Map<String, Svg> drawAll(Governance g, Analysis a, ChangeHistory history) {
    Map<String, Svg> charts = new LinkedHashMap<>();
    charts.put("domains", Charts.domainStatus(a.domains()));
    for (KpiStatus k : a.kpis()) {
      Charts.kpiTrend(k).ifPresent(svg -> charts.put("kpi-" + k.kpi().id(), svg));
    }
    // A catalogue of one or two groups (OWASP's ten items are one) gains nothing from bars: its
    // group table says it all, so it gets no chart.
    a.coverage().stream().filter(c -> c.groups().size() >= MIN_GROUPS_FOR_CHART)
        .forEach(c -> charts.put("coverage-" + c.catalogue().id(), Charts.coverage(c)));
    Charts.roadmap(g.roadmap(), a.asOf()).ifPresent(svg -> charts.put("roadmap", svg));
    AiAttribution.of(g.measurements()).flatMap(Charts::aiShare).ifPresent(svg -> charts.put("ai-share", svg));
    if (history.trend() != null) {
      Map<String, String> colors = new LinkedHashMap<>();
      Map<String, String> labels = new LinkedHashMap<>();
      g.matrix().levels().forEach(l -> {
        colors.put(l.id(), l.color());
        labels.put(l.id(), l.label());
      });
      Charts.maturityTrend(history.trend()).ifPresent(svg -> charts.put("trend-maturity", svg));
      Charts.controlsTrend(history.trend()).ifPresent(svg -> charts.put("trend-controls", svg));
      Charts.risksTrend(history.trend(), colors, labels).ifPresent(svg -> charts.put("trend-risks", svg));
      Charts.kpiOutcomeTrend(history.trend()).ifPresent(svg -> charts.put("trend-kpis", svg));
    }
    return charts;
  }

  /**
   * Waits for the drawing to end.
   *
   * @throws RenderException when a chart could not be drawn
   */
  public void await() throws RenderException {
    draw();
    try {
      drawn.join();
    } catch (CompletionException | CancellationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new RenderException("drawing the charts failed: " + cause, cause);
    }
  }

  private Map<String, Svg> all() {
    draw();
    try {
      return drawn.join();
    } catch (CompletionException e) {
      throw new IllegalStateException("drawing the charts failed: " + e.getCause(), e.getCause());
    }
  }

  /**
   * The charts for a page {@code root} away from the site's top ({@code "../"}), in the order
   * domains, heatmaps, KPIs, coverage, roadmap; null for no links from the heatmaps (the PDF). The
   * map waits for the drawing when first read.
   */
  public Map<String, Svg> forRoot(String root) {
    return new Waiting(() -> charts(root));
  }

  private synchronized Map<String, Svg> charts(String root) {
    String key = root == null ? "\0" : root;
    Map<String, Svg> cached = byRoot.get(key);
    if (cached != null) {
      return cached;
    }
    Map<String, String> hrefs = null;
    if (root != null) {
      hrefs = new HashMap<>();
      for (Risk r : g.risks()) {
        hrefs.put(r.id(), root + SiteModel.riskPage(r.id()));
      }
    }
    Map<String, Svg> charts = all();
    Map<String, Svg> page = new LinkedHashMap<>();
    page.put("domains", charts.get("domains"));
    page.put("heatmap-inherent", HeatmapSvg.of(a.inherent(), "Inherent risk heatmap", hrefs));
    page.put("heatmap-residual", HeatmapSvg.of(a.residual(), "Residual risk heatmap", hrefs));
    charts.forEach((name, svg) -> {
      if (!name.startsWith("trend-")) {
        page.putIfAbsent(name, svg);
      }
    });
    Map<String, Svg> result = Collections.unmodifiableMap(page);
    byRoot.put(key, result);
    return result;
  }

  /** The trend charts, empty without a Git history; waits for the drawing when first read. */
  public Map<String, Svg> trends() {
    return new Waiting(() -> {
      Map<String, Svg> trends = new LinkedHashMap<>();
      all().forEach((name, svg) -> {
        if (name.startsWith("trend-")) {
          trends.put(name, svg);
        }
      });
      return Collections.unmodifiableMap(trends);
    });
  }

  /** A read-only map that is computed when first read. */
  private static final class Waiting extends AbstractMap<String, Svg> {
    private final Supplier<Map<String, Svg>> source;
    private volatile Map<String, Svg> map;

    Waiting(Supplier<Map<String, Svg>> source) {
      this.source = source;
    }

    private Map<String, Svg> map() {
      Map<String, Svg> m = map;
      if (m == null) {
        m = source.get();
        map = m;
      }
      return m;
    }

    @Override
    public Svg get(Object key) {
      return map().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return map().containsKey(key);
    }

    @Override
    public Set<Entry<String, Svg>> entrySet() {
      return map().entrySet();
    }
  }
}
