package dev.govern.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Every kind of page in the site, each standing for all pages made from its template. */
enum PageType {
  DASHBOARD("index.html"),
  CONTROLS("controls/index.html"),
  CONTROL("controls/"),
  RISKS("risks/index.html"),
  RISK("risks/"),
  MATURITY("maturity.html"),
  KPIS("kpis.html"),
  FRAMEWORKS("frameworks/index.html"),
  FRAMEWORK("frameworks/"),
  ROADMAP("roadmap.html"),
  POLICIES("policies/index.html"),
  POLICY("policies/"),
  TOOLS("tools.html"),
  REPOSITORIES("repositories.html"),
  AI_ATTRIBUTION("ai-attribution.html"),
  EVIDENCE("evidence.html"),
  HISTORY("history.html");

  private final String where;

  PageType(String where) {
    this.where = where;
  }

  /** The page's path in {@code site}; for a detail page, the first of its folder by name. */
  String path(Path site) {
    if (!where.endsWith("/")) {
      return where;
    }
    try (Stream<Path> files = Files.list(site.resolve(where))) {
      return where + files.map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith(".html") && !name.equals("index.html"))
          .sorted()
          .findFirst()
          .orElseThrow(() -> new AssertionError("no page in " + where + " of the built site"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
