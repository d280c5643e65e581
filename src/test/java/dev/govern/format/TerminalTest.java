package dev.govern.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTest {
  @Test
  void controlCharactersBecomeVisibleEscapes() {
    assertThat(Terminal.clean("a\u001b[2Jb\nc\rd\te\u007ff\u009bg"))
        .isEqualTo("a\\x1b[2Jb\\nc\\rd\\te\\x7ff\\x9bg");
  }

  @Test
  void bidiOverridesAndLineSeparatorsAreEscaped() {
    assertThat(Terminal.clean("x\u202ey\u2066z\u2028w")).isEqualTo("x\\u202ey\\u2066z\\u2028w");
  }

  @Test
  void ordinaryUnicodeIsLeftAlone() {
    assertThat(Terminal.clean("Über 名前 — ✅ 97%")).isEqualTo("Über 名前 — ✅ 97%");
  }

  @Test
  void aHostileFileNameCannotForgeALineOrClearTheScreen() {
    String text = CheckText.render(Hostile.result(false));

    assertThat(text).doesNotContain("\u001b", "\u009b", "\r", "\u202e", "\u007f", "\u0000");
    assertThat(text.lines()).hasSize(Hostile.problems().size() + 1)
        .noneMatch(line -> line.startsWith("data/risks.yaml:1:1"));
  }
}
