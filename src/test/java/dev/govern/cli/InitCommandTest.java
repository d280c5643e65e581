package dev.govern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code govern init DIR}: a governance repo that passes check and starts at level 1. */
class InitCommandTest {
  @TempDir Path dir;

  @Test
  void initOutputPassesCheckAndAssessesAtLevelOne() {
    Path repo = dir.resolve("governance");

    Cli.Result init = Cli.run("init", repo.toString());
    Cli.Result check = Cli.run("check", "--data", repo.resolve("data").toString());
    Cli.Result assess = Cli.run("assess", "--data", repo.resolve("data").toString(), "--format", "json");

    assertThat(init.code()).isEqualTo(ExitCodes.OK);
    assertThat(init.out()).startsWith("Created a governance repo in " + repo);
    assertThat(check.code()).isEqualTo(ExitCodes.OK);
    assertThat(check.out()).contains("0 errors, 2 warnings");
    assertThat(assess.out()).contains("\"current_level\": 1,")
        .contains("\"gaps_to_next_level\": [\"TM-001\", \"TM-002\", \"OPS-001\"]");
  }

  @Test
  void initIntoAnEmptyFolderIsFine() {
    assertThat(Cli.run("init", dir.toString()).code()).isEqualTo(ExitCodes.OK);
    assertThat(dir.resolve("data/governance.yaml")).isRegularFile();
  }

  @Test
  void initRefusesANonEmptyFolder() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "mine");

    Cli.Result r = Cli.run("init", dir.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("is not empty");
    assertThat(dir.resolve("data")).doesNotExist();
  }

  @Test
  void initRefusesAFile() throws Exception {
    Path file = Files.writeString(dir.resolve("file.txt"), "mine");

    Cli.Result r = Cli.run("init", file.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("is a file, not a folder");
  }

  @Test
  void initPrintsTheNextStepsWithTheDataFolder() {
    Path repo = dir.resolve("governance");

    Cli.Result r = Cli.run("init", repo.toString());

    assertThat(r.out()).contains("Next steps:")
        .contains("organization.name in " + repo.resolve("data/governance.yaml"))
        .contains("govern check --data " + repo.resolve("data"))
        .contains("govern build --data " + repo.resolve("data"))
        .contains(repo.resolve("site/index.html").toString())
        .contains("cd " + repo + " && git init && git add . && git commit")
        .contains("--against main");
  }

  @Test
  void initIntoAFreshGitRepositoryIsFine() throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("LICENSE"), "MIT");

    Cli.Result r = Cli.run("init", dir.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("cd " + dir + " && git add .").doesNotContain("git init");
    assertThat(dir.resolve("LICENSE")).hasContent("MIT");
  }

  @Test
  void initIntoADanglingSymbolicLinkIsAUsageError() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("gone"));

    Cli.Result r = Cli.run("init", link.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("govern init: " + link + " is a symbolic link");
  }

  @Test
  void initUnderAFileIsAUsageError() throws Exception {
    Files.writeString(dir.resolve("file"), "x");

    Cli.Result r = Cli.run("init", dir.resolve("file/repo").toString());

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("is a file, not a folder").doesNotContain("Exception");
  }

  @Test
  void aWriteFailureExitsThreeWithoutAJavaExceptionName() {
    InitCommand init = new InitCommand();
    init.disk = (file, content) -> {
      throw new java.nio.file.FileSystemException(file.toString(), null, "No space left on device");
    };
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(init).setErr(new PrintWriter(err)).setOut(new PrintWriter(new StringWriter()));

    int code = cli.execute(dir.resolve("repo").toString());

    assertThat(code).isEqualTo(ExitCodes.BUILD_FAILED);
    assertThat(err.toString()).startsWith("govern init: could not write the new repo in " + dir.resolve("repo")
        + ": the disk is full").doesNotContain("Exception");
    assertThat(dir.resolve("repo")).doesNotExist();
  }

  @Test
  void initNeedsADirectory() {
    assertThat(Cli.run("init").code()).isEqualTo(ExitCodes.USAGE);
  }
}
