package dev.govern.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids are visible, NFC and bounded, so that two different ids never look the same (issue 11). */
class IdsTest {
  @TempDir Path dir;

  @Test
  void zeroWidthSpaceInAControlIdIsAnErrorAtTheId() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "controls/extra.yaml", "controls:\n  - { id: \"C\\u200B-3\", domain: core, name: Third, status: planned }\n");

    assertThat(Fixture.problems(data)).containsExactly("data/controls/extra.yaml:2:11: error: the id 'C\\u200B-3' holds"
        + " U+200B ZERO WIDTH SPACE, which cannot be seen; ids must be visible text, so that two different ids never"
        + " look the same");
  }

  @Test
  void decomposedRiskIdIsAnErrorNamingTheComposedForm() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "risks.yaml", "risks:\n  - { id: \"A\u030A-1\", description: D, likelihood: rare, impact: minor,"
        + " controls: [C-1], residual_risk: low }\n");

    assertThat(Fixture.problems(data)).singleElement().asString().startsWith("data/risks.yaml:2:11: error: the id")
        .contains("is not in Unicode NFC form").endsWith("write it as '\u00C5-1'");
  }

  @Test
  void idLongerThanTheLimitIsAnError() {
    Path data = Fixture.minimal(dir);
    String id = "风险".repeat(33);
    Fixture.write(data, "risks.yaml", "risks:\n  - { id: " + id + ", description: D, likelihood: rare, impact: minor,"
        + " controls: [C-1], residual_risk: low }\n");

    assertThat(Fixture.problems(data)).containsExactly("data/risks.yaml:2:11: error: the id '" + id + "' is 66"
        + " characters long; ids are at most 64 (they name pages and files; keep the long wording for the name)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"C\u202E-1", "C\u00A0-1", "C\u2028-1", "\uE000C-1", "C\u200D-1", " C-1", "C  1", "C\u00AD-1"})
  void invisibleOrSpacedIdsAreRefused(String id) {
    assertThat(Ids.problem(id)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"TM-001", "GOVERN 1.1", "LLM01:2025", "风险-数据泄露-01", "Å-1", "A.6.2.2", "ríesgo_1"})
  void visibleNfcIdsAreAccepted(String id) {
    assertThat(Ids.problem(id)).isEmpty();
  }
}
