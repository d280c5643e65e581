package dev.govern.serve;

import dev.govern.problem.Visible;
import dev.govern.problem.Problem;
import dev.govern.publish.SiteBuild;
import dev.govern.render.RenderException;
import dev.govern.render.SiteRenderer;
import dev.govern.render.Templates;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The site as the data on disk makes it now, in memory, and the pages open on it.
 *
 * <p>{@link #rebuild} re-reads the data (the {@link Source} re-parses only changed files), checks
 * and analyses it, and makes a new {@link Generation} whose pages render when asked for. The pages
 * open in browsers are rendered at once and compared with what they show: only those whose HTML
 * changed are told to reload. When the data has errors, or a page open in a browser cannot be
 * rendered, the last good generation stays served and every open page shows the problems over it;
 * the next good rebuild clears them. Rebuilds run one at a time; requests read whichever
 * generation is current.
 */
public final class Preview implements AutoCloseable {
  private final Source source;
  private final Path templatesDir;
  private final Path root;
  private final Path dataDir;
  private final PrintWriter out;
  private final LiveClients clients = new LiveClients();
  private Templates templates;
  private Map<String, byte[]> assets;
  private long generations;
  private volatile Generation current;
  /** What open pages show over the site: empty when the last rebuild went well. */
  private volatile List<String> problems = List.of();

  /** What one rebuild did, for the console and the benchmark. */
  public record Outcome(boolean ok, int errors, int openPages, int reloaded, long millis) {}

  /**
   * @param root the governance repo root: templates/, data files and extra fonts are read from there only
   * @param dataDir the data folder, whose files the PDF carries
   * @param out where each rebuild is reported in a line, and problems in full
   */
  public Preview(Source source, Path root, Path dataDir, PrintWriter out) {
    this.source = source;
    this.root = root;
    this.dataDir = dataDir;
    this.templatesDir = root.resolve("templates");
    this.out = out;
  }

  /**
   * Builds anew from the data on disk and tells the open pages.
   *
   * @param changed the files that changed, or null for a first build (or when unknown): templates
   *     are re-read only when one under templates/ changed
   */
  public synchronized Outcome rebuild(Set<Path> changed) {
    long start = System.nanoTime();
    Path top = root.toAbsolutePath().normalize();
    Path templatesTop = templatesDir.toAbsolutePath().normalize();
    // The root itself stands for "anything may have changed" (the watcher lost count).
    if (templates == null || changed == null || changed.stream().map(p -> p.toAbsolutePath().normalize())
        .anyMatch(p -> p.equals(top) || p.startsWith(templatesTop))) {
      try {
        SiteBuild.confine(templatesDir, root);
        Templates fresh = Templates.create(templatesDir);
        assets = new SiteRenderer(fresh, templatesDir).assets();
        templates = fresh;
      } catch (IOException e) {
        templates = null; // read them again on the next change, whichever file it is
        return broken(List.of("cannot read templates/: " + e.getMessage()), 1, start);
      } catch (RenderException e) {
        templates = null;
        return broken(List.of(e.getMessage()), 1, start); // names the folder or file itself
      }
    }
    Checked checked = source.load();
    if (checked.hasErrors()) {
      List<Problem> errors = checked.errors();
      List<String> lines = errors.isEmpty()
          ? List.of("the data could not be read into a governance (see govern check)")
          : errors.stream().map(Problem::toString).toList();
      return broken(lines, Math.max(1, errors.size()), start);
    }
    Generation next = Generation.of(++generations, checked, templates, templatesDir, assets, root, dataDir);
    // Render the open pages now: a template error there is shown as the data's problems are, and
    // the comparison says which pages changed.
    Map<String, String> hashes = new HashMap<>();
    List<LiveClients.Client> open = clients.all();
    try {
      for (LiveClients.Client c : open) {
        if (!hashes.containsKey(c.page)) {
          hashes.put(c.page, next.pageHash(c.page));
        }
      }
    } catch (RenderException e) {
      return broken(List.of(e.getMessage()), 1, start);
    }
    current = next;
    boolean hadProblems = !problems.isEmpty();
    problems = List.of();
    int reloaded = 0;
    for (LiveClients.Client c : open) {
      if (!hashes.get(c.page).equals(c.hash)) {
        clients.send(c, LiveClients.event("reload", List.of("reload")));
        reloaded++;
      } else if (hadProblems) {
        clients.send(c, LiveClients.event("ok", List.of("ok")));
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    long warnings = checked.problems().stream().filter(p -> !p.isError()).count();
    out.println("Rebuilt in " + millis + " ms" + (warnings == 0 ? "" : " (" + warnings + (warnings == 1 ? " warning" : " warnings")
        + "; govern check lists them)") + ": " + open.size() + (open.size() == 1 ? " page" : " pages") + " open, "
        + reloaded + " reloaded");
    out.flush();
    return new Outcome(true, 0, open.size(), reloaded, millis);
  }

  private Outcome broken(List<String> lines, int errors, long start) {
    problems = List.copyOf(lines);
    String event = LiveClients.event("problems", withSummary(problems, current != null));
    List<LiveClients.Client> open = clients.all();
    open.forEach(c -> clients.send(c, event));
    // File names and messages come from the repo: escaped, so none can forge a line or move the cursor.
    lines.forEach(line -> out.println(Visible.escape(line)));
    long millis = (System.nanoTime() - start) / 1_000_000;
    out.println(errors + (errors == 1 ? " error" : " errors") + ": "
        + (current != null ? "still serving the last good build" : "nothing to serve until it is fixed")
        + " (" + millis + " ms)");
    out.flush();
    return new Outcome(false, errors, open.size(), 0, millis);
  }

  /** The overlay's heading, then the problems. */
  private static List<String> withSummary(List<String> problems, boolean lastGood) {
    List<String> lines = new ArrayList<>();
    int n = problems.size();
    lines.add((n == 1 ? "1 problem stops" : n + " problems stop") + " the site from building"
        + (lastGood ? ": this is the last good build" : ""));
    lines.addAll(problems);
    return lines;
  }

  /** The generation being served; null before the first good build. */
  Generation current() {
    return current;
  }

  /** What open pages show over the site now; empty when all is well. */
  List<String> problems() {
    return problems;
  }

  /**
   * A page that opened its event stream: told at once about problems, and to reload if what it
   * shows is already out of date. False when too many pages are open. Synchronized with {@link
   * #rebuild}, so that no page opens between a rebuild's look at the open pages and its swap.
   */
  synchronized boolean listen(LiveClients.Client client) {
    if (!clients.add(client)) {
      return false;
    }
    List<String> now = problems;
    Generation g = current;
    if (!now.isEmpty()) {
      clients.send(client, LiveClients.event("problems", withSummary(now, g != null)));
    } else if (g != null) {
      String hash;
      try {
        hash = g.pageHash(client.page);
      } catch (RenderException e) {
        hash = PreviewServer.ERROR_PAGE;
      }
      if (!hash.equals(client.hash)) {
        clients.send(client, LiveClients.event("reload", List.of("reload")));
      }
    }
    return true;
  }

  int openPages() {
    return clients.size();
  }

  @Override
  public void close() {
    clients.close();
  }
}
