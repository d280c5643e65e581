package dev.govern.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.analysis.Analysis;
import dev.govern.cli.GovernCommand;
import dev.govern.load.Fixture;
import dev.govern.load.GovernanceLoader;
import dev.govern.load.Loaded;
import dev.govern.model.Governance;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Builds sites the way {@code govern build} does, into a temporary copy of a governance repo
 * ({@code dir/data}, {@code dir/templates}, {@code dir/site}), without the PDF and as of one date.
 */
public final class SiteFixture {
  /** The shipped Example Corp data. */
  public static final Path SHIPPED = Path.of("data");
  /** The second organisation: Chinese and accented names, a 4×4 grid, levels from 0. */
  public static final Path SECOND = Path.of("src", "test", "resources", "orgs", "second", "data");
  /** The minimal organisation with values that look like markup, template code and unsafe links. */
  public static final Path HOSTILE = Path.of("src", "test", "resources", "site", "hostile", "data");
  /** The as-of date every site test builds at. */
  public static final String AS_OF = "2026-11-25";
  /** SOURCE_DATE_EPOCH for the build (2026-11-25T00:00:00Z), so nothing reads the clock. */
  public static final Map<String, String> ENV = Map.of("SOURCE_DATE_EPOCH", "1795564800");

  private SiteFixture() {}

  /** What a CLI run returned and printed. */
  public record Run(int code, String out, String err) {
    public String all() {
      return out + err;
    }
  }

  /** A built site, and the model and analysis it was built from (for expected values). */
  public record Site(Path repo, Path dir, Governance governance, Analysis analysis) {
    public Path file(String relative) {
      return dir.resolve(relative);
    }

    public Document page(String relative) {
      return parse(file(relative));
    }

    /** Every HTML page, as paths relative to the site, sorted. */
    public List<String> pages() {
      return htmlPages(dir).stream().map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
    }
  }

  /** Copies {@code data} to {@code repo/data}, builds {@code repo/site}, and asserts the build succeeded. */
  public static Site site(Path data, Path repo) {
    Path copy = copy(data, repo.resolve("data"));
    Run run = build(copy, repo.resolve("site"));
    assertThat(run.code()).as("govern build of %s:%n%s", data, run.all()).isZero();
    Loaded loaded = GovernanceLoader.load(copy, "data");
    Governance g = loaded.governance().orElseThrow();
    return new Site(repo, repo.resolve("site"), g, Analysis.of(g, LocalDate.parse(AS_OF)));
  }

  /** {@code govern build --data DATA --out OUT --no-pdf --as-of AS_OF}, plus {@code extra} arguments. */
  public static Run build(Path data, Path out, String... extra) {
    List<String> args = new ArrayList<>(List.of("build", "--data", data.toString(), "--out", out.toString(),
        "--no-pdf", "--as-of", AS_OF));
    args.addAll(List.of(extra));
    StringWriter out1 = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovernCommand.run(args.toArray(String[]::new), new PrintWriter(out1), new PrintWriter(err), ENV);
    return new Run(code, out1.toString(), err.toString());
  }

  /** Copies a folder tree; returns the copy. */
  public static Path copy(Path from, Path to) {
    return Fixture.copyTree(from, to);
  }

  /** Writes a UTF-8 file, creating its folders. */
  public static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every {@code .html} file under {@code dir}, sorted. */
  public static List<Path> htmlPages(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A page parsed by jsoup, with its file URI as base so that {@code absUrl} resolves links. */
  public static Document parse(Path file) {
    try {
      return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
