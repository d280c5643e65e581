package dev.govern.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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

  @Test
  void optionalFilesMayBeAbsent() {
    Path data = Fixture.minimal(dir);
    for (String file : new String[] {"risks.yaml", "maturity.yaml", "kpis.yaml", "roadmap.yaml", "references.yaml"}) {
      Fixture.delete(data, file);
    }
    Fixture.write(data, "controls/core.yaml", """
        controls:
          - { id: C-1, domain: core, name: First control, status: planned }
        """);
    Fixture.delete(data, "policies/use.md");

    assertThat(Fixture.problems(data)).containsExactly(
        "data/controls/core.yaml:2:11: warning: control C-1 mitigates no risk and no maturity level requires it");
  }
}
