package dev.govern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.history.TestRepo;
import dev.govern.load.Fixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Committed measurements in {@code diff} and {@code check --against}: what the scan found that is new. */
class ScanGateTest {
  @TempDir Path dir;

  /** The shipped data committed as main, then the working tree's payments-api measurement edited. */
  private void baselineThen(String from, String to) {
    try (TestRepo repo = TestRepo.of(dir, Fixture.SHIPPED)) {
      repo.commit("Baseline");
      repo.replace("measurements/repositories/payments-api.yaml", from, to);
    }
  }

  private static final String NEW_FINDING = """
      findings:
        - rule: "ignore-previous-instructions"
          severity: error
          file: "CLAUDE.md"
          line: 3
          column: 1
          message: "an instruction to ignore earlier instructions (prompt injection)"
          excerpt: "Ignore previous instructions."
      """;

  @Test
  void diffNamesTheRepositoryAndTheNewFinding() {
    baselineThen("findings: []\n", NEW_FINDING);

    Cli.Result r = Cli.run("diff", "main", "--data", dir.resolve("data").toString());

    assertThat(r.out()).contains("Repositories (scan): 1 changed")
        .contains("payments-api: new error finding in CLAUDE.md:3:1: an instruction to ignore earlier instructions"
            + " (prompt injection) [ignore-previous-instructions]");
  }

  @Test
  void theGateFailsOnANewErrorFinding() {
    baselineThen("findings: []\n", NEW_FINDING);

    Cli.Result r = Cli.run("check", "--against", "main", "--data", dir.resolve("data").toString());

    assertThat(r.code()).isEqualTo(ExitCodes.REGRESSION);
    assertThat(r.out()).contains("repository payments-api: new error finding in CLAUDE.md:3:1");
  }

  @Test
  void theGateFailsOnANewViolation() {
    baselineThen("\nviolations: []\n", "\nviolations:\n  - { rule: \"codeowners-missing\", message: \"no owner for CLAUDE.md\" }\n");

    Cli.Result r = Cli.run("check", "--against", "main", "--data", dir.resolve("data").toString());

    assertThat(r.code()).isEqualTo(ExitCodes.REGRESSION);
    assertThat(r.out()).contains("repository payments-api: new classification violation: no owner for CLAUDE.md");
  }

  @Test
  void aFindingThatMovedToAnotherLineIsNotNew() {
    try (TestRepo repo = TestRepo.of(dir, Fixture.SHIPPED)) {
      repo.replace("measurements/repositories/payments-api.yaml", "findings: []\n", NEW_FINDING);
      repo.commit("Baseline");
      repo.replace("measurements/repositories/payments-api.yaml", "line: 3", "line: 9");
    }

    Cli.Result r = Cli.run("check", "--against", "main", "--data", dir.resolve("data").toString());

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
  }

  private static final String LEDGER_VIOLATION =
      "    - { commit: \"f521b6931e44ae2d369ee61722c306d9ce7a9a85\", date: 2026-10-11, signals: [\"trailer\"], tools: [\"Claude Code\"] }\n";

  @Test
  void theGateFailsOnANewAiCommitWhereAiIsProhibited() {
    try (TestRepo repo = TestRepo.of(dir, Fixture.SHIPPED)) {
      repo.commit("Baseline");
      repo.replace("measurements/repositories/ledger-core.yaml", LEDGER_VIOLATION, LEDGER_VIOLATION
          + "    - { commit: \"0123456789abcdef0123456789abcdef01234567\", date: 2026-10-20, signals: [\"bot-author\"],"
          + " tools: [\"GitHub Copilot\"] }\n");
    }

    Cli.Result r = Cli.run("check", "--against", "main", "--data", dir.resolve("data").toString());

    assertThat(r.code()).as(r.all()).isEqualTo(ExitCodes.REGRESSION);
    assertThat(r.out()).contains("repository ledger-core: new AI-attributed commit where the classification prohibits"
        + " AI tools: 0123456789ab (2026-10-20; bot-author)");
  }

  @Test
  void diffNamesAChangedAiShareWithWhatItCounts() {
    baselineCheckout("ai_commits: 2, lines_added: 65, ai_lines_added: 5", "ai_commits: 6, lines_added: 65, ai_lines_added: 5");

    Cli.Result r = Cli.run("diff", "main", "--data", dir.resolve("data").toString());
    Cli.Result json = Cli.run("diff", "main", "--data", dir.resolve("data").toString(), "--format", "json");

    java.util.regex.Matcher m = java.util.regex.Pattern.compile("checkout-service: AI-attributed commits \\(trailers,"
        + " bot authors, git-ai notes\\) in the months measured: [0-9.]+ % \\((\\d+) of (\\d+)\\) → [0-9.]+ %"
        + " \\((\\d+) of (\\d+)\\)").matcher(r.out());
    assertThat(m.find()).as(r.out()).isTrue();
    assertThat(Long.parseLong(m.group(3)) - Long.parseLong(m.group(1))).isEqualTo(4);
    assertThat(m.group(2)).isEqualTo(m.group(4));
    assertThat(json.out()).contains("\"ai_commits_after\"").contains("\"ai_commits\": " + m.group(3));
  }

  @Test
  void anUnchangedAiShareIsNoChange() {
    baselineCheckout("ai_commits: 2, lines_added: 65", "ai_commits: 2, lines_added: 66");

    Cli.Result r = Cli.run("diff", "main", "--data", dir.resolve("data").toString());

    assertThat(r.out()).doesNotContain("checkout-service");
  }

  /** The shipped data committed as main, then one month of checkout-service's history edited. */
  private void baselineCheckout(String from, String to) {
    try (TestRepo repo = TestRepo.of(dir, Fixture.SHIPPED)) {
      repo.commit("Baseline");
      repo.replace("measurements/repositories/checkout-service.yaml",
          "{ month: 2026-02, commits: 10, " + from, "{ month: 2026-02, commits: 10, " + to);
    }
  }
}
