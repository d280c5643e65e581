package dev.govern.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.git.GovernanceRepository.UnknownRevisionException;
import dev.govern.model.Control;
import dev.govern.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data at a revision, read from Git objects rather than from the disk. */
class SnapshotTest {
  @TempDir Path dir;

  @Test
  void readsTheCommittedDataNotTheWorkingTree() throws UnknownRevisionException {
    String head;
    try (TestRepo repo = TestRepo.minimal(dir)) {
      head = repo.commit("Initial governance");
      repo.replace("controls/core.yaml", "name: First control", "name: Renamed on disk");
    }

    try (GovernanceHistory history = GovernanceHistory.open(dir.resolve("data"))) {
      Snapshot s = history.snapshot("HEAD");
      assertThat(s.hasErrors()).isFalse();
      assertThat(s.commit()).isEqualTo(head);
      assertThat(s.date()).isEqualTo(TestRepo.dateOf(0));
      assertThat(s.label()).isEqualTo("HEAD (" + head.substring(0, 12) + ")");
      assertThat(s.governance().get().controls()).extracting(Control::name).containsExactly("First control", "Second control");
    }
  }

  @Test
  void problemsNameTheRevision() throws UnknownRevisionException {
    try (TestRepo repo = TestRepo.minimal(dir)) {
      repo.write("risks.yaml", "risks:\n  - id: R-1\n\tdescription: tab\n").commit("Tabs");
    }

    try (GovernanceHistory history = GovernanceHistory.open(dir.resolve("data"))) {
      Snapshot s = history.snapshot("main");
      assertThat(s.hasErrors()).isTrue();
      assertThat(s.errors()).extracting(Problem::toString).first().asString().startsWith("main:data/risks.yaml:3:1: error: ");
    }
  }

  @Test
  void aRevisionWithoutTheDataFolderHasOneError() throws Exception {
    try (TestRepo repo = TestRepo.minimal(dir)) {
      repo.writeOutside("README.md", "# Before the data\n");
      repo.git().add().addFilepattern("README.md").call();
      repo.git().commit().setMessage("README").setSign(false).call();
      repo.commit("Initial governance");
    }

    try (GovernanceHistory history = GovernanceHistory.open(dir.resolve("data"))) {
      assertThat(history.snapshot("HEAD").hasErrors()).isFalse();
      Snapshot none = history.snapshot("HEAD~1");
      assertThat(none.governance()).isEmpty();
      assertThat(none.errors()).extracting(Problem::toString)
          .containsExactly("HEAD~1:data:1:1: error: no data folder 'data' at this revision");
    }
  }

  @Test
  void aCommitThatRemovedTheDataFolderIsNotAVersion() {
    String removal;
    try (TestRepo repo = TestRepo.minimal(dir)) {
      repo.commit("Initial governance");
      for (String file : new String[] {"controls/core.yaml", "frameworks/std.yaml", "governance.yaml", "kpis.yaml",
          "maturity.yaml", "policies/use.md", "references.yaml", "risk-matrix.yaml", "risks.yaml", "roadmap.yaml"}) {
        repo.delete(file);
      }
      removal = repo.commit("Remove the data");
    }

    try (GovernanceHistory history = GovernanceHistory.open(dir.resolve("data"))) {
      assertThat(history.entries()).extracting(HistoryEntry::subject).containsExactly("Initial governance");
      assertThat(history.notes()).containsExactly("commit " + removal.substring(0, 12) + " of 2025-01-02 removed the"
          + " data folder; it is left out of the version history and trends");
    }
  }

  @Test
  void symbolicLinksInACommitAreNotFollowed() throws Exception {
    Path outside = dir.resolve("outside.yaml");
    Files.writeString(outside, "controls:\n  - id: C-9\n    domain: core\n    name: Smuggled\n    status: planned\n");
    try (TestRepo repo = TestRepo.minimal(dir.resolve("repo"))) {
      Files.createSymbolicLink(repo.data().resolve("controls/link.yaml"), outside);
      repo.commit("A link out of the repository");
    }

    try (GovernanceHistory history = GovernanceHistory.open(dir.resolve("repo").resolve("data"))) {
      Snapshot s = history.snapshot("HEAD");
      assertThat(s.governance().get().controls()).extracting(Control::id).containsExactly("C-1", "C-2");
    }
  }

  @Test
  void theWorkingTreeIsASnapshotToo() {
    try (TestRepo repo = TestRepo.minimal(dir)) {
      repo.commit("Initial governance");
    }

    Snapshot s = Snapshot.ofFolder(dir.resolve("data"), "data", dev.govern.load.Fixture.AS_OF);

    assertThat(s.isWorkingTree()).isTrue();
    assertThat(s.label()).isEqualTo("the working tree");
    assertThat(s.hasErrors()).isFalse();
  }

  @Test
  void aRevisionReadsExactlyAsTheSameFilesOnDisk() throws UnknownRevisionException {
    try (TestRepo repo = TestRepo.minimal(dir)) {
      // Stray files and a subfolder: their warnings come from listing the folders, in Git as on disk.
      repo.write("notes.txt", "not governance\n").write("controls/more.yml", "controls: []\n")
          .write("policies/drafts/old.md", "# Old\n").commit("Initial governance with stray files");
    }
    // A revision is checked as of its commit's date (TestRepo commits on 2025-01-01); so is the folder.
    Snapshot onDisk = Snapshot.ofFolder(dir.resolve("data"), "data", java.time.LocalDate.of(2025, 1, 1));

    try (GovernanceHistory history = GovernanceHistory.open(dir.resolve("data"))) {
      Snapshot inGit = history.snapshot("HEAD");

      assertThat(inGit.governance()).isEqualTo(onDisk.governance());
      assertThat(inGit.problems()).extracting(p -> p.toString().replace("HEAD:data/", "data/"))
          .containsExactlyElementsOf(onDisk.problems().stream().map(Problem::toString).toList())
          .contains("data/notes.txt:1:1: warning: ignored: not a file govern reads",
              "data/controls/more.yml:1:1: warning: ignored: only .yaml files are read in controls/",
              "data/policies/drafts:1:1: warning: ignored: only .md files are read in policies/");
    }
  }
}
