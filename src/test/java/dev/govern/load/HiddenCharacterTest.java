package dev.govern.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names and descriptions may hold any Unicode, but controls and bidi overrides are warned about at
 * their value and printed escaped (issue 11).
 */
class HiddenCharacterTest {
  @TempDir Path dir;

  private Path withControlName(String yamlName) throws Exception {
    Path data = Fixture.minimal(dir);
    String text = Files.readString(data.resolve("controls/core.yaml"));
    Fixture.write(data, "controls/core.yaml", text.replace("name: First control", "name: " + yamlName));
    return data;
  }

  @Test
  void bidiOverrideInANameIsWarnedAndPrintedEscaped() throws Exception {
    Path data = withControlName("\"First \\u202Elortnoc\"");

    assertThat(Fixture.problems(data)).containsExactly("data/controls/core.yaml:4:11: warning: the text holds U+202E"
        + " RIGHT-TO-LEFT OVERRIDE, a bidi control that can make text display in another order than it is stored;"
        + " it is shown escaped in text output, and removing it is safest");
  }

  @Test
  void c1ControlInADescriptionIsWarned() throws Exception {
    Path data = Fixture.minimal(dir);
    String text = Files.readString(data.resolve("controls/core.yaml"));
    Fixture.write(data, "controls/core.yaml", text.replace("name: First control",
        "name: First control\n    description: \"Escape \\x9b31m here\""));

    assertThat(Fixture.problems(data)).singleElement().asString()
        .startsWith("data/controls/core.yaml:5:18: warning: the text holds U+009B").contains("a control character");
  }

  @Test
  void messagesThatQuoteTheTextShowItEscaped() throws Exception {
    Path data = Fixture.minimal(dir);
    String text = Files.readString(data.resolve("risks.yaml"));
    Fixture.write(data, "risks.yaml", text.replace("controls: [C-1]", "controls: [\"C-1\\u202E\"]"));

    assertThat(Fixture.problems(data)).anyMatch(p -> p.contains("unknown control 'C-1\\u202E'"))
        .noneMatch(p -> p.contains("\u202E"));
  }

  @Test
  void otherScriptsAndJoinersAreNotWarned() throws Exception {
    Path data = withControlName("\"مراجعة الكود · कोड\u200Dसमीक्षा · 代码审查\"");

    assertThat(Fixture.problems(data)).isEmpty();
  }
}
