package dev.govern.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.cli.GovernCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The shipped data built into a site once per test run, served on 127.0.0.1, with a browser that
 * runs scripts and one that does not, each started when first needed. Building the site (PDF
 * included) and starting Chromium are the slow parts, so all browser test classes share them.
 */
final class Session implements AutoCloseable {
  /** The date the shipped data is judged against: fixed, so the pages are the same on every run. */
  static final String AS_OF = "2026-11-25";

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

  /** Builds the project's data/ (tests run in the project folder) into {@code scratch}/site. */
  private static Path build(Path scratch) throws IOException {
    Path data = scratch.resolve("data");
    copyTree(Path.of("data"), data);
    Path site = scratch.resolve("site");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovernCommand.run(
        new String[] {"build", "--data", data.toString(), "--out", site.toString(), "--as-of", AS_OF},
        new PrintWriter(out), new PrintWriter(err), Map.of());
    assertThat(code).as("govern build of the shipped data:%n%s%s", out, err).isZero();
    return site;
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
