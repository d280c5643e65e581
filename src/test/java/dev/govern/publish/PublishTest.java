package dev.govern.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.cli.ExitCodes;
import dev.govern.render.SiteFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing never loses anything: a failed build leaves the previous site as it was, govern
 * refuses an {@code --out} that is or holds the data, the templates or the repo, or a folder it did
 * not make, and a successful build replaces a site it made without leaving temporary folders.
 */
class PublishTest {
  /** A built site, copied into each test's repo so that every test starts from a published site. */
  @TempDir static Path shared;
  private static Map<String, byte[]> built;

  @TempDir Path repo;
  private Path data;
  private Path site;

  @BeforeAll
  static void buildOnce() {
    SiteFixture.Site s = SiteFixture.site(SiteFixture.SHIPPED, shared);
    built = tree(s.dir());
  }

  @BeforeEach
  void publishedSite() {
    data = SiteFixture.copy(shared.resolve("data"), repo.resolve("data"));
    site = SiteFixture.copy(shared.resolve("site"), repo.resolve("site"));
  }

  @Test
  void templateSyntaxErrorExitsThreeNamingTheTemplateAndLine() {
    SiteFixture.write(repo.resolve("templates/site/index.ftlh"), "<#import \"layout.ftlh\" as layout>\n\n<#if>\n");

    SiteFixture.Run run = SiteFixture.build(data, site);

    assertThat(run.code()).isEqualTo(ExitCodes.BUILD_FAILED);
    assertThat(run.err()).contains("templates/site/index.ftlh:3:").contains("syntax error")
        .contains("previous site").doesNotContain("\tat ");
  }

  @Test
  void missingVariableExitsThreeNamingTheTemplateLineAndVariable() {
    SiteFixture.write(repo.resolve("templates/site/index.ftlh"), "<p>fine</p>\n<p>${nope}</p>\n");

    SiteFixture.Run run = SiteFixture.build(data, site);

    assertThat(run.code()).isEqualTo(ExitCodes.BUILD_FAILED);
    assertThat(run.err()).contains("templates/site/index.ftlh:2:").contains("'nope' is missing")
        .doesNotContain("\tat ");
  }

  @Test
  void failedBuildLeavesThePreviousSiteByteForByte() {
    SiteFixture.write(repo.resolve("templates/site/index.ftlh"), "<p>${nope}</p>\n");

    SiteFixture.build(data, site);

    assertSameTree(tree(site), built);
  }

  @Test
  void failedBuildLeavesNoTemporaryFolder() {
    SiteFixture.write(repo.resolve("templates/site/index.ftlh"), "<#if>\n");

    SiteFixture.build(data, site);

    assertThat(list(repo)).containsExactlyInAnyOrder("data", "site", "templates");
  }

  @Test
  void templateErrorIsNeverWrittenIntoAPage() {
    SiteFixture.write(repo.resolve("templates/site/maturity.ftlh"), "<p>${nope}</p>\n");

    SiteFixture.build(data, site);

    assertThat(tree(site).get("maturity.html")).isEqualTo(built.get("maturity.html"));
  }

  @Test
  void refusesTheDataFolder() {
    assertRefused(data);
  }

  @Test
  void refusesAFolderInsideTheDataFolder() {
    assertRefused(data.resolve("site"));
    assertThat(data.resolve("site")).doesNotExist();
  }

  @Test
  void refusesTheRepoRoot() {
    assertRefused(repo);
  }

  @Test
  void refusesTheTemplatesFolder() {
    SiteFixture.write(repo.resolve("templates/assets/style.css"), "body { color: black; }\n");

    assertRefused(repo.resolve("templates"));
  }

  @Test
  void refusesTheTemplatesFolderEvenBeforeItExists() {
    assertRefused(repo.resolve("templates"));
    assertThat(repo.resolve("templates")).doesNotExist();
  }

  @Test
  void refusesANonEmptyFolderGovernDidNotMake() {
    Path docs = repo.resolve("docs");
    SiteFixture.write(docs.resolve("notes.md"), "# Someone's notes\n");

    SiteFixture.Run run = assertRefused(docs);

    assertThat(run.err()).contains(SitePublisher.MARKER);
  }

  @Test
  void refusesASiteWhoseMarkerWasRemoved() throws IOException {
    Files.delete(site.resolve(SitePublisher.MARKER));

    assertRefused(site);
  }

  @Test
  void acceptsAnEmptyFolder() throws IOException {
    Path empty = Files.createDirectories(repo.resolve("public"));

    SiteFixture.Run run = SiteFixture.build(data, empty);

    assertThat(run.code()).as(run.all()).isZero();
    assertThat(empty.resolve("index.html")).isRegularFile();
    assertThat(empty.resolve(SitePublisher.MARKER)).isRegularFile();
  }

  @Test
  void replacesASiteGovernMade() {
    SiteFixture.write(site.resolve("stale.html"), "<p>from an older build</p>\n");

    SiteFixture.Run run = SiteFixture.build(data, site);

    assertThat(run.code()).as(run.all()).isZero();
    assertThat(site.resolve("stale.html")).doesNotExist();
    assertSameTree(tree(site), built);
  }

  @Test
  void successfulBuildLeavesNoTemporaryFolder() {
    SiteFixture.build(data, site);
    SiteFixture.build(data, site);

    assertThat(list(repo)).containsExactlyInAnyOrder("data", "site");
  }

  @Test
  void siteFolderFollowsTheUmaskLikeAnyOtherFolder() throws IOException {
    Path site = repo.resolve("public");
    Path other = Files.createDirectory(repo.resolve("other"));

    SiteFixture.build(data, site);

    assertThat(Files.getPosixFilePermissions(site)).isEqualTo(Files.getPosixFilePermissions(other));
  }

  /** Builds into {@code out}, expects exit 3, and checks that nothing in the repo changed. */
  private SiteFixture.Run assertRefused(Path out) {
    Map<String, byte[]> before = tree(repo);

    SiteFixture.Run run = SiteFixture.build(data, out);

    assertThat(run.code()).as(run.all()).isEqualTo(ExitCodes.BUILD_FAILED);
    assertThat(run.err()).contains("refusing --out");
    assertSameTree(tree(repo), before);
    return run;
  }

  private static void assertSameTree(Map<String, byte[]> actual, Map<String, byte[]> expected) {
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    assertThat(actual).allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(expected.get(path)));
  }

  /** Every file and folder under {@code root} (folders with a trailing '/'), with file contents. */
  private static Map<String, byte[]> tree(Path root) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(p -> !p.equals(root)).toList()) {
        String name = root.relativize(p).toString().replace('\\', '/');
        if (Files.isDirectory(p)) {
          files.put(name + "/", new byte[0]);
        } else {
          files.put(name, Files.readAllBytes(p));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static java.util.List<String> list(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
