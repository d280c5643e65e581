package dev.govern.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Which files are read: a file govern would ignore is never ignored silently. */
class FilesTest {
  @TempDir Path dir;

  @Test
  void strayFileIsWarnedWithTheNameItProbablyMeant() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "risk.yaml", "risks: []\n");

    assertThat(Fixture.problems(data)).containsExactly(
        "data/risk.yaml:1:1: warning: ignored: not a file govern reads (did you mean 'risks.yaml'?)");
  }

  @Test
  void ymlControlsFileIsWarnedNotRead() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "controls/more.yml", "controls: []\n");

    assertThat(Fixture.problems(data)).containsExactly(
        "data/controls/more.yml:1:1: warning: ignored: only .yaml files are read in controls/");
  }

  @Test
  void controlsAreReadFromEveryFileInNameOrder() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "controls/a-first.yaml", """
        controls:
          - { id: C-0, domain: core, name: Zeroth control, status: planned }
        """);
    Fixture.write(data, "maturity.yaml", """
        levels:
          - level: 1
            name: Starting
            controls_required: all
        """);

    assertThat(Fixture.governance(data).controls()).extracting(c -> c.id()).containsExactly("C-0", "C-1", "C-2");
  }

  @Test
  void linkOutOfTheRepositoryIsRefused(@TempDir Path elsewhere) throws Exception {
    Path data = Fixture.minimal(dir);
    Path outside = Files.writeString(elsewhere.resolve("secret.yaml"), "references: []\n");
    Files.delete(data.resolve("references.yaml"));
    Files.createSymbolicLink(data.resolve("references.yaml"), outside);

    assertThat(Fixture.problems(data)).containsExactly("data/references.yaml:1:1: error: this file links to a"
        + " place outside the governance repository; copy it in instead");
  }

  @ParameterizedTest
  @ValueSource(strings = {"risks.yaml", "maturity.yaml", "kpis.yaml", "roadmap.yaml"})
  void missingRequiredFileIsAnErrorNamingIt(String file) {
    Path data = Fixture.minimal(dir);
    Fixture.delete(data, file);

    assertThat(Fixture.problems(data)).singleElement().asString()
        .startsWith("data/" + file + ":1:1: error: missing file data/" + file + ": it is required; with no ");
  }

  @Test
  void misnamedRequiredFileIsAnErrorAsWellAsAStrayFile() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "kpi.yaml", "categories: []\n");
    Fixture.delete(data, "kpis.yaml");

    assertThat(Fixture.problems(data)).containsExactly(
        "data/kpi.yaml:1:1: warning: ignored: not a file govern reads (did you mean 'kpis.yaml'?)",
        "data/kpis.yaml:1:1: error: missing file data/kpis.yaml: it is required; with no KPIs yet, write"
            + " `categories: []`");
  }

  @Test
  void missingControlsFolderIsOneErrorNamingIt() throws Exception {
    Path data = Fixture.minimal(dir);
    Fixture.delete(data, "controls/core.yaml");
    Files.delete(data.resolve("controls"));

    assertThat(Fixture.problems(data)).containsExactly("data/controls:1:1: error: missing folder data/controls/: it"
        + " is required and holds the controls (one .yaml file per domain is usual; with none yet, a file with"
        + " `controls: []`)");
  }

  @Test
  void controlsFolderWithoutYamlFilesIsAnError() {
    Path data = Fixture.minimal(dir);
    Fixture.delete(data, "controls/core.yaml");
    Fixture.write(data, "controls/core.yml", "controls: []\n");

    assertThat(Fixture.problems(data)).contains("data/controls:1:1: error: no .yaml file in data/controls/: the"
        + " controls are required (with none yet, a file with `controls: []`)");
  }

  @Test
  void emptyListsSayThereIsNothingYet() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "risks.yaml", "risks: []\n");
    Fixture.write(data, "maturity.yaml", "levels: []\n");
    Fixture.write(data, "kpis.yaml", "categories: []\n");
    Fixture.write(data, "roadmap.yaml", "phases: []\n");
    Fixture.write(data, "controls/core.yaml", "controls: []\n");
    Fixture.write(data, "policies/use.md", "---\nid: POL-1\ntitle: Use\n---\nText\n");
    Fixture.delete(data, "references.yaml");

    assertThat(Fixture.problems(data)).isEmpty();
  }
}
