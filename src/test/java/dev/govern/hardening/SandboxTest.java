package dev.govern.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.cli.ExitCodes;
import dev.govern.render.SiteFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every read stays inside the governance repo's real path, the repo root is never the file system
 * root, and only regular files of bounded size are read (issue 12, items 3, 4 and 6).
 */
class SandboxTest {
  private static final String SECRET = "LEAKED-FROM-OUTSIDE";
  @TempDir static Path shared;
  @TempDir Path tmp;
  private Path repo;
  private Path data;
  private Path outside;

  @BeforeAll
  static void copyData() {
    SiteFixture.copy(CorpusTest.BASE.resolve("data"), shared.resolve("data"));
  }

  @BeforeEach
  void repo() throws IOException {
    repo = tmp.resolve("repo");
    data = SiteFixture.copy(shared.resolve("data"), repo.resolve("data"));
    outside = Files.createDirectories(tmp.resolve("outside"));
    SiteFixture.write(outside.resolve("assets/style.css"), "body::before { content: \"" + SECRET + "\"; }\n");
  }

  @Test
  void templatesFolderLinkedOutsideTheRepoIsRefused() throws IOException {
    Files.createSymbolicLink(repo.resolve("templates"), outside);

    SiteFixture.Run run = SiteFixture.build(data, repo.resolve("site"));

    assertThat(run.code()).as(run.all()).isEqualTo(ExitCodes.BUILD_FAILED);
    assertThat(run.err()).contains("templates/ links to a folder outside the governance repository");
    assertThat(repo.resolve("site")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"templates/site", "templates/site/index.ftlh"})
  void aTemplateReachedThroughALinkOutOfTemplatesIsRefusedInASentence(String link) throws IOException {
    SiteFixture.write(outside.resolve("site/index.ftlh"), SECRET);
    Files.createDirectories(repo.resolve(link).getParent());
    Files.createSymbolicLink(repo.resolve(link), outside.resolve(link.substring("templates/".length())));

    SiteFixture.Run run = SiteFixture.build(data, repo.resolve("site"));

    assertThat(run.code()).as(run.all()).isEqualTo(ExitCodes.BUILD_FAILED);
    assertThat(run.err()).contains("templates/site/index.ftlh links to a place outside templates/")
        .doesNotContain("Exception").doesNotContain(outside.toString());
    assertThat(repo.resolve("site")).doesNotExist();
  }

  @Test
  void assetsFolderLinkedOutsideTheRepoIsRefusedNotIgnored() throws IOException {
    Files.createDirectories(repo.resolve("templates"));
    Files.createSymbolicLink(repo.resolve("templates/assets"), outside.resolve("assets"));

    SiteFixture.Run run = SiteFixture.build(data, repo.resolve("site"));

    assertThat(run.code()).as(run.all()).isEqualTo(ExitCodes.BUILD_FAILED);
    assertThat(run.err()).contains("templates/assets: links to a folder outside the governance repository");
  }

  @Test
  void assetsFolderLinkedInsideTheRepoIsUsed() throws IOException {
    SiteFixture.write(repo.resolve("brand/style.css"), "/* brand */\n");
    Files.createDirectories(repo.resolve("templates"));
    Files.createSymbolicLink(repo.resolve("templates/assets"), repo.resolve("brand"));

    SiteFixture.Run run = SiteFixture.build(data, repo.resolve("site"));

    assertThat(run.code()).as(run.all()).isZero();
    assertThat(repo.resolve("site/assets/style.css")).hasContent("/* brand */");
  }

  @Test
  void dataFolderAtTheTopOfTheFileSystemIsRefused() {
    Path topLevel = tmp.getRoot().resolve(tmp.getName(0));

    SiteFixture.Run run = SiteFixture.build(topLevel, repo.resolve("site"));

    assertThat(run.code()).as(run.all()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("the governance repo root would be /").contains("--root DIR");
  }

  @Test
  void fileSystemRootAsExplicitRootIsRefused() {
    SiteFixture.Run run = SiteFixture.build(data, repo.resolve("site"), "--root", tmp.getRoot().toString());

    assertThat(run.code()).as(run.all()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void explicitRootNamesTheRepoTheDataIsIn() {
    SiteFixture.write(repo.resolve("templates/assets/extra.css"), "/* extra */\n");

    SiteFixture.Run run = SiteFixture.build(data, repo.resolve("site"), "--root", repo.toString());

    assertThat(run.code()).as(run.all()).isZero();
    assertThat(repo.resolve("site/assets/extra.css")).exists();
  }

  @Test
  void explicitRootThatDoesNotHoldTheDataIsRefused() {
    SiteFixture.Run run = SiteFixture.build(data, repo.resolve("site"), "--root", outside.toString());

    assertThat(run.code()).as(run.all()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("is not inside --root");
  }

  @Test
  void dataFileLinkedOutsideAnExplicitRootIsAnError() throws IOException {
    Path sub = Files.createDirectories(repo.resolve("gov"));
    Path subData = SiteFixture.copy(data, sub.resolve("data"));
    Files.delete(subData.resolve("references.yaml"));
    SiteFixture.write(repo.resolve("references.yaml"), "references: []\n");
    Files.createSymbolicLink(subData.resolve("references.yaml"), repo.resolve("references.yaml"));

    SiteFixture.Run run = SiteFixture.build(subData, sub.resolve("site"), "--root", sub.toString());

    assertThat(run.code()).as(run.all()).isEqualTo(ExitCodes.DATA_PROBLEMS);
    assertThat(run.err()).contains("references.yaml").contains("outside the governance repository");
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void pipeAsAnAssetIsAnErrorNotAHang() throws Exception {
    Files.createDirectories(repo.resolve("templates/assets"));
    mkfifo(repo.resolve("templates/assets/logo.png"));

    SiteFixture.Run run = SiteFixture.build(data, repo.resolve("site"));

    assertThat(run.code()).as(run.all()).isEqualTo(ExitCodes.BUILD_FAILED);
    assertThat(run.err()).contains("templates/assets/logo.png: not a regular file");
  }

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void pipeAsAPolicyImageIsAnErrorAtItsLineNotAHang() throws Exception {
    mkfifo(repo.resolve("diagram.png"));
    Path policy = data.resolve("policies/use.md");
    Files.writeString(policy, Files.readString(policy) + "\n![Diagram](/diagram.png)\n");
    int line = Files.readAllLines(policy).indexOf("![Diagram](/diagram.png)") + 1;

    SiteFixture.Run run = build(data, repo.resolve("site"));

    assertThat(run.code()).as(run.all()).isEqualTo(ExitCodes.DATA_PROBLEMS);
    assertThat(run.err()).contains("data/policies/use.md:" + line + ":1: error: policy POL-1: image '/diagram.png' cannot"
        + " be used: diagram.png: not a regular file");
  }

  @Test
  void oversizedAssetIsRefusedBeforeItIsRead() throws IOException {
    Path big = repo.resolve("templates/assets/huge.png");
    Files.createDirectories(big.getParent());
    try (var file = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE)) {
      file.write(java.nio.ByteBuffer.wrap(new byte[1]), 3L * 1024 * 1024 * 1024); // sparse: 3 GB, no disk used
    }

    SiteFixture.Run run = SiteFixture.build(data, repo.resolve("site"));

    assertThat(run.code()).as(run.all()).isEqualTo(ExitCodes.BUILD_FAILED);
    assertThat(run.err()).contains("templates/assets/huge.png: larger than");
  }

  /** A build with the PDF. */
  private static SiteFixture.Run build(Path data, Path out) {
    java.io.StringWriter o = new java.io.StringWriter();
    java.io.StringWriter e = new java.io.StringWriter();
    int code = dev.govern.cli.GovernCommand.run(new String[] {"build", "--data", data.toString(), "--out",
        out.toString(), "--as-of", SiteFixture.AS_OF}, new java.io.PrintWriter(o), new java.io.PrintWriter(e),
        SiteFixture.ENV);
    return new SiteFixture.Run(code, o.toString(), e.toString());
  }

  private static void mkfifo(Path path) throws Exception {
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", path.toString()).start();
    } catch (IOException e) {
      Assumptions.abort("no mkfifo here");
      return;
    }
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    Assumptions.assumeTrue(p.exitValue() == 0, "mkfifo failed");
  }
}
