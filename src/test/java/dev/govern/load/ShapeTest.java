package dev.govern.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys are known and values have the shape their field needs; each miss is an error at its place. */
class ShapeTest {
  @TempDir Path dir;

  private Path governanceWith(String from, String to) throws Exception {
    Path data = Fixture.minimal(dir);
    String text = Files.readString(data.resolve("governance.yaml"));
    assertThat(text).contains(from);
    Fixture.write(data, "governance.yaml", text.replace(from, to));
    return data;
  }

  private Path risks(String text) {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "risks.yaml", text);
    return data;
  }

  @Test
  void unknownKeySuggestsTheClosestKnownKey() {
    Path data = risks("""
        risks:
          - id: R-1
            description: First risk
            likelihood: likely
            impact: major
            controls: [C-1, C-2]
            residual_risk: low
            ownr: Security
        """);

    assertThat(Fixture.problems(data)).containsExactly(
        "data/risks.yaml:8:5: error: unknown key 'ownr' (did you mean 'owner'?)");
  }

  @Test
  void unknownKeyWithNothingCloseHasNoSuggestion() {
    Path data = risks("""
        risks:
          - id: R-1
            description: First risk
            likelihood: likely
            impact: major
            controls: [C-1, C-2]
            residual_risk: low
            xyzzy: 1
        """);

    assertThat(Fixture.problems(data)).containsExactly("data/risks.yaml:8:5: error: unknown key 'xyzzy'");
  }

  @Test
  void unknownTopLevelKeyIsAnError() {
    Path data = risks("""
        risk:
          - id: R-1
        """);

    assertThat(Fixture.problems(data)).containsExactly(
        "data/risks.yaml:1:1: error: missing required key 'risks'",
        "data/risks.yaml:1:1: error: unknown key 'risk' (did you mean 'risks'?)");
  }

  @Test
  void listWhereAMapBelongsIsAnError() throws Exception {
    Path data = governanceWith("organization:\n  name: Minimal Org\n  scope: Everyone who writes code",
        "organization:\n  - Minimal Org");

    assertThat(Fixture.problems(data)).containsExactly(
        "data/governance.yaml:3:3: error: organization must be a map of keys (name, scope), not a list",
        "data/policies/use.md:9:22: error: 'organization.name' has no value here"
            + " (set it in governance.yaml or the front matter)");
  }

  @Test
  void mapWhereAListBelongsIsAnError() throws Exception {
    Path data = governanceWith("domains:\n  - id: core\n    name: Core", "domains:\n  id: core\n  name: Core");

    assertThat(Fixture.problems(data)).containsExactly(
        "data/governance.yaml:9:3: error: 'domains' must be a list, not a map");
  }

  @Test
  void textWhereAListBelongsIsAnError() {
    Path data = risks("""
        risks:
          - id: R-1
            description: First risk
            likelihood: likely
            impact: major
            controls: C-1
            residual_risk: low
        """);

    assertThat(Fixture.problems(data)).containsExactly(
        "data/risks.yaml:6:15: error: expected a list, found the text 'C-1'");
  }

  @Test
  void listWhereTextBelongsIsAnError() {
    Path data = risks("""
        risks:
          - id: R-1
            description: [First, risk]
            likelihood: likely
            impact: major
            controls: [C-1, C-2]
            residual_risk: low
        """);

    assertThat(Fixture.problems(data)).containsExactly(
        "data/risks.yaml:3:18: error: expected text, found a list");
  }

  @Test
  void missingRequiredKeyIsReportedAtItsMap() {
    Path data = risks("""
        risks:
          - id: R-1
            likelihood: likely
            impact: major
            controls: [C-1, C-2]
            residual_risk: low
        """);

    assertThat(Fixture.problems(data)).containsExactly(
        "data/risks.yaml:2:5: error: missing required key 'description'");
  }

  @Test
  void unknownChoiceSuggestsTheClosestValue() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "controls/core.yaml", """
        controls:
          - id: C-1
            domain: core
            name: First control
            status: implemnted
        """);

    assertThat(Fixture.problems(data)).containsExactly(
        "data/controls/core.yaml:5:13: error: 'implemnted' is not one of not_implemented, planned, partial, "
            + "implemented (did you mean 'implemented'?)");
  }

  @Test
  void classificationAllowsOnlyKnownToolStatusesAndEndpoints() throws Exception {
    Path data = governanceWith("allow: { status: [approved], endpoint: [enterprise] }",
        "allow: { status: [aproved], endpoint: [on-premise] }");

    assertThat(Fixture.problems(data)).containsExactly(
        "data/governance.yaml:14:23: error: 'aproved' is not one of approved, under_review, prohibited"
            + " (did you mean 'approved'?)",
        "data/governance.yaml:14:44: error: 'on-premise' is not one of enterprise, consumer");
  }

  @Test
  void halfAResidualPairIsAnError() {
    Path data = risks("""
        risks:
          - id: R-1
            description: First risk
            likelihood: likely
            impact: major
            controls: [C-1, C-2]
            residual_likelihood: rare
        """);

    assertThat(Fixture.problems(data)).containsExactly(
        "data/risks.yaml:7:26: error: give residual_likelihood and residual_impact together, or neither");
  }

  @Test
  void residualLevelOrPositionIsRequired() {
    Path data = risks("""
        risks:
          - id: R-1
            description: First risk
            likelihood: likely
            impact: major
            controls: [C-1, C-2]
        """);

    assertThat(Fixture.problems(data)).containsExactly(
        "data/risks.yaml:2:5: error: missing 'residual_risk' (or the residual_likelihood/residual_impact pair)");
  }
}
