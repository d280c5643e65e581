package dev.govern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.history.TestRepo;
import dev.govern.load.Fixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code govern check --against REV}: the regression gate. The baseline is the minimal organisation
 * with C-2 implemented (maturity level 2) committed as {@code main}; each test changes the working
 * tree and runs the gate.
 */
class GateTest {
  @TempDir Path dir;
  private String baseline;

  private Cli.Result gate(Consumer<TestRepo> change, String... extra) {
    try (TestRepo repo = TestRepo.minimal(dir)) {
      repo.replace("controls/core.yaml", "status: planned", "status: implemented");
      baseline = repo.commit("Baseline").substring(0, 12);
      change.accept(repo);
    }
    List<String> args = new java.util.ArrayList<>(List.of("check", "--against", "main", "--data",
        dir.resolve("data").toString(), "--as-of", "2026-01-20"));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  private static List<String> afterSummary(Cli.Result r) {
    List<String> lines = r.out().lines().toList();
    int summary = 0;
    while (!lines.get(summary).matches("\\d+ errors?, \\d+ warnings? in .*")) {
      summary++;
    }
    return lines.subList(summary + 1, lines.size());
  }

  @Test
  void noChangePasses() {
    Cli.Result r = gate(repo -> {});

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(afterSummary(r)).containsExactly("No regressions against main (" + baseline + ").");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void anImprovementPasses() {
    String before;
    try (TestRepo repo = TestRepo.minimal(dir)) {
      before = repo.commit("C-2 planned").substring(0, 12);
      repo.replace("controls/core.yaml", "status: planned", "status: implemented")
          .replace("kpis.yaml", "{ period: 2026-02, value: 92 }",
              "{ period: 2026-02, value: 92 }\n          - { period: 2026-03, value: 97 }");
    }

    Cli.Result r = Cli.run("check", "--against", "HEAD", "--data", dir.resolve("data").toString(), "--as-of", "2026-01-20");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(afterSummary(r)).containsExactly("No regressions against HEAD (" + before + ").");
  }

  @Test
  void aControlStatusDownAndTheMaturityItCostFail() {
    Cli.Result r = gate(repo -> repo.replace("controls/core.yaml", "    status: implemented\n    mappings:\n      std: [S-1.2]",
        "    status: partial\n    mappings:\n      std: [S-1.2]"));

    assertThat(r.code()).isEqualTo(ExitCodes.REGRESSION);
    assertThat(afterSummary(r)).containsExactly(
        "2 regressions against main (" + baseline + "):",
        "  maturity level went down: level 2 Established → level 1 Starting",
        "  control C-2 (Second control): status went down: implemented → partial");
  }

  @Test
  void aRiskWhoseResidualLevelWentUpFails() {
    Cli.Result r = gate(repo -> repo
        .replace("risks.yaml", "residual_likelihood: rare", "residual_likelihood: possible")
        .replace("risks.yaml", "    residual_risk: low\n  - id: R-2", "    residual_risk: medium\n  - id: R-2"));

    assertThat(r.code()).isEqualTo(ExitCodes.REGRESSION);
    assertThat(afterSummary(r)).containsExactly(
        "1 regression against main (" + baseline + "):",
        "  risk R-1 (First risk): residual level went up: low → medium");
  }

  @Test
  void aKpiNewlyMissedFails() {
    Cli.Result r = gate(repo -> repo.replace("kpis.yaml", "{ period: 2026-02, value: 92 }",
        "{ period: 2026-02, value: 92 }\n          - { period: 2026-03, value: 85 }"));

    assertThat(r.code()).isEqualTo(ExitCodes.REGRESSION);
    assertThat(afterSummary(r)).containsExactly(
        "1 regression against main (" + baseline + "):",
        "  KPI coverage (Coverage): newly missed: 85% against the target >90% (met before, at 92%)");
  }

  @Test
  void removingAnImplementedControlFails() {
    Cli.Result r = gate(repo -> repo
        .write("controls/core.yaml", "controls:\n  - id: C-2\n    domain: core\n    name: Second control\n"
            + "    frequency: Quarterly\n    status: implemented\n    mappings:\n      std: [S-1.2]\n")
        .replace("risks.yaml", "controls: [C-1]", "controls: [C-2]")
        .replace("maturity.yaml", "[C-1, C-2]", "[C-2]")
        .replace("policies/use.md", "controls: [C-1]", "controls: []"));

    assertThat(r.code()).isEqualTo(ExitCodes.REGRESSION);
    assertThat(afterSummary(r)).contains("  control C-1 (First control): removed while implemented");
  }

  @Test
  void aDowngradeHiddenByALookAlikeRenameFails() {
    String cyrillic = "\u0421-1"; // Cyrillic capital Es, drawn as a Latin C
    Cli.Result r = gate(repo -> {
      for (String file : List.of("controls/core.yaml", "risks.yaml", "maturity.yaml", "policies/use.md")) {
        repo.replace(file, "C-1", cyrillic);
      }
      repo.replace("controls/core.yaml", "    frequency: Monthly\n    status: implemented", "    frequency: Monthly\n    status: partial");
    });

    assertThat(r.code()).isEqualTo(ExitCodes.REGRESSION);
    assertThat(afterSummary(r)).contains("  control C-1 (First control): removed while implemented; " + cyrillic
        + ", added, looks the same: renamed to a look-alike id?");
  }

  @Test
  void droppingAPlannedControlIsNoRegression() {
    try (TestRepo repo = TestRepo.minimal(dir)) {
      repo.commit("Baseline");
      repo.write("controls/core.yaml", "controls:\n  - id: C-1\n    domain: core\n    name: First control\n"
          + "    evidence:\n      - name: Review log\n        date: 2026-01-10\n    frequency: Monthly\n"
          + "    status: implemented\n    last_reviewed: 2026-01-10\n    mappings:\n      std: [S-1.1]\n")
          .replace("risks.yaml", "controls: [C-2]", "controls: [C-1]")
          .replace("maturity.yaml", ", C-2", "");
    }

    Cli.Result r = Cli.run("check", "--against", "HEAD", "--data", dir.resolve("data").toString(), "--as-of", "2026-01-20");

    assertThat(r.out()).doesNotContain("removed while");
  }

  @Test
  void addingAMissedKpiOrAControlIsNoRegression() {
    Cli.Result r = gate(repo -> repo
        .replace("kpis.yaml", "    kpis:\n", "    kpis:\n      - id: speed\n        kpi: Speed\n        target: \"<24 hours\"\n"
            + "        values:\n          - { period: 2026-01, value: 30 }\n")
        .write("controls/extra.yaml", "controls:\n  - id: C-3\n    domain: core\n    name: Third control\n"
            + "    frequency: Quarterly\n    status: not_implemented\n"));

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(afterSummary(r)).containsExactly("No regressions against main (" + baseline + ").");
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonListsTheRegressions() {
    Cli.Result r = gate(repo -> repo.replace("kpis.yaml", "{ period: 2026-02, value: 92 }",
        "{ period: 2026-02, value: 92 }\n          - { period: 2026-03, value: 85 }"), "--format", "json");

    assertThat(r.code()).isEqualTo(ExitCodes.REGRESSION);
    Map<String, Object> json = (Map<String, Object>) JsonReader.read(r.out());
    assertThat((Map<String, Object>) json.get("against")).containsEntry("revision", "main").containsEntry("compared", true);
    assertThat((List<Map<String, Object>>) json.get("regressions")).singleElement().satisfies(x -> assertThat(x)
        .containsEntry("kind", "kpi_missed").containsEntry("id", "coverage"));
  }

  @Test
  void errorsInTheDataExitOneBeforeTheGate() {
    Cli.Result r = gate(repo -> repo
        .replace("controls/core.yaml", "    status: implemented\n    mappings:\n      std: [S-1.2]",
            "    status: partial\n    mappings:\n      std: [S-1.2]")
        .write("kpis.yaml", "categories: [[[\n"));

    assertThat(r.code()).isEqualTo(ExitCodes.DATA_PROBLEMS);
    assertThat(r.out()).doesNotContain("regression");
  }

  @Test
  void anUnknownRevisionExitsTwo() {
    try (TestRepo repo = TestRepo.minimal(dir)) {
      repo.commit("Initial governance");
    }

    Cli.Result r = Cli.run("check", "--against", "origin/main", "--data", dir.resolve("data").toString());

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).isEqualTo("govern check --against: unknown revision 'origin/main'\n");
  }

  @Test
  void outsideGitExitsTwo() {
    Path data = Fixture.minimal(dir);

    Cli.Result r = Cli.run("check", "--against", "main", "--data", data.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("is not in a Git repository");
  }

  private Cli.Result againstABrokenBaseline(String... extra) {
    try (TestRepo repo = TestRepo.minimal(dir)) {
      repo.write("kpis.yaml", "categories: [[[\n").commit("Broken baseline");
      repo.restore("kpis.yaml");
    }
    List<String> args = new java.util.ArrayList<>(List.of("check", "--against", "HEAD", "--data",
        dir.resolve("data").toString(), "--as-of", "2026-01-20"));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void aBaselineWhoseDataDoesNotLoadFailsClosed() {
    Cli.Result r = againstABrokenBaseline();

    assertThat(r.code()).isEqualTo(ExitCodes.BASE_UNLOADABLE);
    assertThat(r.out()).startsWith("0 errors").doesNotContain("No regressions");
    assertThat(r.err().lines().toList()).singleElement().asString().matches("govern check: the data at HEAD"
        + " \\([0-9a-f]{12}\\) has 1 error, so nothing could be compared and the regression gate fails closed"
        + " \\(`govern diff HEAD` lists them; --allow-broken-base skips the gate instead\\)");
  }

  @Test
  void aBrokenBaselineIsSkippedOnlyWhenAllowed() {
    Cli.Result r = againstABrokenBaseline("--allow-broken-base");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("0 errors").doesNotContain("regression");
    assertThat(r.err().lines().toList()).singleElement().asString().matches("govern check: the data at HEAD"
        + " \\([0-9a-f]{12}\\) has 1 error, so the regression gate was skipped as --allow-broken-base asks"
        + " \\(`govern diff HEAD` lists them\\)");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aBrokenBaselineIsNotComparedInJson() {
    Cli.Result r = againstABrokenBaseline("--format", "json");

    assertThat(r.code()).isEqualTo(ExitCodes.BASE_UNLOADABLE);
    Map<String, Object> json = (Map<String, Object>) JsonReader.read(r.out());
    assertThat((Map<String, Object>) json.get("against")).containsEntry("compared", false);
  }
}
