package dev.govern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govern assess}: the level reached, the next level and its gaps, as text or JSON. */
class AssessCommandTest {
  @Test
  @SuppressWarnings("unchecked")
  void whatIfJsonGivesLevelTwoAndTheGapsInOrder() {
    Cli.Result r = Cli.run("assess", "--implemented", "TM-001,TM-002,OPS-001", "--format", "json");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    Map<String, Object> json = (Map<String, Object>) JsonReader.read(r.out());
    assertThat(json).containsOnlyKeys("current_level", "level_name", "description", "next_level",
        "gaps_to_next_level");
    assertThat(((Number) json.get("current_level")).intValue()).isEqualTo(2);
    assertThat(json.get("level_name")).isEqualTo("Developing");
    assertThat(json.get("description")).isEqualTo("Basic awareness and initial controls");
    assertThat(((Number) json.get("next_level")).intValue()).isEqualTo(3);
    assertThat((List<Object>) json.get("gaps_to_next_level")).containsExactly(
        "TM-003", "DP-001", "DP-002", "SEC-001", "SEC-002", "SEC-003", "CMP-001", "OPS-002");
  }

  @Test
  void textNamesTheLevelAndEachGap() {
    Cli.Result r = Cli.run("assess");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("Maturity: level 2 Developing — Basic awareness and initial controls\n"
        + "Gaps to level 3 Defined (7):\n  TM-003  ");
  }

  @Test
  void nextLevelIsNullAtTheTop() {
    Cli.Result r = Cli.run("assess", "--format", "json", "--implemented",
        "TM-001,TM-002,TM-003,DP-001,DP-002,SEC-001,SEC-002,SEC-003,CMP-001,CMP-002,OPS-001,OPS-002",
        "--data", Fixture.SECOND.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE); // the shipped ids are unknown in the second organisation
    Cli.Result top = Cli.run("assess", "--format", "json", "--data", Fixture.SECOND.toString(), "--implemented",
        "GOV-01,GOV-02,GOV-03,DAT-01,DAT-02,BLD-01,BLD-02");
    assertThat(top.out()).contains("\"current_level\": 2,").contains("\"next_level\": 3,")
        .contains("\"gaps_to_next_level\": [\"revue-continue\"]");
  }

  @Test
  @SuppressWarnings("unchecked")
  void emptyImplementedListAssessesNothingImplemented() {
    Cli.Result r = Cli.run("assess", "--implemented", "", "--format", "json");

    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    Map<String, Object> json = (Map<String, Object>) JsonReader.read(r.out());
    assertThat(((Number) json.get("current_level")).intValue()).isEqualTo(1);
    assertThat((List<Object>) json.get("gaps_to_next_level")).containsExactly("TM-001", "TM-002", "OPS-001");
  }

  @Test
  void unknownImplementedIdIsAUsageError() {
    Cli.Result r = Cli.run("assess", "--implemented", "NOPE");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("unknown control id(s) in --implemented: NOPE");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void secondOrganisationIsLevelOne() {
    Cli.Result r = Cli.run("assess", "--data", Fixture.SECOND.toString(), "--format", "json");

    assertThat(r.out()).contains("\"current_level\": 1,").contains("\"gaps_to_next_level\": [\"DAT-02\"]");
  }

  @Test
  void brokenDataExitsOneWithLocatedErrorsAndNoStackTrace(@TempDir Path dir) {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "maturity.yaml", "levels:\n  - level: one\n    name: Starting\n");

    Cli.Result r = Cli.run("assess", "--data", data.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.DATA_PROBLEMS);
    assertThat(r.err()).startsWith(data + "/maturity.yaml:2:12: error: expected a whole number, found 'one'\n");
    assertThat(r.all()).doesNotContain("at dev.govern").doesNotContain("Exception");
  }
}
