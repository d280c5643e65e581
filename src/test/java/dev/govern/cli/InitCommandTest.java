package dev.govern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    assertThat(check.out()).startsWith("0 errors, ");
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
  void initNeedsADirectory() {
    assertThat(Cli.run("init").code()).isEqualTo(ExitCodes.USAGE);
  }
}
