package dev.govern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The top-level command: --help and --version everywhere, usage errors exit 2. */
class GovernCommandTest {
  /** The commands the top-level help lists, so that a new command is covered without editing this test. */
  private static List<String> commands() {
    String help = Cli.run("--help").out();
    String section = help.substring(help.indexOf("Commands:\n") + "Commands:\n".length());
    section = section.substring(0, section.indexOf("\n\n"));
    List<String> names = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^  (\\w+)\\s").matcher(section);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void everyIssueTwoCommandIsListed() {
    assertThat(commands()).contains("check", "assess", "init", "help");
  }

  @Test
  void helpOnEveryCommandExitsZero() {
    assertThat(Cli.run("--help").code()).isEqualTo(ExitCodes.OK);
    assertThat(commands()).allSatisfy(command -> {
      Cli.Result r = Cli.run(command, "--help");
      assertThat(r.code()).as(command).isEqualTo(ExitCodes.OK);
      assertThat(r.out()).as(command).contains("Usage: govern " + command);
    });
  }

  @Test
  void versionOnEveryCommandExitsZero() {
    assertThat(Cli.run("--version").out()).startsWith("govern ");
    assertThat(commands()).filteredOn(c -> !c.equals("help")).allSatisfy(command -> {
      Cli.Result r = Cli.run(command, "--version");
      assertThat(r.code()).as(command).isEqualTo(ExitCodes.OK);
      assertThat(r.out()).as(command).startsWith("govern ");
    });
  }

  @Test
  void helpCommandShowsACommandsHelp() {
    Cli.Result r = Cli.run("help", "check");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("Usage: govern check").contains("--strict");
  }

  @Test
  void topLevelHelpListsTheExitCodes() {
    assertThat(Cli.run("--help").out()).contains("Exit codes:").containsPattern("\\n +2 +wrong command line\\n");
  }

  @Test
  void noCommandIsAUsageError() {
    Cli.Result r = Cli.run();

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("a command is required");
  }

  @Test
  void unknownOptionIsAUsageError() {
    Cli.Result r = Cli.run("check", "--stirct");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--stirct");
  }
}
