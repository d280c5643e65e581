package dev.govern.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trends over a history of the minimal organisation: v1.0, then C-2 implemented (maturity up), then
 * a commit with invalid YAML, then R-1's residual level up and the KPI missed (v2.0), then a
 * commit that changes only the README.
 */
class TrendTest {
  @TempDir static Path dir;
  static String v1;
  static String implemented;
  static String broken;
  static String worse;

  @BeforeAll
  static void history() {
    try (TestRepo repo = TestRepo.minimal(dir)) {
      v1 = repo.commit("Initial governance");
      repo.tag("v1.0", true);
      implemented = repo.replace("controls/core.yaml", "status: planned", "status: implemented").commit("Implement C-2");
      broken = repo.write("kpis.yaml", "categories: [[[\n").commit("Break the KPIs");
      repo.restore("kpis.yaml")
          .replace("kpis.yaml", "{ period: 2026-02, value: 92 }", "{ period: 2026-02, value: 92 }\n"
              + "          - { period: 2026-03, value: 85 }")
          .replace("risks.yaml", "residual_likelihood: rare", "residual_likelihood: possible")
          .replace("risks.yaml", "    residual_risk: low\n  - id: R-2", "    residual_risk: medium\n  - id: R-2");
      worse = repo.commit("R-1 worse, coverage missed");
      repo.tag("v2.0", false);
      repo.writeOutside("README.md", "# Governance\n").commit("Add a README");
    }
  }

  @Test
  void onePointPerCommitThatChangedTheDataOldestFirst() {
    Trend trend = trend(Trend.By.COMMIT);

    assertThat(trend.points()).extracting(TrendPoint::commit).containsExactly(v1, implemented, worse);
    assertThat(trend.points()).extracting(TrendPoint::date)
        .containsExactly(TestRepo.dateOf(0), TestRepo.dateOf(1), TestRepo.dateOf(3));
    assertThat(trend.points()).extracting(TrendPoint::tags)
        .containsExactly(List.of("v1.0"), List.of(), List.of("v2.0"));
  }

  @Test
  void pointsCarryMaturityControlsRisksAndKpis() {
    List<TrendPoint> points = trend(Trend.By.COMMIT).points();

    assertThat(points).extracting(TrendPoint::maturityLevel).containsExactly(1, 2, 2);
    assertThat(points).extracting(TrendPoint::maturityName).containsExactly("Starting", "Established", "Established");
    assertThat(points.get(0).controlsByStatus())
        .containsExactly(Map.entry("implemented", 1), Map.entry("partial", 0), Map.entry("planned", 1),
            Map.entry("not_implemented", 0));
    assertThat(points.get(1).controlsByStatus()).containsEntry("implemented", 2).containsEntry("planned", 0);
    assertThat(points.get(1).risksByResidual())
        .containsExactly(Map.entry("low", 2), Map.entry("medium", 0), Map.entry("high", 0));
    assertThat(points.get(2).risksByResidual()).containsEntry("low", 1).containsEntry("medium", 1);
    assertThat(points.get(1).kpisByOutcome())
        .containsExactly(Map.entry("met", 1), Map.entry("missed", 0), Map.entry("no_data", 0));
    assertThat(points.get(2).kpisByOutcome()).containsEntry("met", 0).containsEntry("missed", 1);
  }

  @Test
  void theSeriesKeysAreListedForCharts() {
    Trend trend = trend(Trend.By.COMMIT);

    assertThat(trend.statuses()).containsExactly("implemented", "partial", "planned", "not_implemented");
    assertThat(trend.riskLevels()).containsExactly("low", "medium", "high");
    assertThat(trend.kpiOutcomes()).containsExactly("met", "missed", "no_data");
  }

  @Test
  void theCommitWithInvalidDataIsSkippedWithANote() {
    try (GovernanceHistory history = GovernanceHistory.open(dir.resolve("data"))) {
      assertThat(history.trend(Trend.By.COMMIT).points()).extracting(TrendPoint::commit).doesNotContain(broken);
      assertThat(history.notes()).singleElement().asString()
          .startsWith("commit " + broken.substring(0, 12) + " of 2025-01-03 is left out of the version history and trends:");
    }
  }

  @Test
  void byTagOnePointPerTag() {
    Trend trend = trend(Trend.By.TAG);

    assertThat(trend.by()).isEqualTo(Trend.By.TAG);
    assertThat(trend.points()).extracting(TrendPoint::tags).containsExactly(List.of("v1.0"), List.of("v2.0"));
    assertThat(trend.points()).extracting(TrendPoint::maturityLevel).containsExactly(1, 2);
  }

  @Test
  void riskLevelsFollowTheNewestMatrixAndEveryPointHasThemAll(@TempDir Path other) {
    try (TestRepo repo = TestRepo.minimal(other)) {
      repo.commit("Three levels");
      repo.replace("risk-matrix.yaml", "  - { id: high, label: High, color: \"#b71c1c\" }",
              "  - { id: high, label: High, color: \"#b71c1c\" }\n  - { id: critical, label: Critical, color: \"#000000\" }")
          .replace("risk-matrix.yaml", "thresholds: { medium: 3, high: 6 }", "thresholds: { medium: 3, high: 6, critical: 9 }")
          .commit("Four levels");
    }

    try (GovernanceHistory history = GovernanceHistory.open(other.resolve("data"))) {
      Trend trend = history.trend(Trend.By.COMMIT);
      assertThat(trend.riskLevels()).containsExactly("low", "medium", "high", "critical");
      assertThat(trend.points()).allSatisfy(p -> assertThat(p.risksByResidual().keySet())
          .containsExactly("low", "medium", "high", "critical"));
      assertThat(trend.points().get(0).risksByResidual()).containsEntry("critical", 0);
    }
  }

  @Test
  void theSameTrendOnEveryRun() {
    assertThat(trend(Trend.By.COMMIT)).isEqualTo(trend(Trend.By.COMMIT));
  }

  private static Trend trend(Trend.By by) {
    try (GovernanceHistory history = GovernanceHistory.open(dir.resolve("data"))) {
      return history.trend(by);
    }
  }
}
