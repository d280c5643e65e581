package dev.govern.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Broken YAML is reported at file:line:column, never thrown; limits give a clean error. */
class YamlSyntaxTest {
  @TempDir Path dir;

  @Test
  void duplicateKeyNamesBothLines() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "controls/core.yaml", """
        controls:
          - id: C-1
            domain: core
            name: First control
            status: implemented
            name: Again
        """);

    assertThat(Fixture.problems(data)).containsExactly(
        "data/controls/core.yaml:6:5: error: duplicate key 'name' (first at line 4, again at line 6)");
  }

  @Test
  void javaTypeTagIsRefused() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "controls/core.yaml", """
        controls:
          - id: C-1
            domain: core
            name: !!java.net.URL http://example.org/
            status: implemented
        """);

    assertThat(Fixture.problems(data)).containsExactly(
        "data/controls/core.yaml:4:11: error: type tag !!java.net.URL is not allowed; write plain values");
  }

  @Test
  void localTagIsRefused() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "references.yaml", """
        references:
          - { title: !include other.yaml }
        """);

    assertThat(Fixture.problems(data)).containsExactly(
        "data/references.yaml:2:14: error: type tag !include is not allowed; write plain values");
  }

  @Test
  void unclosedBracketIsASyntaxErrorWithPosition() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "risks.yaml", """
        risks:
          - id: R-1
            description: First risk
            likelihood: likely
            impact: major
            controls: [C-1, C-2
            residual_risk: low
        """);

    // SnakeYAML notices at the next key (7:18); the message points back to the bracket's line.
    assertThat(Fixture.problems(data)).containsExactly("data/risks.yaml:7:18: error: YAML syntax error:"
        + " expected ',' or ']', but got : (while parsing a flow sequence at line 6)");
  }

  @Test
  void underIndentedKeyGetsAHint() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "risks.yaml", """
        risks:
          - id: R-1
            description: First risk
            likelihood: likely
          impact: major
        """);

    assertThat(Fixture.problems(data)).containsExactly("data/risks.yaml:5:3: error: YAML syntax error: expected"
        + " <block end>, but found a key (while parsing a block collection at line 2); is this line indented"
        + " differently from the lines above it? Keys of one map, and the items of one list, start in the same column");
  }

  @Test
  void keyIndentedBetweenTwoLevelsGetsTheSameHint() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "risks.yaml", "risks:\n  - id: R-1\n    description: First risk\n   likelihood: likely\n");

    assertThat(Fixture.problems(data)).singleElement().asString().startsWith("data/risks.yaml:4:4: error:")
        .contains("but found a key").endsWith("start in the same column");
  }

  @Test
  void tabIndentationIsASyntaxErrorWithPosition() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "risks.yaml", "risks:\n  - id: R-1\n\tdescription: First risk\n");

    assertThat(Fixture.problems(data)).containsExactly("data/risks.yaml:3:1: error: YAML syntax error:"
        + " a tab where YAML expects spaces; indent with spaces, never tabs");
  }

  @Test
  void invalidUtf8IsLocated() {
    Path data = Fixture.minimal(dir);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("references:\n  - title: Caf".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9); // Latin-1 é: not UTF-8
    bytes.writeBytes(" society\n".getBytes(StandardCharsets.UTF_8));
    Fixture.writeBytes(data, "references.yaml", bytes.toByteArray());

    assertThat(Fixture.problems(data)).containsExactly(
        "data/references.yaml:2:15: error: invalid UTF-8 (byte 0xE9 at offset 26); save the file as UTF-8");
  }

  @Test
  void byteOrderMarkIsAccepted() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "references.yaml", "\uFEFFreferences:\n  - { title: A reference }\n");

    assertThat(Fixture.problems(data)).isEmpty();
  }

  @Test
  void emptyFileIsAnError() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "risks.yaml", "");

    assertThat(Fixture.problems(data)).containsExactly("data/risks.yaml:1:1: error: the file is empty");
  }

  @Test
  void fileWithOnlyCommentsIsEmpty() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "kpis.yaml", "# nothing measured yet\n");

    assertThat(Fixture.problems(data)).containsExactly("data/kpis.yaml:1:1: error: the file is empty");
  }

  @Test
  void missingGovernanceFileIsAnError() {
    Path data = Fixture.minimal(dir);
    Fixture.delete(data, "governance.yaml");

    assertThat(Fixture.problems(data))
        .containsExactly("data/governance.yaml:1:1: error: missing file data/governance.yaml: it is required");
    assertThat(Fixture.load(data).governance()).isEmpty();
  }

  @Test
  void missingDataFolderIsAnError() {
    assertThat(Fixture.problems(dir.resolve("data"))).containsExactly(
        "data:1:1: error: no data folder here: data (run `govern init DIR` to start one, or pass --data)");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aliasBombIsRefusedCleanly() {
    Path data = Fixture.minimal(dir);
    StringBuilder bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      char previous = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [")
          .append(String.join(", ", Collections.nCopies(9, "*" + previous))).append("]\n");
    }
    Fixture.write(data, "references.yaml", bomb.toString());

    assertThat(Fixture.problems(data)).containsExactly("data/references.yaml:7:28: error: more than 50 aliases"
        + " (*name) to lists or maps; that many can expand to billions of values (an alias bomb), so reading stops here");
  }

  @Test
  void nestingOneHundredDeepIsRefusedCleanly() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "references.yaml", "references: " + "[".repeat(100) + "]".repeat(100) + "\n");

    assertThat(Fixture.problems(data)).containsExactly("data/references.yaml:1:63: error: lists and maps are"
        + " nested more than 50 deep here; governance data never needs that many levels");
  }

  @Test
  void blockNestingOneHundredDeepIsRefusedCleanly() {
    Path data = Fixture.minimal(dir);
    StringBuilder deep = new StringBuilder("references:\n");
    for (int i = 0; i < 100; i++) {
      deep.append("  ".repeat(i + 1)).append("k").append(i).append(":\n");
    }
    Fixture.write(data, "references.yaml", deep.toString());

    assertThat(Fixture.problems(data)).containsExactly("data/references.yaml:51:101: error: lists and maps are"
        + " nested more than 50 deep here; governance data never needs that many levels");
  }

  @Test
  void everyBrokenFileIsReportedAtOnce() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "risks.yaml", "");
    Fixture.write(data, "kpis.yaml", "");

    assertThat(Fixture.problems(data)).containsExactly(
        "data/kpis.yaml:1:1: error: the file is empty",
        "data/risks.yaml:1:1: error: the file is empty");
  }
}
