package dev.govern.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PropertiesFileTest {
  @Test
  void entriesKeepTheLineAndColumnOfTheirKey() {
    var parsed = PropertiesFile.parse("# comment\n\n  nav.controls = Kontrollen\nnav.risks:Risiken\n");
    assertThat(parsed.entries()).containsExactly(
        new PropertiesFile.Entry("nav.controls", "Kontrollen", 3, 3),
        new PropertiesFile.Entry("nav.risks", "Risiken", 4, 1));
  }

  @Test
  void continuationsAndEscapesReadAsPropertiesReadsThem() {
    var parsed = PropertiesFile.parse("a=one \\\n    two\nb=x\\u00a0%\\n\\\\\nc d\n");
    assertThat(parsed.entries()).extracting(PropertiesFile.Entry::value).containsExactly("one two", "x\u00a0%\n\\", "d");
    assertThat(parsed.entries().get(2).line()).isEqualTo(4);
  }

  @Test
  void aBrokenUnicodeEscapeIsReportedAtItsLine() {
    var parsed = PropertiesFile.parse("ok=1\nbad=\\u12G4\n");
    assertThat(parsed.entries()).hasSize(1);
    assertThat(parsed.malformed()).singleElement().satisfies(m -> {
      assertThat(m.line()).isEqualTo(2);
      assertThat(m.message()).contains("four hexadecimal digits");
    });
  }
}
