package dev.govern.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.model.AiCommit;
import dev.govern.model.AttributionHistory;
import dev.govern.model.AttributionMonth;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AiAttributionTest {
  private static AttributionMonth month(String m, long commits, long ai, long lines, long aiLines) {
    return new AttributionMonth(YearMonth.parse(m), commits, ai, lines, aiLines, 0,
        ai == 0 ? new TreeMap<>() : new TreeMap<>(Map.of("trailer", ai)), new TreeMap<>(),
        ai == 0 ? new TreeMap<>() : new TreeMap<>(Map.of("Claude Code", ai)));
  }

  private static AiAttribution.Input repo(String id, String classification, List<AiCommit> violations,
      AttributionMonth... months) {
    return new AiAttribution.Input(id, classification,
        new AttributionHistory("0".repeat(40), LocalDate.parse("2026-01-01"), List.of(months), violations));
  }

  @Test
  void monthsAreSummedAcrossRepositories() {
    AiAttribution a = AiAttribution.of(List.of(
        repo("api", "INTERNAL", List.of(), month("2026-01", 10, 4, 100, 30), month("2026-02", 5, 0, 50, 0)),
        repo("web", "INTERNAL", List.of(), month("2026-01", 6, 2, 60, 20))));
    assertThat(a.months()).hasSize(2);
    AiAttribution.MonthRow jan = a.months().get(0);
    assertThat(jan.repositories()).isEqualTo(2);
    assertThat(jan.commits()).isEqualTo(16);
    assertThat(jan.aiCommits()).isEqualTo(6);
    assertThat(jan.commitShare().text()).isEqualTo("37.5");
    assertThat(jan.lineShare().text()).isEqualTo("31.3");
    assertThat(a.totals().commitShare().text()).isEqualTo("28.6");
    assertThat(a.signals()).isEqualTo(Map.of("trailer", 6L));
  }

  @Test
  void aMonthWithoutCommitsHasNoShareRatherThanZero() {
    assertThat(new Share(0, 0).text()).isEqualTo("–");
    assertThat(new Share(0, 3).text()).isEqualTo("0.0");
  }

  @Test
  void theTrendComparesTheLastThreeMonthsWithTheThreeBefore() {
    List<AttributionMonth> months = new ArrayList<>();
    for (int m = 1; m <= 3; m++) {
      months.add(month("2026-0" + m, 10, 1, 10, 1));
    }
    for (int m = 4; m <= 6; m++) {
      months.add(month("2026-0" + m, 10, 3, 10, 3));
    }
    assertThat(AiAttribution.trend(months)).isEqualByComparingTo("20.0");
    assertThat(AiAttribution.trend(months.subList(0, 5))).isNull();
  }

  @Test
  void violationsKeepTheirRepositoryAndClassification() {
    AiCommit c = new AiCommit("a".repeat(40), LocalDate.parse("2026-02-03"), List.of("trailer"), List.of("Cursor"));
    AiAttribution a = AiAttribution.of(List.of(repo("vault", "SECRET", List.of(c), month("2026-02", 1, 1, 5, 5))));
    assertThat(a.violations()).singleElement().satisfies(v -> {
      assertThat(v.repository()).isEqualTo("vault");
      assertThat(v.classification()).isEqualTo("SECRET");
      assertThat(v.commit()).isEqualTo(c);
    });
    assertThat(a.repositories().get(0).violations()).isEqualTo(1);
  }
}
