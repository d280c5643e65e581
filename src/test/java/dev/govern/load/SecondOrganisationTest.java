package dev.govern.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.analysis.MaturityAssessment;
import dev.govern.model.Governance;
import dev.govern.model.RiskMatrix;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A second organisation works with no code change: other domain ids, a 4×4 matrix as an explicit
 * grid, maturity levels from 0, its own catalogue, names in Chinese and with accents.
 */
class SecondOrganisationTest {
  private static Governance second;

  @BeforeAll
  static void load() {
    second = Fixture.governance(Fixture.SECOND);
  }

  @Test
  void loadsAndChecksWithoutErrors() {
    assertThat(Fixture.problems(Fixture.SECOND, LocalDate.of(2026, 3, 10)))
        .noneMatch(p -> p.contains(": error: "));
  }

  @Test
  void assessesAtLevelOneWithDat02AsTheGap() {
    MaturityAssessment a = MaturityAssessment.of(second.maturity(), second.controls());

    assertThat(a.current().level()).isEqualTo(1);
    assertThat(a.current().name()).isEqualTo("基礎 · Fondamental");
    assertThat(a.next().level()).isEqualTo(2);
    assertThat(a.gaps()).containsExactly("DAT-02");
  }

  @Test
  void matrixIsTheExplicitFourByFourGrid() {
    RiskMatrix m = second.matrix();

    assertThat(m.likelihood()).hasSize(4);
    assertThat(m.impact()).hasSize(4);
    assertThat(m.grid()).hasSize(4).allSatisfy(row -> assertThat(row).hasSize(4));
    assertThat(m.thresholds()).isEmpty();
    assertThat(m.grid().get(1)).isEqualTo(List.of("faible", "faible", "moyen", "moyen"));
  }

  @Test
  void textKeepsItsChineseAndAccents() {
    assertThat(second.organization().name()).isEqualTo("翰林軟體股份有限公司 (Hànlín Logiciels SàRL)");
    assertThat(second.controls()).extracting(c -> c.owner()).contains("Åsa Großmann");
    // Filled in as Markdown text, so the parentheses are escaped.
    assertThat(second.policies().get(0).body()).contains("翰林軟體股份有限公司 \\(Hànlín Logiciels SàRL\\)");
  }

  @Test
  void levelsStartAtZero() {
    assertThat(second.maturity().levels()).extracting(l -> l.level()).containsExactly(0, 1, 2, 3);
  }
}
