package dev.govern.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The version history: the commits that changed the data, newest first, with tags as versions. */
class HistoryTest {

  @Test
  void listsTheCommitsThatChangedTheDataNewestFirst(@TempDir Path dir) {
    String first;
    String third;
    try (TestRepo repo = TestRepo.minimal(dir)) {
      first = repo.commit("Initial governance");
      repo.writeOutside("README.md", "# Governance\n").commit("Add a README");
      third = repo.replace("controls/core.yaml", "status: planned", "status: partial").commit("Start C-2");
    }

    List<HistoryEntry> entries = entries(dir);

    assertThat(entries).extracting(HistoryEntry::commit).containsExactly(third, first);
    assertThat(entries.get(0)).isEqualTo(new HistoryEntry(third, TestRepo.dateOf(2), TestRepo.AUTHOR, "Start C-2", List.of()));
    assertThat(entries.get(1).subject()).isEqualTo("Initial governance");
    assertThat(entries.get(1).day()).hasToString("2025-01-01");
    assertThat(entries.get(1).shortCommit()).hasSize(12).isEqualTo(first.substring(0, 12));
  }

  @Test
  void tagsNameTheVersionTheyPointAt(@TempDir Path dir) {
    try (TestRepo repo = TestRepo.minimal(dir)) {
      repo.commit("Initial governance");
      repo.tag("v1.0", true).tag("audit-2025", false);
      repo.replace("controls/core.yaml", "status: planned", "status: partial").commit("Start C-2");
    }

    assertThat(entries(dir)).extracting(HistoryEntry::tags).containsExactly(List.of(), List.of("audit-2025", "v1.0"));
  }

  @Test
  void aTagOnACommitThatLeftTheDataAloneNamesTheVersionBefore(@TempDir Path dir) {
    String version;
    try (TestRepo repo = TestRepo.minimal(dir)) {
      repo.commit("Initial governance");
      version = repo.replace("controls/core.yaml", "status: planned", "status: partial").commit("Start C-2");
      repo.writeOutside("README.md", "# Release notes\n").commit("Release notes");
      repo.tag("v1.1", true);
    }

    List<HistoryEntry> entries = entries(dir);

    assertThat(entries.get(0).commit()).isEqualTo(version);
    assertThat(entries.get(0).tags()).containsExactly("v1.1");
  }

  @Test
  void aCommitWhoseDataDoesNotLoadIsLeftOutWithANote(@TempDir Path dir) {
    String broken;
    try (TestRepo repo = TestRepo.minimal(dir)) {
      repo.commit("Initial governance");
      broken = repo.write("risks.yaml", "risks:\n  - id: R-1\n    impact: \"major\n").commit("Break the risks");
      repo.restore("risks.yaml").commit("Repair the risks");
    }

    try (GovernanceHistory history = GovernanceHistory.open(dir.resolve("data"))) {
      assertThat(history.entries()).extracting(HistoryEntry::subject)
          .containsExactly("Repair the risks", "Initial governance");
      assertThat(history.notes()).containsExactly("commit " + broken.substring(0, 12) + " of 2025-01-02 is left out"
          + " of the version history and trends: its data has 1 error (`govern diff " + broken.substring(0, 12)
          + "` lists them)");
    }
  }

  @Test
  void aFileThatStaysBrokenOverSeveralCommitsLeavesOutEachOfThem(@TempDir Path dir) {
    // The broken file is parsed once (by its blob id) and its error counts for both commits.
    String broken;
    String stillBroken;
    try (TestRepo repo = TestRepo.minimal(dir)) {
      repo.commit("Initial governance");
      broken = repo.write("risks.yaml", "risks:\n  - id: R-1\n    impact: \"major\n").commit("Break the risks");
      stillBroken = repo.replace("controls/core.yaml", "name: First control", "name: The first control")
          .commit("Rename a control");
      repo.restore("risks.yaml").commit("Repair the risks");
    }

    try (GovernanceHistory history = GovernanceHistory.open(dir.resolve("data"))) {
      assertThat(history.entries()).extracting(HistoryEntry::subject)
          .containsExactly("Repair the risks", "Initial governance");
      assertThat(history.notes()).containsExactly(
          "commit " + stillBroken.substring(0, 12) + " of 2025-01-03 is left out of the version history and trends:"
              + " its data has 1 error (`govern diff " + stillBroken.substring(0, 12) + "` lists them)",
          "commit " + broken.substring(0, 12) + " of 2025-01-02 is left out of the version history and trends:"
              + " its data has 1 error (`govern diff " + broken.substring(0, 12) + "` lists them)");
    }
  }

  @Test
  void aRenamedControlFileIsAVersion(@TempDir Path dir) {
    try (TestRepo repo = TestRepo.minimal(dir)) {
      repo.commit("Initial governance");
      repo.rename("controls/core.yaml", "controls/all.yaml").commit("Rename the control file");
    }

    assertThat(entries(dir)).extracting(HistoryEntry::subject)
        .containsExactly("Rename the control file", "Initial governance");
  }

  @Test
  void aDataFolderBelowTheTopOfTheRepositoryIsFound(@TempDir Path dir) {
    try (TestRepo repo = TestRepo.minimal(dir.resolve("governance"))) {
      repo.commit("Initial governance");
    }

    try (GovernanceHistory history = GovernanceHistory.open(dir.resolve("governance").resolve("data"))) {
      assertThat(history.entries()).hasSize(1);
      assertThat(history.notes()).isEmpty();
    }
  }

  @Test
  void aMergeThatTakesOneSideIsNotAVersionOfItsOwn(@TempDir Path dir) throws Exception {
    try (TestRepo repo = TestRepo.minimal(dir)) {
      repo.commit("Initial governance");
      Git git = repo.git();
      git.branchCreate().setName("feature").call();
      git.checkout().setName("feature").call();
      repo.replace("controls/core.yaml", "status: planned", "status: partial").commit("Start C-2");
      git.checkout().setName("main").call();
      repo.writeOutside("README.md", "# Governance\n").commit("Add a README");
      git.merge().include(git.getRepository().resolve("feature")).setMessage("Merge feature").call();
    }

    assertThat(entries(dir)).extracting(HistoryEntry::subject).containsExactly("Start C-2", "Initial governance");
  }

  @Test
  void outsideARepositoryTheHistoryIsEmptyAndSaysWhy(@TempDir Path dir) {
    Path data = Fixture.minimal(dir);

    try (GovernanceHistory history = GovernanceHistory.open(data)) {
      assertThat(history.isAvailable()).isFalse();
      assertThat(history.entries()).isEmpty();
      assertThat(history.trend(Trend.By.COMMIT).points()).isEmpty();
      assertThat(history.notes()).singleElement().asString()
          .endsWith("is not in a Git repository: no version history, trends or comparisons");
    }
  }

  @Test
  void aRepositoryWithoutCommitsHasNoHistory(@TempDir Path dir) {
    TestRepo.minimal(dir).close();

    try (GovernanceHistory history = GovernanceHistory.open(dir.resolve("data"))) {
      assertThat(history.entries()).isEmpty();
      assertThat(history.notes()).containsExactly("the Git repository has no commits yet: no version history");
    }
  }

  @Test
  void aShallowCloneSaysItsHistoryIsCut(@TempDir Path dir) throws Exception {
    Path origin = dir.resolve("origin");
    try (TestRepo repo = TestRepo.minimal(origin)) {
      repo.commit("Initial governance");
      repo.replace("controls/core.yaml", "status: planned", "status: partial").commit("Start C-2");
      repo.replace("controls/core.yaml", "status: partial", "status: implemented").commit("Finish C-2");
    }
    Path clone = dir.resolve("clone");
    Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(clone.toFile()).setDepth(1).call().close();

    try (GovernanceHistory history = GovernanceHistory.open(clone.resolve("data"))) {
      assertThat(history.entries()).extracting(HistoryEntry::subject).containsExactly("Finish C-2");
      assertThat(history.notes()).containsExactly("this is a shallow clone: the history before its oldest fetched"
          + " commit is missing (`git fetch --unshallow` fetches it)");
    }
  }

  private static List<HistoryEntry> entries(Path dir) {
    try (GovernanceHistory history = GovernanceHistory.open(dir.resolve("data"))) {
      assertThat(history.notes()).isEmpty();
      return history.entries();
    }
  }
}
