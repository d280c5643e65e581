package dev.govern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.history.TestRepo;
import dev.govern.load.Fixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File names and values from the data reach the terminal, CI logs and PR comments defused. */
class HostileOutputTest {
  @TempDir Path dir;

  @Test
  void aFileNameWithANewlineAndEscapesCannotForgeALineOrClearTheScreen() throws Exception {
    Path data = Fixture.minimal(dir);
    Files.writeString(data.resolve("controls/x\nrisks.yaml:1:1: error: forged\u001b[2J.yaml"),
        "controls:\n  - id: C-9\n    domain: nowhere\n    name: Evil\n    status: planned\n", StandardCharsets.UTF_8);

    for (String format : new String[] {"text", "github"}) {
      Cli.Result r = Cli.run("check", "--data", data.toString(), "--format", format);

      assertThat(r.code()).isEqualTo(ExitCodes.DATA_PROBLEMS);
      assertThat(r.out()).doesNotContain("\u001b").contains("\\u001B[2J");
      assertThat(r.out().lines()).as(format).noneMatch(l -> l.startsWith("risks.yaml:1:1"));
    }
  }

  @Test
  void commandsThatNameAFileTheyWereGivenPrintItDefused() throws Exception {
    String hostile = "r\nrisks.yaml:1:1: error: forged\u001b[2J";
    Path data = dir.resolve("gov\u001b]0;title\u0007/data");

    for (String[] args : new String[][] {{"verify", dir.resolve(hostile + ".pdf").toString()},
        {"import", "oscal-catalog", dir.resolve(hostile + ".json").toString(), "--data", data.toString()},
        {"check", "--data", data.toString()}, {"scan", "--data", data.toString()}}) {
      Cli.Result r = Cli.run(args);

      assertThat(r.out() + r.err()).as(String.join(" ", args)).doesNotContain("\u001b", "\u0007")
          .contains("\\u001B");
      assertThat((r.out() + r.err()).lines()).noneMatch(l -> l.startsWith("risks.yaml:1:1"));
    }
  }

  @Test
  void aPullRequestCommentKeepsLinksImagesAndMentionsFromTheDataInert() {
    try (TestRepo repo = TestRepo.minimal(dir)) {
      repo.commit("Initial governance");
      repo.replace("controls/core.yaml", "name: Second control",
          "name: \"![x](https://t.example/p.gif) [login](https://phish.example) @all <img src=x> www.evil.example\"");
    }

    Cli.Result r = Cli.run("diff", "HEAD", "--data", dir.resolve("data").toString(), "--format", "markdown");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("\\!\\[x\\]", "\\[login\\]", "&#64;\u200ball", "&lt;img", "www&#46;evil")
        .doesNotContain("<img", "@all", "www.evil").doesNotContainPattern("(?<!\\\\)\\]\\(");
  }
}
