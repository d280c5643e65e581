package dev.govern.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which ids look the same to a reader (issue 11). */
class LookAlikeTest {

  @ParameterizedTest
  @CsvSource({
      "C-1, C\u200B-1",       // zero-width space
      "C-1, \u0421-1",        // Cyrillic Es
      "TM-001, ТМ-001",       // Cyrillic Te and Em
      "TM-001, TM-OO1",       // letters O for zeros
      "R-1, R\u20131",        // en dash
      "R-1, Ｒ-１",            // full-width forms
      "POL-1, POL-l",         // small L for one
      "\u00C5-1, A\u030A-1",  // NFC and NFD of the same letter
      "Ab-1, \u0391b-1"       // Greek Alpha
  })
  void theseLookAlike(String a, String b) {
    assertThat(LookAlike.skeleton(a)).isEqualTo(LookAlike.skeleton(b));
  }

  @ParameterizedTest
  @CsvSource({"C-1, C-2", "R-1, P-1", "TM-001, TM-010", "数据-1, 数据-2"})
  void theseDoNot(String a, String b) {
    assertThat(LookAlike.skeleton(a)).isNotEqualTo(LookAlike.skeleton(b));
  }

  @Test
  void anIdLooksLikeItself() {
    assertThat(LookAlike.skeleton("风险-数据泄露")).isEqualTo(LookAlike.skeleton("风险-数据泄露"));
  }
}
