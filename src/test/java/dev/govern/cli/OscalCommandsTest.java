package dev.govern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govern export oscal} and {@code govern import oscal-catalog} as a user runs them. */
class OscalCommandsTest {
  @Test
  void exportWritesEveryDocumentBesideTheData(@TempDir Path dir) throws Exception {
    Path data = Fixture.copy(Fixture.SHIPPED, dir);
    Cli.Result r = Cli.run("export", "oscal", "--data", data.toString());

    assertThat(r.code()).as(r.all()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("Wrote 10 OSCAL 1.1.3 documents");
    try (Stream<Path> files = Files.list(dir.resolve("oscal"))) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("assessment-results.json",
          "catalog.json", "component-definition.json", "poam.json", "profile-all.json", "profile-level-2.json",
          "profile-level-3.json", "profile-level-4.json", "profile-level-5.json", "ssp.json");
    }
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aSecondExportReplacesTheFirstAndDropsWhatItNoLongerHas(@TempDir Path dir) throws Exception {
    Path data = Fixture.copy(Fixture.SHIPPED, dir);
    Path out = dir.resolve("out");
    assertThat(Cli.run("export", "oscal", "--data", data.toString(), "--out", out.toString()).code()).isZero();
    byte[] first = Files.readAllBytes(out.resolve("ssp.json"));

    Cli.Result yaml = Cli.run("export", "oscal", "--data", data.toString(), "--out", out.toString(), "--format", "yaml");

    assertThat(yaml.code()).as(yaml.all()).isZero();
    assertThat(out.resolve("ssp.json")).doesNotExist();
    assertThat(out.resolve("ssp.yaml")).exists();
    assertThat(Cli.run("export", "oscal", "--data", data.toString(), "--out", out.toString()).code()).isZero();
    assertThat(Files.readAllBytes(out.resolve("ssp.json"))).isEqualTo(first);
  }

  @Test
  void aFolderWithOtherFilesIsRefusedAndLeftAlone(@TempDir Path dir) throws Exception {
    Path data = Fixture.copy(Fixture.SHIPPED, dir);
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("notes.txt"), "mine");

    Cli.Result r = Cli.run("export", "oscal", "--data", data.toString(), "--out", out.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.BUILD_FAILED);
    assertThat(r.err()).contains("notes.txt, which govern did not write");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).containsExactly(out.resolve("notes.txt"));
    }
  }

  @Test
  void dataWithErrorsExportsNothing(@TempDir Path dir) {
    Path data = Fixture.copy(Fixture.SHIPPED, dir);
    Fixture.write(data, "risk-matrix.yaml", "likelihood: []\n");

    Cli.Result r = Cli.run("export", "oscal", "--data", data.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.DATA_PROBLEMS);
    assertThat(dir.resolve("oscal")).doesNotExist();
  }

  @Test
  void anUnknownAppetiteLevelIsALocatedError(@TempDir Path dir) throws Exception {
    Path data = Fixture.copy(Fixture.SHIPPED, dir);
    String matrix = Files.readString(data.resolve("risk-matrix.yaml"));
    Fixture.write(data, "risk-matrix.yaml", matrix.replace("appetite: medium", "appetite: meduim"));

    assertThat(Fixture.problems(data)).anyMatch(p -> p.matches("data/risk-matrix\\.yaml:\\d+:\\d+: error: appetite: unknown level"
        + " 'meduim'.*did you mean 'medium'.*"));
  }

  @Test
  void importWritesAFrameworkThatChecksClean(@TempDir Path dir) throws Exception {
    Path data = Fixture.copy(Fixture.SHIPPED, dir);
    Path file = Path.of("src", "test", "resources", "oscal", "sample-catalog.json");

    Cli.Result r = Cli.run("import", "oscal-catalog", file.toString(), "--data", data.toString(), "--id", "sample");

    assertThat(r.code()).as(r.all()).isZero();
    assertThat(r.out()).contains("framework 'sample' with 6 items (1 withdrawn controls left out)");
    assertThat(data.resolve("frameworks/sample.yaml")).exists();
    assertThat(Cli.run("check", "--data", data.toString()).out()).contains("0 errors");
  }

  @Test
  void importNeverOverwritesWithoutForce(@TempDir Path dir) throws Exception {
    Path data = Fixture.copy(Fixture.SHIPPED, dir);
    Path file = Path.of("src", "test", "resources", "oscal", "sample-catalog.json");
    String before = Files.readString(data.resolve("frameworks/soc2.yaml"));

    Cli.Result r = Cli.run("import", "oscal-catalog", file.toString(), "--data", data.toString(), "--id", "soc2");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("exists; give --force");
    assertThat(Files.readString(data.resolve("frameworks/soc2.yaml"))).isEqualTo(before);
    assertThat(Cli.run("import", "oscal-catalog", file.toString(), "--data", data.toString(), "--id", "soc2", "--force")
        .code()).isZero();
  }

  @Test
  void aBadIdOrFileIsAClearError(@TempDir Path dir) throws Exception {
    Path data = Fixture.copy(Fixture.SHIPPED, dir);
    Cli.Result badId = Cli.run("import", "oscal-catalog", "x.json", "--data", data.toString(), "--id", "../etc");
    Cli.Result missing = Cli.run("import", "oscal-catalog", dir.resolve("none.json").toString(), "--data", data.toString());

    assertThat(badId.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(badId.err()).contains("--id '../etc'");
    assertThat(missing.code()).isEqualTo(ExitCodes.DATA_PROBLEMS);
    assertThat(missing.err()).contains("none.json: not a file").doesNotContain("Exception");
  }
}
