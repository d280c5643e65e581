package dev.govern.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.problem.Visible;
import org.junit.jupiter.api.Test;

class VisibleOutputTest {
  @Test
  void controlCharactersBecomeVisibleEscapes() {
    assertThat(Visible.escape("a\u001b[2Jb\nc\rd\te\u007ff\u009bg"))
        .isEqualTo("a\\u001B[2Jb\\u000Ac\\u000Dd\\u0009e\\u007Ff\\u009Bg");
  }

  @Test
  void bidiOverridesAndLineSeparatorsAreEscaped() {
    assertThat(Visible.escape("x\u202ey\u2066z\u2028w\u061cv")).isEqualTo("x\\u202Ey\\u2066z\\u2028w\\u061Cv");
  }

  @Test
  void ordinaryUnicodeIsLeftAlone() {
    assertThat(Visible.escape("Über 名前 — ✅ 97%")).isEqualTo("Über 名前 — ✅ 97%");
  }

  @Test
  void aHostileFileNameCannotForgeALineOrClearTheScreen() {
    String text = CheckText.render(Hostile.result(false));

    assertThat(text).doesNotContain("\u001b", "\u009b", "\r", "\u202e", "\u007f", "\u0000");
    assertThat(text.lines()).hasSize(Hostile.problems().size() + 1)
        .noneMatch(line -> line.startsWith("data/risks.yaml:1:1"));
  }
}
