package dev.govern.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.cli.GovernCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The shipped data built into a site once per test run, served on 127.0.0.1, with a browser that
 * runs scripts and one that does not, each started when first needed. Building the site (PDF
 * included) and starting Chromium are the slow parts, so all browser test classes share them.
 */
final class Session implements AutoCloseable {
  /** The date the shipped data is judged against: fixed, so the pages are the same on every run. */
  static final String AS_OF = "2026-11-25";
  /** A tag on the first commit, so the pages also show "Changes since" it. */
  static final String LAST_AUDIT = "audit-2026-01";

  private final Chromium.Tools tools;
  private final Path scratch;
  private final Path site;
  private final SiteServer server;
  private ChromeDriver browser;
  private ChromeDriver noScriptBrowser;

  private Session(Chromium.Tools tools, Path scratch, Path site, SiteServer server) {
    this.tools = tools;
    this.scratch = scratch;
    this.site = site;
    this.server = server;
  }

  static Session start(Chromium.Tools tools) {
    try {
      Path scratch = Files.createTempDirectory("govern-browser-");
      Path site = build(scratch);
      return new Session(tools, scratch, site, SiteServer.serve(site));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Builds the project's data/ (tests run in the project folder), committed to a Git repository in
   * {@code scratch}, into {@code scratch}/site.
   */
  private static Path build(Path scratch) throws IOException {
    Path data = commitTwice(scratch.resolve("repo"));
    Path site = scratch.resolve("site");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovernCommand.run(
        new String[] {"build", "--data", data.toString(), "--out", site.toString(), "--as-of", AS_OF, "--since", LAST_AUDIT},
        new PrintWriter(out), new PrintWriter(err), Map.of());
    assertThat(code).as("govern build of the shipped data:%n%s%s", out, err).isZero();
    return site;
  }

  /**
   * A repository holding the shipped data in two commits, the first with one control less far
   * along and tagged {@link #LAST_AUDIT}, so that the pages have versions, trends and changes to show. Fixed authors and dates keep
   * the pages the same on every run. Returns the data folder.
   */
  private static Path commitTwice(Path repo) throws IOException {
    Path data = repo.resolve("data");
    copyTree(Path.of("data"), data);
    Path changed = data.resolve("controls/operations.yaml");
    String shipped = Files.readString(changed, StandardCharsets.UTF_8);
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      Files.writeString(changed, shipped.replaceFirst("status: implemented", "status: partial"), StandardCharsets.UTF_8);
      commit(git, "Governance data", "2026-01-05T09:00:00Z");
      git.tag().setName(LAST_AUDIT).setAnnotated(false).call();
      Files.writeString(changed, shipped, StandardCharsets.UTF_8);
      commit(git, "Operations: training programme implemented", "2026-03-02T09:00:00Z");
    } catch (GitAPIException e) {
      throw new IOException("could not commit the test data: " + e.getMessage(), e);
    }
    return data;
  }

  private static void commit(Git git, String subject, String when) throws GitAPIException {
    PersonIdent who = new PersonIdent("Govern Tests", "tests@example.org", Instant.parse(when), ZoneOffset.UTC);
    git.add().addFilepattern(".").call();
    git.commit().setMessage(subject).setAuthor(who).setCommitter(who).setSign(false).call();
  }

  Path site() {
    return site;
  }

  SiteServer server() {
    return server;
  }

  String url(PageType page) {
    return server.url(page.path(site));
  }

  /** The browser that runs the site's script. */
  synchronized ChromeDriver browser() {
    if (browser == null) {
      browser = Chromium.start(tools, scratch.resolve("profile-js"), true);
    }
    return browser;
  }

  /** A browser with JavaScript switched off, as some readers have it. */
  synchronized ChromeDriver noScriptBrowser() {
    if (noScriptBrowser == null) {
      noScriptBrowser = Chromium.start(tools, scratch.resolve("profile-nojs"), false);
    }
    return noScriptBrowser;
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      if (browser != null) {
        browser.quit();
      }
      if (noScriptBrowser != null) {
        noScriptBrowser.quit();
      }
    } finally {
      server.close();
      deleteTree(scratch);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
