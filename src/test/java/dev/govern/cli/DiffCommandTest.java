package dev.govern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.history.TestRepo;
import dev.govern.load.Fixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govern diff}: the semantic diff as text, Markdown and JSON, and its exit codes. */
class DiffCommandTest {
  @TempDir Path dir;

  /**
   * Commits the minimal organisation as v1.0, then changes the working tree: C-2 implemented (so
   * maturity and coverage rise), C-3 added, R-1's residual level up, the KPI missed, POL-1 renamed.
   */
  private String changedSinceV1() {
    try (TestRepo repo = TestRepo.minimal(dir)) {
      String v1 = repo.commit("Initial governance");
      repo.tag("v1.0", true);
      repo.replace("controls/core.yaml", "status: planned", "status: implemented")
          .write("controls/extra.yaml", "controls:\n  - id: C-3\n    domain: core\n    name: Third control\n"
              + "    frequency: Quarterly\n    status: planned\n")
          .replace("risks.yaml", "residual_likelihood: rare", "residual_likelihood: possible")
          .replace("risks.yaml", "    residual_risk: low\n  - id: R-2", "    residual_risk: medium\n  - id: R-2")
          .replace("kpis.yaml", "{ period: 2026-02, value: 92 }",
              "{ period: 2026-02, value: 92 }\n          - { period: 2026-03, value: 85 }")
          .replace("policies/use.md", "title: Use Policy", "title: Acceptable Use Policy");
      return v1.substring(0, 12);
    }
  }

  private String data() {
    return dir.resolve("data").toString();
  }

  @Test
  void aRiskRenamedToALookAlikeIdIsReportedAsSuch() {
    try (TestRepo repo = TestRepo.minimal(dir)) {
      repo.commit("Initial governance");
      repo.replace("risks.yaml", "id: R-1", "id: R\u20101"); // a Unicode hyphen for the ASCII one
    }

    Cli.Result r = Cli.run("diff", "HEAD", "--data", data());

    assertThat(r.out()).contains("  look-alike: risk R-1 removed and R\u20101 added look the same");
  }

  @Test
  void aControlRenamedToALookAlikeIdIsReportedAsSuch() {
    try (TestRepo repo = TestRepo.minimal(dir)) {
      repo.commit("Initial governance");
      for (String file : List.of("controls/core.yaml", "risks.yaml", "maturity.yaml")) {
        repo.replace(file, "C-2", "\u0421-2");
      }
    }

    Cli.Result r = Cli.run("diff", "HEAD", "--data", data());

    assertThat(r.out()).contains("  look-alike: control C-2 removed and \u0421-2 added look the same: a rename to a"
        + " look-alike id?\n");
  }

  @Test
  void textListsEveryChange() {
    String v1 = changedSinceV1();

    Cli.Result r = Cli.run("diff", "v1.0", "--data", data());

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo("""
        Governance changes from v1.0 (V1) to the working tree

        Maturity: level 1 Starting → level 2 Established
        Controls: 1 added, 1 changed
          changed   C-2 Second control
                      Status: Planned → Implemented
          added     C-3 Third control (Planned)
        Risks: 1 changed
          changed   R-1 First risk
                      Residual likelihood: Rare → Possible
                      Residual: Low → Medium
        KPIs: 1 changed
          changed   coverage Coverage: Met (92%) → Missed (85%), target >90%
        Framework coverage (requirements covered; implemented):
          Small Standard 1: 2/2 (100%) → 2/2 (100%); 1/2 (50%) → 2/2 (100%)
        Policies: 1 changed
          changed   POL-1 Acceptable Use Policy
                      Title: Use Policy → Acceptable Use Policy
        """.replace("V1", v1));
  }

  @Test
  void markdownFitsAPullRequestComment() {
    String v1 = changedSinceV1();

    Cli.Result r = Cli.run("diff", "v1.0", "--data", data(), "--format", "markdown");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("### Governance changes: `v1.0` (`" + v1 + "`) → working tree\n\n"
        + "**Maturity:** level 1 Starting → level 2 Established ✅\n");
    assertThat(r.out().lines()).contains(
        "| Control | Change | Details |",
        "| **C-2** Second control | changed | Status: Planned → Implemented ✅ |",
        "| **C-3** Third control | added | Status: Planned |",
        "| **R-1** First risk | changed | High | Low → Medium ⚠️ | Residual likelihood: Rare → Possible; "
            + "Residual: Low → Medium ⚠️ |",
        "| **coverage** Coverage | Met (92%) | Missed (85%) ⚠️ | >90% |",
        "| Small Standard 1 | 2/2 (100%) | 2/2 (100%) | 1/2 (50%) | 2/2 (100%) ✅ |",
        "| **POL-1** Acceptable Use Policy | changed | Title: Use Policy → Acceptable Use Policy |");
  }

  @Test
  void markdownCellsCannotBreakTheTable() {
    try (TestRepo repo = TestRepo.minimal(dir)) {
      repo.commit("Initial governance");
      repo.replace("controls/core.yaml", "name: Second control", "name: \"Second | <b>bold</b> control\"");
    }

    Cli.Result r = Cli.run("diff", "HEAD", "--data", data(), "--format", "markdown");

    assertThat(r.out().lines()).contains("| **C-2** Second \\| &lt;b>bold&lt;/b> control | changed"
        + " | Name: Second control → Second \\| &lt;b>bold&lt;/b> control |");
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonCarriesEveryChangeWithBothSides() {
    changedSinceV1();

    Cli.Result r = Cli.run("diff", "v1.0", "--data", data(), "--format", "json");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    Map<String, Object> json = (Map<String, Object>) JsonReader.read(r.out());
    assertThat(json).containsOnlyKeys("from", "to", "changed", "maturity", "controls", "risks", "look_alikes", "kpis", "coverage",
        "policies", "repositories");
    assertThat((Map<String, Object>) json.get("from")).containsEntry("revision", "v1.0")
        .containsEntry("date", "2025-01-01T09:00:00Z");
    assertThat((Map<String, Object>) json.get("to")).containsEntry("revision", "working tree").containsEntry("commit", null);
    assertThat((Map<String, Object>) json.get("maturity")).containsEntry("direction", "better");
    List<Map<String, Object>> controls = (List<Map<String, Object>>) json.get("controls");
    assertThat(controls).extracting(c -> c.get("id"), c -> c.get("change"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("C-2", "changed"), org.assertj.core.groups.Tuple.tuple("C-3", "added"));
    assertThat((List<Object>) controls.get(0).get("fields"))
        .containsExactly(Map.of("field", "status", "before", "planned", "after", "implemented"));
    Map<String, Object> risk = ((List<Map<String, Object>>) json.get("risks")).get(0);
    assertThat(risk).containsEntry("residual_before", "low").containsEntry("residual_after", "medium")
        .containsEntry("residual_direction", "worse");
    assertThat(((List<Map<String, Object>>) json.get("kpis")).get(0)).containsEntry("status_before", "met")
        .containsEntry("status_after", "missed");
    assertThat(((List<Map<String, Object>>) json.get("policies")).get(0)).containsEntry("title", "Acceptable Use Policy");
  }

  @Test
  void betweenTwoRevisions() {
    try (TestRepo repo = TestRepo.minimal(dir)) {
      repo.commit("Initial governance");
      repo.replace("controls/core.yaml", "status: planned", "status: partial").commit("Start C-2");
      repo.replace("controls/core.yaml", "status: partial", "status: implemented");
    }

    Cli.Result r = Cli.run("diff", "HEAD~1", "HEAD", "--data", data());

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("Status: Planned → Partial\n").doesNotContain("→ implemented");
  }

  @Test
  void noChangesSaysSo() {
    try (TestRepo repo = TestRepo.minimal(dir)) {
      String head = repo.commit("Initial governance");

      Cli.Result r = Cli.run("diff", head, "--data", data());

      assertThat(r.code()).isEqualTo(ExitCodes.OK);
      assertThat(r.out()).isEqualTo("Governance changes from " + head.substring(0, 12) + " to the working tree\nNo changes.\n");
    }
  }

  @Test
  void anUnknownRevisionExitsTwo() {
    try (TestRepo repo = TestRepo.minimal(dir)) {
      repo.commit("Initial governance");
    }

    Cli.Result r = Cli.run("diff", "v9.9", "--data", data());

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("govern diff: unknown revision 'v9.9'\n");
  }

  @Test
  void outsideGitExitsTwoAndSaysWhy() {
    Path data = Fixture.minimal(dir);

    Cli.Result r = Cli.run("diff", "HEAD", "--data", data.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err().lines().toList()).singleElement().asString()
        .startsWith("govern diff: cannot read HEAD: ").endsWith("is not in a Git repository: no version history,"
            + " trends or comparisons");
  }

  @Test
  void errorsAtARevisionArePrintedAndExitOne() {
    try (TestRepo repo = TestRepo.minimal(dir)) {
      repo.commit("Initial governance");
      repo.write("kpis.yaml", "categories: [[[\n").commit("Break the KPIs");
      repo.restore("kpis.yaml").commit("Repair the KPIs");
    }

    Cli.Result r = Cli.run("diff", "HEAD~1", "--data", data());

    assertThat(r.code()).isEqualTo(ExitCodes.DATA_PROBLEMS);
    assertThat(r.out()).isEmpty();
    List<String> lines = r.err().lines().toList();
    assertThat(lines.get(0)).matches("HEAD~1:data/kpis\\.yaml:\\d+:\\d+: error: .+");
    assertThat(lines).last().asString().matches("The data at HEAD~1 \\([0-9a-f]{12}\\) has 1 error; there is nothing"
        + " to compare until it loads\\.");
    assertThat(r.err()).doesNotContain("Exception");
  }

  @Test
  void aRenamedControlFileIsNoChange() {
    try (TestRepo repo = TestRepo.minimal(dir)) {
      repo.commit("Initial governance");
      repo.rename("controls/core.yaml", "controls/renamed.yaml").commit("Rename the control file");
    }

    Cli.Result r = Cli.run("diff", "HEAD~1", "HEAD", "--data", data());

    assertThat(r.out()).endsWith("No changes.\n");
  }

  @Test
  @SuppressWarnings("unchecked")
  void shippedDataWithOneControlImplementedAndOneRiskReassessedReportsExactlyThose() {
    try (TestRepo repo = TestRepo.of(dir, Path.of("data"))) {
      repo.commit("The shipped governance");
      repo.replace("controls/compliance.yaml", "    status: planned\n    owner: Open Source Program Office",
              "    status: implemented\n    owner: Open Source Program Office")
          .replace("risks.yaml", "    residual_likelihood: rare\n    residual_impact: major\n    residual_risk: low",
              "    residual_likelihood: unlikely\n    residual_impact: major\n    residual_risk: medium")
          .commit("CMP-001 implemented; R008 re-assessed");
    }

    Cli.Result r = Cli.run("diff", "HEAD~1", "HEAD", "--data", data(), "--format", "json");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    Map<String, Object> json = (Map<String, Object>) JsonReader.read(r.out());
    List<Map<String, Object>> controls = (List<Map<String, Object>>) json.get("controls");
    assertThat(controls).singleElement().satisfies(c -> {
      assertThat(c).containsEntry("id", "CMP-001").containsEntry("change", "changed")
          .containsEntry("status_before", "planned").containsEntry("status_after", "implemented");
      assertThat((List<Object>) c.get("fields"))
          .containsExactly(Map.of("field", "status", "before", "planned", "after", "implemented"));
    });
    List<Map<String, Object>> risks = (List<Map<String, Object>>) json.get("risks");
    assertThat(risks).singleElement().satisfies(x -> assertThat(x).containsEntry("id", "R008")
        .containsEntry("residual_before", "low").containsEntry("residual_after", "medium")
        .containsEntry("inherent_before", "high").containsEntry("inherent_after", "high"));
    assertThat((List<Object>) json.get("kpis")).isEmpty();
    assertThat((List<Object>) json.get("policies")).isEmpty();
    assertThat((Map<String, Object>) json.get("maturity")).containsEntry("direction", "same");

    Cli.Result text = Cli.run("diff", "HEAD~1", "HEAD", "--data", data());
    assertThat(text.out()).contains("""
        Controls: 1 changed
          changed   CMP-001 License Compliance Scanning
                      Status: Planned → Implemented
        Risks: 1 changed
          changed   R008 AI code generation practices violate regulatory requirements…
                      Residual likelihood: Rare → Unlikely
                      Residual: Low → Medium
        KPIs: no changes
        """).contains("Policies: no changes\n");
  }

  @Test
  void outputIsTheSameOnEveryRun() {
    changedSinceV1();

    for (String format : List.of("text", "markdown", "json")) {
      assertThat(Cli.run("diff", "v1.0", "--data", data(), "--format", format))
          .isEqualTo(Cli.run("diff", "v1.0", "--data", data(), "--format", format));
    }
  }
}
