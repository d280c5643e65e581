package dev.govern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import dev.govern.scan.RepoBuilder;
import dev.govern.scan.SampleRepositories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govern scan}: measurements written whole, shards that merge to the same bytes, output and exit codes. */
class ScanCommandTest {
  @TempDir Path tmp;

  /** A copy of the shipped data beside freshly generated sample repositories, as the README sets it up. */
  private Path sample(Path root) throws IOException {
    Path data = Fixture.copy(Fixture.SHIPPED, root);
    SampleRepositories.write(root.resolve("repos"));
    return data;
  }

  @Test
  void theShippedMeasurementsAreWhatAScanOfTheSampleRepositoriesWrites() throws IOException {
    Path data = sample(tmp.resolve("org"));

    Cli.Result r = Cli.run("scan", "--data", data.toString(), "--as-of", "2026-11-20", "--no-cache");

    assertThat(r.code()).isEqualTo(ExitCodes.DATA_PROBLEMS);
    assertThat(tree(data.resolve("measurements"))).isEqualTo(tree(Fixture.SHIPPED.resolve("measurements")));
  }

  @Test
  void shardsMergedGiveTheSameBytesAsOneScan() throws IOException {
    Path data = sample(tmp.resolve("org"));
    Cli.run("scan", "--data", data.toString(), "--as-of", "2026-11-20", "--no-cache");
    Map<String, String> single = tree(data.resolve("measurements"));
    Fixture.write(data, "measurements/scan.yaml", "stale\n");

    for (int k = 1; k <= 3; k++) {
      Cli.Result part = Cli.run("scan", "--data", data.toString(), "--as-of", "2026-11-20", "--shard", k + "/3",
          "--part", tmp.resolve("part" + k + ".yaml").toString());
      assertThat(part.err()).isEmpty();
    }
    Cli.Result merged = Cli.run("scan", "--data", data.toString(), "--merge", tmp.resolve("part3.yaml").toString(),
        tmp.resolve("part1.yaml").toString(), tmp.resolve("part2.yaml").toString());

    assertThat(merged.err()).isEmpty();
    assertThat(tree(data.resolve("measurements"))).isEqualTo(single);
  }

  @Test
  void aMergeWithAPartMissingIsRefused() throws IOException {
    Path data = sample(tmp.resolve("org"));
    Cli.run("scan", "--data", data.toString(), "--as-of", "2026-11-20", "--shard", "1/2", "--part",
        tmp.resolve("p1.yaml").toString());

    Cli.Result r = Cli.run("scan", "--data", data.toString(), "--merge", tmp.resolve("p1.yaml").toString());

    assertThat(r.code()).isEqualTo(ExitCodes.DATA_PROBLEMS);
    assertThat(r.err()).contains("of an inventory of [12]");
    assertThat(data.resolve("measurements/repositories/payments-api.yaml")).exists(); // the shipped scan stays
  }

  @Test
  void aScanReplacesTheMeasurementsWhole() throws IOException {
    Path root = tmp.resolve("org");
    Path data = Fixture.copy(Fixture.SHIPPED, root);
    new RepoBuilder().file("CLAUDE.md", "Be brief.\n").bare(root.resolve("only.git"));
    Fixture.write(data, "repositories.yaml",
        "repositories:\n  - { id: only, path: only.git, classification: INTERNAL }\n");

    Cli.Result r = Cli.run("scan", "--data", data.toString(), "--as-of", "2026-11-21");

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(tree(data.resolve("measurements")).keySet()).containsExactly("repositories/only.yaml", "scan.yaml");
    assertThat(Cli.run("check", "--data", data.toString()).code()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void textLinesNameRepositoryFileLineAndRule() throws IOException {
    Path data = sample(tmp.resolve("org"));

    Cli.Result r = Cli.run("scan", "--data", data.toString(), "--as-of", "2026-11-20");

    assertThat(r.out()).contains("customer-portal:.cursorrules:2:23: error: Unicode tag characters")
        .contains("[hidden-tag-characters]\n")
        .contains("key-management: error: SECRET allows no AI code generation tool")
        .contains("ledger-core: error: commit f521b6931e44 of 2026-10-11 is AI-attributed (trailer: Claude Code)")
        .endsWith("12 repositories scanned, 7 with assistant configuration: 1 error, 2 warnings,"
            + " 3 classification violations, as of 2026-11-20\n");
  }

  @Test
  void jsonHasTheDocumentedShape() throws IOException {
    Path data = sample(tmp.resolve("org"));

    Cli.Result r = Cli.run("scan", "--data", data.toString(), "--as-of", "2026-11-20", "--format", "json");

    @SuppressWarnings("unchecked")
    Map<String, Object> json = (Map<String, Object>) JsonReader.read(r.out());
    assertThat(json).containsEntry("as_of", "2026-11-20");
    @SuppressWarnings("unchecked")
    Map<String, Object> portal = ((java.util.List<Map<String, Object>>) json.get("repositories")).stream()
        .filter(m -> m.get("id").equals("customer-portal")).findFirst().orElseThrow();
    assertThat(portal.keySet()).contains("id", "classification", "head", "assistant_files", "ignore_files",
        "codeowners_uncovered", "findings", "violations");
    assertThat(portal.get("assistant_files").toString()).contains(".cursorrules");
    assertThat(portal.get("findings").toString()).contains("rule=hidden-tag-characters").contains("line=2")
        .contains("column=23");
  }

  @Test
  void aMissingRepositoryIsALocatedErrorAndNothingIsWritten() throws IOException {
    Path data = Fixture.copy(Fixture.SHIPPED, tmp.resolve("org"));
    Map<String, String> before = tree(data.resolve("measurements"));

    Cli.Result r = Cli.run("scan", "--data", data.toString(), "--as-of", "2026-11-20");

    assertThat(r.code()).isEqualTo(ExitCodes.DATA_PROBLEMS);
    assertThat(r.err()).containsPattern("repositories\\.yaml:6:11: error: repository 'payments-api': no folder at repos/payments-api.git");
    assertThat(tree(data.resolve("measurements"))).isEqualTo(before);
  }

  @Test
  void aSecondScanOfUnchangedRepositoriesComesFromTheCacheWithTheSameResult() throws IOException {
    Path data = sample(tmp.resolve("org"));
    Cli.run("scan", "--data", data.toString(), "--as-of", "2026-11-20");
    Map<String, String> first = tree(data.resolve("measurements"));
    assertThat(tmp.resolve("org/.govern/cache/scan/payments-api.yaml")).exists();

    Cli.run("scan", "--data", data.toString(), "--as-of", "2026-11-20");

    assertThat(tree(data.resolve("measurements"))).isEqualTo(first);
  }

  @Test
  void aBadShardIsAUsageError() {
    Cli.Result r = Cli.run("scan", "--shard", "4/3", "--part", "x.yaml");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--shard takes K/N");
  }

  private static Map<String, String> tree(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
      }
    }
    return out;
  }
}
