package dev.govern.render;

import dev.govern.analysis.Analysis;
import dev.govern.analysis.Freshness;
import dev.govern.bundle.Bundle;
import dev.govern.load.RepoFile;
import dev.govern.model.Catalogue;
import dev.govern.model.Control;
import dev.govern.model.Governance;
import dev.govern.model.Policy;
import dev.govern.model.Risk;
import dev.govern.render.chart.Svg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Renders the whole site into memory: every page, chart and asset by its path in the site. Pages
 * are rendered on all cores; the result is a sorted map, so writing it is deterministic.
 */
public final class SiteRenderer {
  private final Templates templates;
  private final Path overrides;
  private final PolicyImages images;

  /** @param overrides the governance repo's {@code templates/} folder (may not exist) */
  public SiteRenderer(Templates templates, Path overrides) {
    this.templates = templates;
    this.overrides = overrides;
    this.images = PolicyImages.in(overrides == null ? null : overrides.toAbsolutePath().normalize().getParent());
  }

  /**
   * One page to render: a template, where it goes, and its own variables, made when the page is
   * rendered (a policy's Markdown is converted only for a page that is asked for).
   */
  private record Job(String path, String template, Supplier<Map<String, Object>> extra) {}

  /**
   * The pages of one build, each rendered when asked for: the whole build renders them all, {@code
   * govern serve} only those a browser asks for.
   *
   * @param charts the build's charts, drawn once for the site and the PDF
   */
  public Pages pages(Governance g, Analysis a, SiteInfo info, ChangeHistory history, SiteCharts charts) {
    Map<String, Object> shared = SiteModel.shared(g, a, info);
    shared.put("history", history);
    shared.put("trendCharts", charts.trends());
    // The overview pages first: they are the biggest, and a big page started last would keep one
    // core busy after the others are done.
    List<Job> jobs = new ArrayList<>();
    jobs.add(new Job("index.html", "site/index.ftlh", Map::of));
    jobs.add(new Job("risks/index.html", "site/risks.ftlh", Map::of));
    jobs.add(new Job("kpis.html", "site/kpis.ftlh", Map::of));
    jobs.add(new Job("controls/index.html", "site/controls.ftlh", Map::of));
    jobs.add(new Job("evidence.html", "site/evidence.ftlh", Map::of));
    jobs.add(new Job("frameworks/index.html", "site/frameworks.ftlh", Map::of));
    jobs.add(new Job("maturity.html", "site/maturity.ftlh", Map::of));
    jobs.add(new Job("roadmap.html", "site/roadmap.ftlh", Map::of));
    jobs.add(new Job("policies/index.html", "site/policies.ftlh", Map::of));
    jobs.add(new Job("tools.html", "site/tools.ftlh", Map::of));
    jobs.add(new Job("repositories.html", "site/repositories.ftlh", Map::of));
    jobs.add(new Job("history.html", "site/history.ftlh", Map::of));
    if (shared.containsKey("ai")) {
      jobs.add(new Job(SiteModel.AI_PAGE, "site/ai-attribution.ftlh", Map::of));
    }
    for (var coverage : a.coverage()) {
      Catalogue c = coverage.catalogue();
      jobs.add(new Job(SiteModel.cataloguePage(c.id()), "site/framework.ftlh", () -> Map.of("coverage", coverage)));
    }
    // Lookups built once: the first domain and control of each id (as g.domain and g.control find),
    // and each control's evidence entries in the analysis' order.
    Map<String, String> domainNames = new HashMap<>();
    g.domains().forEach(d -> domainNames.putIfAbsent(d.id(), d.name()));
    Map<String, Control> controlsById = new HashMap<>();
    g.controls().forEach(c -> controlsById.putIfAbsent(c.id(), c));
    Map<Control, List<Analysis.EvidenceEntry>> evidenceByControl = new IdentityHashMap<>();
    a.evidence().forEach(e -> evidenceByControl.computeIfAbsent(e.control(), k -> new ArrayList<>()).add(e));
    for (Control c : g.controls()) {
      Map<String, Object> extra = new HashMap<>();
      extra.put("control", c);
      extra.put("domainName", domainNames.getOrDefault(c.domain(), c.domain()));
      extra.put("evidence", List.copyOf(evidenceByControl.getOrDefault(c, List.of())));
      extra.put("reviewFreshness", Freshness.of(c.lastReviewed(), c.reviewEvery(), a.asOf()));
      putIfNotNull(extra, "cadence", SiteModel.cadence(c.reviewEvery(), info.messages()));
      jobs.add(new Job(SiteModel.controlPage(c.id()), "site/control.ftlh", () -> extra));
    }
    for (Risk r : g.risks()) {
      List<Control> controls = r.controls().stream().map(controlsById::get).filter(Objects::nonNull).toList();
      jobs.add(new Job(SiteModel.riskPage(r.id()), "site/risk.ftlh", () -> Map.of("risk", r, "riskControls", controls,
          "riskControlsImplemented", controls.stream().filter(Control::isImplemented).count())));
    }
    for (Policy p : g.policies()) {
      jobs.add(new Job(SiteModel.policyPage(p.id()), "site/policy.ftlh", () -> {
        Map<String, Object> extra = new HashMap<>();
        extra.put("policy", p);
        String page = SiteModel.policyPage(p.id());
        String root = "../".repeat((int) page.chars().filter(ch -> ch == '/').count());
        extra.put("policyHtml", Markdown.toHtmlBelow(p.body(), 1, images.forSite(p, root),
            Markdown.Removed.in(info.messages())));
        putIfNotNull(extra, "cadence", SiteModel.cadence(p.reviewEvery(), info.messages()));
        return extra;
      }));
    }

    return new Pages(jobs, shared, charts, g.policies());
  }

  /** The pages of one build by their path in the site, in the order a whole build starts them. Thread-safe. */
  public final class Pages {
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final Map<String, Object> shared;
    private final SiteCharts charts;
    private final List<Policy> policies;

    private Pages(List<Job> jobs, Map<String, Object> shared, SiteCharts charts, List<Policy> policies) {
      // Should two ids ever share a page, the later one is the page, as it always was.
      jobs.forEach(job -> this.jobs.put(job.path(), job));
      this.shared = shared;
      this.charts = charts;
      this.policies = policies;
    }

    /** The images the policy pages show, by their path in the site ({@code media/...}), read now. */
    public Map<String, byte[]> media() {
      return images.media(policies);
    }

    /** Every page's path, e.g. {@code controls/TM-001.html}. */
    public List<String> paths() {
      return List.copyOf(jobs.keySet());
    }

    public boolean has(String path) {
      return jobs.containsKey(path);
    }

    /** One page's HTML. */
    public String render(String path) throws RenderException {
      Job job = jobs.get(path);
      if (job == null) {
        throw new IllegalArgumentException("no page " + path);
      }
      String root = "../".repeat((int) path.chars().filter(ch -> ch == '/').count());
      return renderPage(job, root, charts.forRoot(root), shared);
    }
  }

  /** @param charts the build's charts, drawn once for the site and the PDF */
  public Map<String, byte[]> render(Governance g, Analysis a, SiteInfo info, ChangeHistory history, SiteCharts charts)
      throws RenderException {
    Pages pages = pages(g, a, info, history, charts);
    List<String> paths = pages.paths();
    Map<String, byte[]> site = new TreeMap<>();
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), paths.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "govern-page");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<String>> results = new ArrayList<>();
      for (String path : paths) {
        results.add(pool.submit(() -> pages.render(path)));
      }
      for (int i = 0; i < paths.size(); i++) {
        site.put(paths.get(i), results.get(i).get().getBytes(StandardCharsets.UTF_8));
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RenderException re) {
        throw re;
      }
      throw new RenderException("rendering failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RenderException("interrupted");
    } finally {
      pool.shutdownNow();
    }
    site.putAll(pages.media());
    site.putAll(assets());
    brandLogo(g).ifPresent(logo -> site.put(Assets.logo(g.report().brand(), false), logo));
    return site;
  }

  private String renderPage(Job job, String root, Map<String, Svg> charts, Map<String, Object> shared)
      throws RenderException {
    Map<String, Object> model = new HashMap<>(shared);
    model.putAll(job.extra().get());
    model.put("root", root);
    model.put("charts", charts);
    model.put("asset", new Assets(overrides).forSite(root));
    return templates.render(job.template(), model);
  }

  /**
   * Bundled assets, with files of the same name from the repo's templates/assets/ taking precedence.
   * Links are followed, to places inside the governance repo only (its real path): an asset, or
   * the assets folder itself, that links elsewhere would publish a file from outside the repo.
   */
  public Map<String, byte[]> assets() throws RenderException {
    Map<String, byte[]> out = new TreeMap<>();
    Bundle.tree("templates/assets").forEach((name, bytes) -> out.put("assets/" + name, bytes));
    Path local = overrides == null ? null : overrides.resolve("assets");
    if (local == null || !Files.exists(local, LinkOption.NOFOLLOW_LINKS)) {
      return out;
    }
    try {
      Path realRoot = overrides.toAbsolutePath().normalize().getParent().toRealPath();
      if (!Files.isDirectory(local) || !local.toRealPath().startsWith(realRoot)) {
        throw new RenderException("templates/assets: " + (Files.isDirectory(local)
            ? "links to a folder outside the governance repository; copy the files in instead"
            : "is not a folder"));
      }
      try (Stream<Path> files = Files.walk(local, FileVisitOption.FOLLOW_LINKS)) {
        for (Path p : files.filter(p -> !Files.isDirectory(p)).sorted().toList()) {
          String name = local.relativize(p).toString().replace('\\', '/');
          out.put("assets/" + name, RepoFile.read(p, realRoot, "templates/assets/" + name, MAX_ASSET_BYTES));
        }
      }
    } catch (RepoFile.Refused e) {
      throw new RenderException(e.getMessage());
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new RenderException("cannot read templates/assets: " + e.getMessage(), e);
    }
    return out;
  }

  /**
   * The brand logo's bytes, from the repo. The check has made sure it is a file inside it; read
   * here as any other repo file for the output, so a logo swapped for a link or a FIFO after the
   * check is still refused.
   */
  private java.util.Optional<byte[]> brandLogo(Governance g) throws RenderException {
    String logo = g.report().brand().logo();
    if (logo == null || overrides == null) {
      return java.util.Optional.empty();
    }
    Path repo = overrides.toAbsolutePath().normalize().getParent();
    try {
      return java.util.Optional.of(RepoFile.read(repo.resolve(logo).normalize(), repo.toRealPath(),
          "report.brand.logo: " + logo, MAX_ASSET_BYTES));
    } catch (RepoFile.Refused e) {
      throw new RenderException(e.getMessage());
    } catch (IOException e) {
      throw new RenderException("report.brand.logo: cannot read " + logo + ": " + e.getMessage(), e);
    }
  }

  /** No stylesheet, script or image of a site needs more; a larger file is refused before it is read. */
  static final long MAX_ASSET_BYTES = 32L * 1024 * 1024;

  private static void putIfNotNull(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }
}
