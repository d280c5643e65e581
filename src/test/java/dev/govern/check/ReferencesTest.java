package dev.govern.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every reference resolves: each unresolved id is an error at the reference. */
class ReferencesTest {
  @TempDir Path dir;

  private Path edited(String file, String from, String to) throws Exception {
    Path data = Fixture.minimal(dir);
    String text = Files.readString(data.resolve(file));
    assertThat(text).contains(from);
    Fixture.write(data, file, text.replace(from, to));
    return data;
  }

  @Test
  void theMinimalOrganisationHasNoProblems() {
    assertThat(Fixture.problems(Fixture.minimal(dir))).isEmpty();
  }

  @Test
  void riskNamesAnUnknownControl() throws Exception {
    Path data = edited("risks.yaml", "controls: [C-1]", "controls: [C-1, C-9]");

    assertThat(Fixture.problems(data)).containsExactly(
        "data/risks.yaml:7:21: error: risk R-1: unknown control 'C-9' (did you mean 'C-1'?)");
  }

  @Test
  void controlNamesAnUnknownDomain() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "controls/core.yaml", """
        controls:
          - id: C-1
            domain: core
            name: First control
            status: implemented
          - id: C-2
            domain: cor
            name: Second control
            status: planned
        """);

    assertThat(Fixture.problems(data)).containsExactly("data/controls/core.yaml:7:13: error: control C-2:"
        + " unknown domain 'cor' (did you mean 'core'?); domains are listed in governance.yaml");
  }

  @Test
  void levelRequiresAnUnknownControl() throws Exception {
    Path data = edited("maturity.yaml", "controls_required: [C-1, C-2]", "controls_required: [C-1, C-2, C-3]");

    assertThat(Fixture.problems(data)).containsExactly(
        "data/maturity.yaml:7:35: error: maturity level 2: unknown control 'C-3' (did you mean 'C-1'?)");
  }

  @Test
  void levelRequiresAnUnknownCapability() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "maturity.yaml", """
        levels:
          - level: 1
            name: Starting
          - level: 2
            name: Established
            controls_required: [C-1, C-2]
            capabilities_required: [red-teming]
        capabilities:
          - { id: red-teaming, name: Continuous red teaming, status: planned }
        """);

    assertThat(Fixture.problems(data)).containsExactly("data/maturity.yaml:7:29: error: maturity level 2: unknown"
        + " capability 'red-teming' (did you mean 'red-teaming'?); capabilities are listed under 'capabilities:'"
        + " in maturity.yaml");
  }

  @Test
  void mappingNamesAnUnknownCatalogue() throws Exception {
    Path data = edited("controls/core.yaml", "std: [S-1.2]", "std: [S-1.2]\n      nist: [GOVERN 1.1]");

    assertThat(Fixture.problems(data)).containsExactly(
        "data/controls/core.yaml:20:7: error: control C-2: no framework catalogue 'nist' in data/frameworks/");
  }

  @Test
  void mappingNamesAnItemNotInTheCatalogue() throws Exception {
    Path data = edited("controls/core.yaml", "std: [S-1.2]", "std: [S-1.2, S-1.3]");

    assertThat(Fixture.problems(data)).containsExactly(
        "data/controls/core.yaml:19:20: error: control C-2: 'S-1.3' is not an item of Small Standard 1"
            + " (did you mean 'S-1.1'?)");
  }

  @Test
  void policyNamesAnUnknownControl() throws Exception {
    Path data = edited("policies/use.md", "controls: [C-1]", "controls: [C-1, C-5]");

    assertThat(Fixture.problems(data)).containsExactly(
        "data/policies/use.md:7:17: error: policy POL-1: unknown control 'C-5' (did you mean 'C-1'?)");
  }

  @Test
  void maturityLevelsMustAscend() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "maturity.yaml", """
        levels:
          - level: 2
            name: Established
            controls_required: [C-1, C-2]
          - level: 1
            name: Starting
        """);

    assertThat(Fixture.problems(data)).containsExactly(
        "data/maturity.yaml:5:12: error: maturity levels must ascend: level 1 follows level 2");
  }
}
