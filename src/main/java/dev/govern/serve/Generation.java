package dev.govern.serve;

import dev.govern.analysis.Analysis;
import dev.govern.model.Governance;
import dev.govern.publish.PublishException;
import dev.govern.publish.SiteBuild;
import dev.govern.render.RenderException;
import dev.govern.render.SiteCharts;
import dev.govern.render.SiteInfo;
import dev.govern.render.SiteRenderer;
import dev.govern.render.Templates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One good build of the site, held in memory: what {@code govern build} would write, made lazily.
 * Pages render when first asked for and are kept; the print HTML and the PDF are made together
 * when one of them is asked for, from the same analysis and charts as the pages, and kept until the
 * next generation replaces this one. Thread-safe.
 */
final class Generation {
  /** What {@link #pageHash} answers for a path that is no page. */
  static final String NO_PAGE = "none";

  private final long number;
  private final Checked checked;
  private final Governance g;
  private final Analysis analysis;
  private final SiteInfo info;
  private final Templates templates;
  /** What a build of this data would be given: the report reads its root, history and provenance. */
  private final SiteBuild.Options options;
  private final SiteCharts charts;
  private final SiteRenderer.Pages pages;
  private final Map<String, byte[]> assets;
  private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();
  private SiteBuild.Report report;
  private Exception reportFailure;

  private Generation(long number, Checked checked, Templates templates, Path templatesDir, Map<String, byte[]> assets,
      Path root, Path dataDir) {
    this.number = number;
    this.checked = checked;
    this.g = checked.governance().orElseThrow();
    this.templates = templates;
    // Nothing is published: the output folder is no part of a preview.
    this.options = new SiteBuild.Options(root, dataDir, null, true, checked.asOf(), checked.commit(), checked.dirty(),
        checked.pdfDate(), checked.history(), checked.provenance(), checked.data());
    this.analysis = Analysis.of(g, checked.asOf().date());
    // The PDF is made on request: every page links to it, as in a built site.
    dev.govern.i18n.Messages words;
    try {
      words = SiteBuild.messages(g, options);
    } catch (dev.govern.render.RenderException e) {
      // The check before this generation reports what is wrong with the language or its messages.
      words = dev.govern.i18n.Messages.english();
    }
    this.info = new SiteInfo(checked.asOf(), g.document().version(), checked.commit(), checked.dirty(),
        SiteBuild.PDF_NAME, checked.provenance(), words);
    this.charts = SiteCharts.onDemand(g, analysis, checked.history(), words);
    this.pages = new SiteRenderer(templates, templatesDir).pages(g, analysis, info, checked.history(), charts);
    Map<String, byte[]> files = new HashMap<>(assets);
    files.putAll(pages.media());
    this.assets = Map.copyOf(files);
  }

  /**
   * A generation of checked data without errors.
   *
   * @param assets the site's assets, read with the templates (they change only with them)
   * @param root the governance repo root: extra fonts and images are read from there only
   * @param dataDir the data folder, whose files the PDF carries
   */
  static Generation of(long number, Checked checked, Templates templates, Path templatesDir, Map<String, byte[]> assets,
      Path root, Path dataDir) {
    if (checked.hasErrors()) {
      throw new IllegalArgumentException("a generation needs data without errors");
    }
    return new Generation(number, checked, templates, templatesDir, assets, root, dataDir);
  }

  long number() {
    return number;
  }

  Checked checked() {
    return checked;
  }

  /** Whether the site has a file at {@code path} (relative, e.g. {@code controls/TM-001.html}). */
  boolean has(String path) {
    return pages.has(path) || assets.containsKey(path) || isReport(path);
  }

  /** Whether {@code path} names a folder of the site, such as {@code controls}. */
  boolean isFolder(String path) {
    String prefix = path + "/";
    return pages.paths().stream().anyMatch(p -> p.startsWith(prefix))
        || assets.keySet().stream().anyMatch(p -> p.startsWith(prefix));
  }

  boolean isPage(String path) {
    return pages.has(path);
  }

  /** The bytes at {@code path}, as a build would write them; null when there is no such file. */
  byte[] file(String path) throws RenderException, PublishException {
    if (pages.has(path)) {
      return page(path);
    }
    if (isReport(path)) {
      SiteBuild.Report r = report();
      return path.equals(SiteBuild.PDF_NAME) ? r.pdf() : r.printHtml();
    }
    return assets.get(path);
  }

  /** A page's HTML, rendered once per generation. */
  byte[] page(String path) throws RenderException {
    byte[] bytes = rendered.get(path);
    if (bytes == null) {
      // Two browsers asking at once may both render it: the same bytes, and no lock held while rendering.
      bytes = pages.render(path).getBytes(StandardCharsets.UTF_8);
      rendered.putIfAbsent(path, bytes);
    }
    return bytes;
  }

  /** A digest of the page's HTML: an open page reloads only when this changes. */
  String pageHash(String path) throws RenderException {
    return pages.has(path) ? digest(page(path)) : NO_PAGE;
  }

  /** How many pages were rendered so far. */
  int renderedPages() {
    return rendered.size();
  }

  int pageCount() {
    return pages.paths().size();
  }

  /** The report, made once and kept, failure included, until the data changes. */
  synchronized SiteBuild.Report report() throws RenderException, PublishException {
    if (report == null && reportFailure == null) {
      try {
        report = SiteBuild.report(g, analysis, info, templates, options, charts);
      } catch (RenderException | PublishException e) {
        reportFailure = e;
      }
    }
    if (reportFailure instanceof RenderException e) {
      throw e;
    }
    if (reportFailure instanceof PublishException e) {
      throw e;
    }
    return report;
  }

  private static boolean isReport(String path) {
    return path.equals(SiteBuild.PDF_NAME) || path.equals(SiteBuild.PRINT_NAME);
  }

  static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
