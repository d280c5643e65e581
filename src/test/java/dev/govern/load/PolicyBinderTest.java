package dev.govern.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.model.Approver;
import dev.govern.model.Policy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policies: front matter positions count from the file's first line; placeholders are filled or located. */
class PolicyBinderTest {
  @TempDir Path dir;

  private Path policy(String text) {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "policies/use.md", text);
    return data;
  }

  @Test
  void frontMatterAndFilledBodyAreBound() {
    Policy p = Fixture.governance(Fixture.minimal(dir)).policies().get(0);

    assertThat(p.id()).isEqualTo("POL-1");
    assertThat(p.reviewEvery()).isEqualTo(Period.ofYears(1));
    assertThat(p.lastReviewed()).isEqualTo(LocalDate.of(2026, 1, 5));
    assertThat(p.source()).isEqualTo("use.md");
    assertThat(p.body()).startsWith("# Use of AI tools at Minimal Org\n");
  }

  @Test
  void frontMatterErrorIsAtItsLineInTheFile() {
    Path data = policy("""
        ---
        id: POL-1
        title: Use Policy
        last_reviewed: 2026-1-5
        ---
        Body.
        """);

    assertThat(Fixture.problems(data)).containsExactly(
        "data/policies/use.md:4:16: error: expected a date as YYYY-MM-DD, found '2026-1-5'");
  }

  @Test
  void unknownVariableIsLocatedInTheBody() {
    Path data = policy("""
        ---
        id: POL-1
        title: Use Policy
        ---
        # Policy

        Applies at {{ organisation.name }}.
        """);

    assertThat(Fixture.problems(data)).containsExactly("data/policies/use.md:7:12: error: unknown variable"
        + " 'organisation.name' (did you mean 'organization.name'?); known: organization.name, organization.scope,"
        + " document.classification, approved_tools, classifications, owner, last_reviewed, review_every");
  }

  @Test
  void variableWithNoValueIsAnError() {
    Path data = policy("""
        ---
        id: POL-1
        title: Use Policy
        ---
        Owned by {{ owner }}.
        """);

    assertThat(Fixture.problems(data)).containsExactly("data/policies/use.md:5:10: error: 'owner' has no value"
        + " here (set it in governance.yaml or the front matter)");
  }

  @Test
  void policyWithoutFrontMatterIsAnError() {
    Path data = policy("# Policy\n");

    assertThat(Fixture.problems(data)).containsExactly("data/policies/use.md:1:1: error: a policy starts with YAML"
        + " front matter between '---' lines (id, title, version, owner, approved_by, effective, review_every,"
        + " last_reviewed, controls)");
  }

  @Test
  void unclosedFrontMatterIsAnError() {
    Path data = policy("---\nid: POL-1\ntitle: Use Policy\n# Policy\n");

    assertThat(Fixture.problems(data)).containsExactly(
        "data/policies/use.md:1:1: error: the front matter is not closed by a '---' line");
  }

  @Test
  void valuesAreInsertedAsTextNotMarkdown() throws Exception {
    Path data = Fixture.minimal(dir);
    String governance = java.nio.file.Files.readString(data.resolve("governance.yaml"));
    Fixture.write(data, "governance.yaml", governance.replace("name: Minimal Org", "name: \"*Bold* [Org](x)\""));

    assertThat(Fixture.governance(data).policies().get(0).body())
        .startsWith("# Use of AI tools at \\*Bold\\* \\[Org\\]\\(x\\)\n");
  }

  @Test
  void versionApprovalAndEffectiveDateAreBound() {
    Path data = policy("""
        ---
        id: POL-1
        title: Use Policy
        version: 1.10
        approved_by: { name: Dana Reyes, role: CISO, date: 2026-02-01 }
        effective: 2026-03-01
        ---
        Body.
        """);

    Policy p = Fixture.governance(data).policies().get(0);

    assertThat(p.version()).isEqualTo("1.10");
    assertThat(p.approvedBy()).isEqualTo(new Approver("Dana Reyes", "CISO", LocalDate.of(2026, 2, 1)));
    assertThat(p.effective()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(p.inEffectOn(LocalDate.of(2026, 2, 28))).isFalse();
    assertThat(p.inEffectOn(LocalDate.of(2026, 3, 1))).isTrue();
  }

  @Test
  void aMistakeInTheApprovalIsLocatedWithTheKnownKeys() {
    Path data = policy("""
        ---
        id: POL-1
        title: Use Policy
        approved_by:
          name: Dana Reyes
          rank: CISO
        ---
        Body.
        """);

    assertThat(Fixture.problems(data)).singleElement().asString()
        .startsWith("data/policies/use.md:6:3: error: unknown key 'rank'");
  }

  @Test
  void anEffectiveDateBeforeTheApprovalIsAWarning() {
    Path data = policy("""
        ---
        id: POL-1
        title: Use Policy
        approved_by: { name: Dana Reyes, date: 2026-02-01 }
        effective: 2026-01-15
        ---
        Body.
        """);

    assertThat(Fixture.problems(data)).containsExactly("data/policies/use.md:5:12: warning: policy POL-1:"
        + " effective 2026-01-15 is before its approval on 2026-02-01");
  }
}
