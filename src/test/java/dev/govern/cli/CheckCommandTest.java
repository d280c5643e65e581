package dev.govern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govern check}: every problem at once, a summary line, and an exit code that says it all. */
class CheckCommandTest {
  private static final String LOCATED = "^[^:\\n]+:\\d+:\\d+: (error|warning): .+";

  @Test
  void shippedDataHasNoErrors() {
    Cli.Result r = Cli.run("check");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out().lines().toList()).last().asString()
        .matches("0 errors, \\d+ warnings? in data, as of 2025-11-25 \\(SOURCE_DATE_EPOCH\\)");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void overdueEvidenceIsWarnedAsOfTheGivenDate() {
    Cli.Result r = Cli.run("check", "--data", "data", "--as-of", "2026-11-25");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    List<String> lines = r.out().lines().toList();
    assertThat(lines.subList(0, lines.size() - 1)).isNotEmpty()
        .allSatisfy(line -> assertThat(line).matches(LOCATED).contains(": warning: "))
        .anySatisfy(line -> assertThat(line).contains("overdue as of 2026-11-25"));
    assertThat(lines).last().asString().startsWith("0 errors, " + (lines.size() - 1) + " warnings in data")
        .endsWith("as of 2026-11-25 (--as-of)");
  }

  @Test
  void strictFailsOnWarnings() {
    Cli.Result r = Cli.run("check", "--strict", "--as-of", "2026-11-25");

    assertThat(r.code()).isEqualTo(ExitCodes.DATA_PROBLEMS);
  }

  @Test
  void strictPassesWithoutWarnings(@TempDir Path dir) {
    Path data = Fixture.minimal(dir);

    Cli.Result r = Cli.run("check", "--strict", "--data", data.toString(), "--as-of", "2026-01-20");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("0 errors, 0 warnings in ");
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonIsValidAndListsEveryProblem() {
    Cli.Result r = Cli.run("check", "--format", "json", "--as-of", "2026-11-25");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    Map<String, Object> json = (Map<String, Object>) JsonReader.read(r.out());
    assertThat(json).containsKeys("as_of", "errors", "warnings", "problems");
    assertThat(json.get("as_of")).isEqualTo("2026-11-25");
    List<Map<String, Object>> problems = (List<Map<String, Object>>) json.get("problems");
    assertThat(problems).isNotEmpty().hasSize(((Number) json.get("warnings")).intValue());
    assertThat(((Number) json.get("errors")).intValue()).isZero();
    assertThat(problems).allSatisfy(p -> {
      assertThat(p).containsOnlyKeys("severity", "file", "line", "column", "message", "rule");
      assertThat(p.get("severity")).isEqualTo("warning");
      assertThat((String) p.get("file")).startsWith("data/");
    });
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonCarriesErrorsWithTheirPositions(@TempDir Path dir) {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "risks.yaml", "risks:\n  - id: R-1\n    impact: \"major\n");

    Cli.Result r = Cli.run("check", "--format", "json", "--data", data.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.DATA_PROBLEMS);
    Map<String, Object> json = (Map<String, Object>) JsonReader.read(r.out());
    Map<String, Object> problem = ((List<Map<String, Object>>) json.get("problems")).get(0);
    assertThat(problem.get("severity")).isEqualTo("error");
    assertThat((String) problem.get("file")).endsWith("/risks.yaml");
    assertThat(((Number) problem.get("line")).intValue()).isPositive();
  }

  @Test
  void brokenDataExitsOneWithLocatedLinesAndNoStackTrace(@TempDir Path dir) {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "risks.yaml", "risks:\n  - id: R-1\n\tdescription: tab\n");
    Fixture.write(data, "kpis.yaml", "categories: [[[\n");
    Fixture.write(data, "controls/core.yaml", "controls:\n  - id: C-1\n    status: done\n");

    Cli.Result r = Cli.run("check", "--data", data.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.DATA_PROBLEMS);
    List<String> lines = r.out().lines().toList();
    assertThat(lines.subList(0, lines.size() - 1)).hasSizeGreaterThanOrEqualTo(3)
        .allSatisfy(line -> assertThat(line).matches(LOCATED));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(data + "/risks.yaml:3:1: error: "));
    assertThat(lines).last().asString().matches("\\d+ errors?, \\d+ warnings? in .*");
    assertThat(r.all()).doesNotContain("at dev.govern").doesNotContain("Exception");
  }

  @Test
  void missingDataFolderIsSaidPlainlyWithItsPathAndTheFix(@TempDir Path dir) {
    for (String command : List.of("check", "assess", "build", "diff", "export oscal")) {
      List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
      args.addAll(List.of("--data", dir.resolve("nothing").toString()));
      if (command.equals("diff")) {
        args.add("HEAD");
      }
      Cli.Result r = Cli.run(args.toArray(String[]::new));

      assertThat(r.code()).as(command).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err()).as(command).startsWith("govern " + command + ": there is no governance data folder at "
          + dir.resolve("nothing") + "\n").contains("govern init DIR").doesNotContain(":1:1");
      assertThat(r.out()).as(command).isEmpty();
    }
  }

  @Test
  void aFileGivenAsTheDataFolderIsSaidPlainly(@TempDir Path dir) throws Exception {
    Path file = java.nio.file.Files.writeString(dir.resolve("governance.yaml"), "organization: {}");

    Cli.Result r = Cli.run("check", "--data", file.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("govern check: " + file + " is a file, not the governance data folder");
  }

  @Test
  void unknownFormatIsAUsageError() {
    Cli.Result r = Cli.run("check", "--format", "xml");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("xml");
  }

  @Test
  void malformedAsOfIsAUsageError() {
    Cli.Result r = Cli.run("check", "--as-of", "2026/11/25");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("expected a date as YYYY-MM-DD, found '2026/11/25'");
  }

  @Test
  void outputIsTheSameOnEveryRun() {
    assertThat(Cli.run("check", "--as-of", "2026-11-25")).isEqualTo(Cli.run("check", "--as-of", "2026-11-25"));
  }
}
