package dev.govern.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.analysis.KpiStatus.Outcome;
import dev.govern.git.GovernanceRepository.UnknownRevisionException;
import dev.govern.history.GovernanceDiff.ControlChange;
import dev.govern.history.GovernanceDiff.Count;
import dev.govern.history.GovernanceDiff.CoverageChange;
import dev.govern.history.GovernanceDiff.Direction;
import dev.govern.history.GovernanceDiff.FieldChange;
import dev.govern.history.GovernanceDiff.Kind;
import dev.govern.history.GovernanceDiff.KpiChange;
import dev.govern.history.GovernanceDiff.MaturityChange;
import dev.govern.history.GovernanceDiff.PolicyChange;
import dev.govern.history.GovernanceDiff.RiskChange;
import dev.govern.load.Fixture;
import dev.govern.model.Status;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The semantic diff between the minimal organisation at HEAD and as changed in the working tree. */
class GovernanceDiffTest {
  private static final String C3 = "controls:\n  - id: C-3\n    domain: core\n    name: Third control\n"
      + "    frequency: Quarterly\n    status: planned\n";

  @TempDir Path dir;

  @Test
  void nothingChangedIsEmptyButStillShowsMaturityAndCoverage() {
    GovernanceDiff d = diff(repo -> {});

    assertThat(d.isEmpty()).isTrue();
    assertThat(d.maturity()).isEqualTo(new MaturityChange(1, "Starting", 1, "Starting"));
    assertThat(d.coverage()).containsExactly(
        new CoverageChange("std", "Small Standard 1", new Count(2, 2, 1), new Count(2, 2, 1)));
  }

  @Test
  void aControlsChangedFieldsAreListedInTheDataFilesOrder() {
    GovernanceDiff d = diff(repo -> repo
        .replace("controls/core.yaml", "    status: implemented\n", "    status: partial\n    owner: Platform team\n")
        .replace("controls/core.yaml", "        date: 2026-01-10", "        date: 2026-01-15\n      - name: Audit trail")
        .replace("controls/core.yaml", "std: [S-1.1]", "std: [S-1.1, S-1.2]"));

    assertThat(d.controls()).containsExactly(new ControlChange("C-1", "First control", Kind.CHANGED,
        Status.IMPLEMENTED, Status.PARTIAL, List.of(
            new FieldChange("status", "implemented", "partial"),
            new FieldChange("owner", null, "Platform team"),
            new FieldChange("evidence", "Review log (2026-01-10)", "Review log (2026-01-15)"),
            new FieldChange("evidence", null, "Audit trail (not collected)"),
            new FieldChange("mappings.std", "S-1.1", "S-1.1, S-1.2"))));
    assertThat(d.controls().get(0).status()).isEqualTo(Direction.WORSE);
  }

  @Test
  void controlsAddedAndRemovedAreMatchedById(@TempDir Path other) {
    GovernanceDiff d;
    try (TestRepo repo = TestRepo.minimal(other)) {
      repo.write("controls/extra.yaml", C3).commit("Add C-3");
      repo.delete("controls/extra.yaml")
          .write("controls/more.yaml", C3.replace("C-3", "C-4").replace("Third", "Fourth"));
      d = diffHeadToWorkingTree(repo);
    }

    assertThat(d.controls()).containsExactly(
        new ControlChange("C-4", "Fourth control", Kind.ADDED, null, Status.PLANNED, List.of()),
        new ControlChange("C-3", "Third control", Kind.REMOVED, Status.PLANNED, null, List.of()));
  }

  @Test
  void aRenamedControlFileChangesNoControl() throws Exception {
    try (TestRepo repo = TestRepo.minimal(dir)) {
      repo.commit("Initial governance");
      repo.rename("controls/core.yaml", "controls/renamed.yaml").commit("Rename the control file");
    }

    try (GovernanceHistory history = GovernanceHistory.open(dir.resolve("data"))) {
      Snapshot before = history.snapshot("HEAD~1");
      Snapshot after = history.snapshot("HEAD");
      GovernanceDiff d = GovernanceDiff.between(before.governance().get(), after.governance().get());
      assertThat(d.controls()).isEmpty();
      assertThat(d.isEmpty()).isTrue();
    }
  }

  @Test
  void risksAddedRemovedAndLevelChangesWithTheirDirection() {
    GovernanceDiff d = diff(repo -> repo
        .replace("risks.yaml", "likelihood: likely\n    impact: major\n    inherent_risk: high",
            "likelihood: possible\n    impact: major\n    inherent_risk: medium")
        .replace("risks.yaml", "residual_likelihood: rare", "residual_likelihood: possible")
        .replace("risks.yaml", "    residual_risk: low\n  - id: R-2", "    residual_risk: medium\n  - id: R-2")
        .replace("risks.yaml", "  - id: R-2\n    description: Second risk", "  - id: R-3\n    description: Third risk"));

    assertThat(d.risks()).extracting(RiskChange::id, RiskChange::kind)
        .containsExactly(tuple("R-1", Kind.CHANGED), tuple("R-3", Kind.ADDED), tuple("R-2", Kind.REMOVED));
    RiskChange r1 = d.risks().get(0);
    assertThat(r1.inherentBefore()).isEqualTo("high");
    assertThat(r1.inherentAfter()).isEqualTo("medium");
    assertThat(r1.inherent()).isEqualTo(Direction.BETTER);
    assertThat(r1.residualBefore()).isEqualTo("low");
    assertThat(r1.residualAfter()).isEqualTo("medium");
    assertThat(r1.residual()).isEqualTo(Direction.WORSE);
    assertThat(r1.fields()).extracting(FieldChange::field)
        .containsExactly("likelihood", "inherent_risk", "residual_likelihood", "residual_risk");
    assertThat(d.risks().get(1).residualAfter()).isEqualTo("low");
    assertThat(d.risks().get(2).residualBefore()).isEqualTo("low");
  }

  @Test
  void maturityBeforeAndAfterAndCoverageFollowTheControls() {
    GovernanceDiff d = diff(repo -> repo.replace("controls/core.yaml", "status: planned", "status: implemented"));

    assertThat(d.maturity()).isEqualTo(new MaturityChange(1, "Starting", 2, "Established"));
    assertThat(d.maturity().direction()).isEqualTo(Direction.BETTER);
    assertThat(d.controls()).singleElement().extracting(ControlChange::status).isEqualTo(Direction.BETTER);
    assertThat(d.changedCoverage()).containsExactly(
        new CoverageChange("std", "Small Standard 1", new Count(2, 2, 1), new Count(2, 2, 2)));
  }

  @Test
  void aKpiWhoseStatusChanged() {
    GovernanceDiff d = diff(repo -> repo.replace("kpis.yaml", "{ period: 2026-02, value: 92 }",
        "{ period: 2026-02, value: 92 }\n          - { period: 2026-03, value: 85 }"));

    assertThat(d.kpis()).containsExactly(
        new KpiChange("coverage", "Coverage", Kind.CHANGED, Outcome.MET, Outcome.MISSED, "92%", "85%", ">90%"));
    assertThat(d.kpis().get(0).newlyMissed()).isTrue();
    assertThat(d.kpis().get(0).direction()).isEqualTo(Direction.WORSE);
  }

  @Test
  void aKpiValueThatKeepsTheStatusIsNoChange() {
    GovernanceDiff d = diff(repo -> repo.replace("kpis.yaml", "{ period: 2026-02, value: 92 }",
        "{ period: 2026-02, value: 92 }\n          - { period: 2026-03, value: 95 }"));

    assertThat(d.kpis()).isEmpty();
  }

  @Test
  void policiesChangedAndAdded() {
    GovernanceDiff d = diff(repo -> repo
        .replace("policies/use.md", "title: Use Policy", "title: Acceptable Use Policy")
        .replace("policies/use.md", "Only approved tools may be used.", "Only approved tools may be used, always.")
        .write("policies/review.md", "---\nid: POL-2\ntitle: Review Policy\nowner: Security\nreview_every: P1Y\n"
            + "last_reviewed: 2026-01-05\ncontrols: [C-2]\n---\n# Review\n\nEvery change is reviewed.\n"));

    assertThat(d.policies()).extracting(PolicyChange::id, PolicyChange::kind)
        .containsExactly(tuple("POL-2", Kind.ADDED), tuple("POL-1", Kind.CHANGED));
    PolicyChange changed = d.policies().get(1);
    assertThat(changed.title()).isEqualTo("Acceptable Use Policy");
    assertThat(changed.fields()).extracting(FieldChange::field).containsExactly("title", "text");
    assertThat(changed.fields().get(1).isProse()).isTrue();
  }

  @Test
  void theDiffIsTheSameOnEveryRun() {
    java.util.function.Consumer<TestRepo> change = repo -> repo
        .replace("controls/core.yaml", "status: planned", "status: implemented")
        .replace("risks.yaml", "residual_likelihood: rare", "residual_likelihood: possible")
        .replace("risks.yaml", "    residual_risk: low\n  - id: R-2", "    residual_risk: medium\n  - id: R-2");
    GovernanceDiff first = diff(change);

    assertThat(diffHeadToWorkingTree(dir)).isEqualTo(first);
  }

  @Test
  void anUnknownRevisionIsAnError() {
    try (TestRepo repo = TestRepo.minimal(dir)) {
      repo.commit("Initial governance");
    }

    try (GovernanceHistory history = GovernanceHistory.open(dir.resolve("data"))) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> history.snapshot("no-such-tag"))
          .isInstanceOf(UnknownRevisionException.class).hasMessage("unknown revision 'no-such-tag'");
    }
  }

  /** Commits the minimal organisation, applies {@code change} to the working tree, and diffs. */
  private GovernanceDiff diff(java.util.function.Consumer<TestRepo> change) {
    try (TestRepo repo = TestRepo.minimal(dir)) {
      repo.commit("Initial governance");
      change.accept(repo);
    }
    return diffHeadToWorkingTree(dir);
  }

  private static GovernanceDiff diffHeadToWorkingTree(TestRepo repo) {
    return diffHeadToWorkingTree(repo.dir());
  }

  private static GovernanceDiff diffHeadToWorkingTree(Path dir) {
    Path data = dir.resolve("data");
    try (GovernanceHistory history = GovernanceHistory.open(data)) {
      Snapshot head = history.snapshot("HEAD");
      Snapshot now = Snapshot.ofFolder(data, "data", Fixture.AS_OF);
      assertThat(head.problems()).filteredOn(p -> p.isError()).isEmpty();
      assertThat(now.problems()).filteredOn(p -> p.isError()).isEmpty();
      return GovernanceDiff.between(head.governance().get(), now.governance().get());
    } catch (UnknownRevisionException e) {
      throw new AssertionError(e);
    }
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }
}
