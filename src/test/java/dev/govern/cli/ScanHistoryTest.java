package dev.govern.cli;

import static dev.govern.scan.attribution.HistoryRepo.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import dev.govern.scan.attribution.HistoryRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govern scan} with the history part: JSON, measurement files, the exit code, shards. */
class ScanHistoryTest {
  @TempDir Path tmp;
  Path data;

  @BeforeEach
  void governanceRepoWithTwoRepositories() throws IOException {
    data = Fixture.copy(Path.of("data"), tmp.resolve("gov"));
    Files.writeString(data.resolve("repositories.yaml"), "repositories:\n"
        + "  - { id: api, path: ../repos/api, classification: INTERNAL }\n"
        + "  - { id: vault, path: ../repos/vault, classification: SECRET }\n", StandardCharsets.UTF_8);
    try (HistoryRepo api = HistoryRepo.init(tmp.resolve("repos/api"))) {
      api.write("a.txt", lines("a", 4)).commit("2026-01-10T00:00:00Z", "Add a\n\n"
          + "Co-Authored-By: Claude <noreply@anthropic.com>");
      api.write("b.txt", lines("b", 2)).commit("2026-02-10T00:00:00Z", "Add b");
    }
    try (HistoryRepo vault = HistoryRepo.init(tmp.resolve("repos/vault"))) {
      vault.write("k.txt", lines("k", 3)).commit("2026-02-11T00:00:00Z", "Keys\n\nMade-with: Cursor");
    }
  }

  private Cli.Result scan(String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("scan", "--data", data.toString(), "--as-of", "2026-03-31",
        "--since", "2026-01-01", "--no-cache"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  private static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> out = new java.util.TreeMap<>();
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> repo(Object json, int i) {
    return (Map<String, Object>) ((List<Object>) ((Map<String, Object>) json).get("repositories")).get(i);
  }

  @Test
  void jsonGivesEachRepositoryItsMonthsAndAiViolations() {
    Cli.Result r = scan("--format", "json");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.DATA_PROBLEMS);
    Object json = JsonReader.read(r.out());
    Map<String, Object> api = repo(json, 0);
    assertThat(api.get("months")).asList().hasSize(3);
    assertThat(api.get("months").toString()).contains("month=2026-01", "commits=1", "ai_commits=1", "lines_added=4",
        "ai_lines_added=4", "signals={trailer=1}");
    assertThat(api.get("ai_violations")).asList().isEmpty();
    Map<String, Object> vault = repo(json, 1);
    assertThat(vault.get("ai_violations").toString()).contains("signals=[trailer]", "tools=[Cursor]", "date=2026-02-11");
  }

  @Test
  void textNamesTheAiCommitWhereAiIsProhibited() {
    Cli.Result r = scan();
    assertThat(r.out()).contains("vault: error: commit ").contains("is AI-attributed (trailer: Cursor) but SECRET"
        + " prohibits AI tools [ai-commit-where-prohibited]");
  }

  @Test
  void theMeasurementsCarryTheHistoryAndCheckClean() throws IOException {
    scan();
    String api = Files.readString(data.resolve("measurements/repositories/api.yaml"));
    assertThat(api).contains("history:\n  tip: \"", "  since: 2026-01-01\n",
        "  - { month: 2026-01, commits: 1, ai_commits: 1, lines_added: 4, ai_lines_added: 4, ai_lines: 0,"
            + " signals: { \"trailer\": 1 }, signal_lines_added: { \"trailer\": 4 }, tools: { \"Claude Code\": 1 } }");
    Cli.Result check = Cli.run("check", "--data", data.toString(), "--as-of", "2026-03-31");
    assertThat(check.all()).doesNotContain("error:");
  }

  @Test
  void shardsMergedGiveTheSameMeasurementsAsOneScan() throws IOException {
    scan();
    Map<String, byte[]> whole = files(data.resolve("measurements"));
    scan("--shard", "1/2", "--part", tmp.resolve("p1.yaml").toString());
    scan("--shard", "2/2", "--part", tmp.resolve("p2.yaml").toString());
    Cli.run("scan", "--data", data.toString(), "--merge", tmp.resolve("p1.yaml").toString(),
        tmp.resolve("p2.yaml").toString());
    Map<String, byte[]> merged = files(data.resolve("measurements"));
    assertThat(merged.keySet()).isEqualTo(whole.keySet());
    whole.forEach((k, v) -> assertThat(new String(merged.get(k), StandardCharsets.UTF_8)).as(k)
        .isEqualTo(new String(v, StandardCharsets.UTF_8)));
  }

  @Test
  void aRescanWithTheCacheGivesTheSameMeasurementsAndCountsWhatIsNew() throws IOException {
    String[] cached = {"scan", "--data", data.toString(), "--as-of", "2026-03-31", "--since", "2026-01-01"};
    // vault is SECRET and has an AI-attributed commit: every scan here exits 1 for that violation.
    assertThat(Cli.run(cached).code()).isEqualTo(ExitCodes.DATA_PROBLEMS);
    Map<String, byte[]> cold = files(data.resolve("measurements"));
    assertThat(Cli.run(cached).code()).isEqualTo(ExitCodes.DATA_PROBLEMS);
    assertThat(files(data.resolve("measurements"))).as("a warm rescan of unchanged repositories")
        .containsExactlyEntriesOf(cold);

    try (HistoryRepo vault = HistoryRepo.init(tmp.resolve("repos/vault"))) {
      vault.write("l.txt", lines("l", 2)).commit("2026-03-02T00:00:00Z", "More keys\n\n"
          + "Co-authored-by: Copilot <copilot@github.com>");
    }
    Cli.Result warm = Cli.run(cached);

    assertThat(warm.code()).as(warm.all()).isEqualTo(ExitCodes.DATA_PROBLEMS);
    assertThat(Files.readString(data.resolve("measurements/repositories/vault.yaml"), StandardCharsets.UTF_8))
        .contains("month: 2026-03, commits: 1, ai_commits: 1");
  }

  @Test
  void aRescanFromTheIndexPrintsAndWritesTheBytesOfAScanWithoutCache() throws IOException {
    String[] cached = {"scan", "--data", data.toString(), "--as-of", "2026-03-31", "--since", "2026-01-01",
        "--format", "json"};
    Cli.run(cached);
    assertThat(tmp.resolve("gov/.govern/cache/scan/index.bin")).exists();
    Cli.Result warm = Cli.run(cached);
    Map<String, byte[]> warmFiles = files(data.resolve("measurements"));
    Cli.Result uncached = scan("--format", "json");

    assertThat(warm.out()).isEqualTo(uncached.out());
    assertThat(warm.code()).isEqualTo(uncached.code());
    assertThat(files(data.resolve("measurements"))).containsExactlyEntriesOf(warmFiles);
  }

  @Test
  void brokenMeasurementsDoNotStopTheScanThatReplacesThem() throws IOException {
    scan();
    Files.writeString(data.resolve("measurements/repositories/api.yaml"), "id: [unclosed\n", StandardCharsets.UTF_8);
    Files.writeString(data.resolve("measurements/stray.txt"), "x", StandardCharsets.UTF_8);
    Cli.Result r = scan();
    assertThat(r.err()).doesNotContain("measurements");
    assertThat(files(data.resolve("measurements")).keySet())
        .containsExactly("repositories/api.yaml", "repositories/vault.yaml", "scan.yaml");
  }

  @Test
  void aRescanThatChangesNothingLeavesTheMeasurementFilesAsTheyWere() throws IOException {
    scan();
    Path api = data.resolve("measurements/repositories/api.yaml");
    Object before = Files.readAttributes(api, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    scan();
    assertThat(Files.readAttributes(api, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
        .isNotNull().isEqualTo(before);
  }

  @Test
  void aRescanRemovesAStrayFileAndFolderEvenWhenTheMeasurementsAreTheSame() throws IOException {
    scan();
    Map<String, byte[]> written = files(data.resolve("measurements"));
    Files.writeString(data.resolve("measurements/repositories/old.yaml"), "id: old\n", StandardCharsets.UTF_8);
    Files.createDirectories(data.resolve("measurements/extra"));
    scan();
    assertThat(files(data.resolve("measurements"))).containsExactlyEntriesOf(written);
    assertThat(data.resolve("measurements/extra")).doesNotExist();
  }
}
