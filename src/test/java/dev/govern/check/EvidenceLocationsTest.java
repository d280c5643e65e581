package dev.govern.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.history.GovernanceHistory;
import dev.govern.history.TestRepo;
import dev.govern.load.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An evidence location that is a path in the repository must name something there (issue 11). */
class EvidenceLocationsTest {
  @TempDir Path dir;

  private int repos;

  /** The minimal organisation in a new repo of its own, with the first evidence item at {@code location}. */
  private Path withLocation(String location) {
    Path data = Fixture.minimal(dir.resolve("repo-" + repos++));
    Fixture.write(data, "controls/core.yaml", text(data).replace("        date: 2026-01-10\n",
        "        date: 2026-01-10\n        location: '" + location + "'\n"));
    return data;
  }

  private static String text(Path data) {
    try {
      return Files.readString(data.resolve("controls/core.yaml"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void create(Path data, String repoPath) throws Exception {
    Path target = data.getParent().resolve(repoPath);
    Files.createDirectories(target.getParent());
    Files.writeString(target, "evidence");
  }

  @Test
  void aPathThatNamesNothingIsWarnedAtTheLocation() {
    Path data = withLocation("ci/security-scan.yml");

    assertThat(Fixture.problems(data)).containsExactly("data/controls/core.yaml:8:19: warning: control C-1:"
        + " evidence 'Review log' is at 'ci/security-scan.yml', but there is no such file or folder in the working"
        + " tree (paths are read from the repository root); fix the path, or give a URL when the evidence is kept"
        + " elsewhere");
  }

  @Test
  void filesAndFoldersThatExistAreNotWarnedHoweverTheyAreWritten() throws Exception {
    for (String location : new String[] {"ci/scan.yml", "./ci/scan.yml", "ci/", "ci", "ci//scan.yml",
        "docs/../ci/scan.yml", "data/controls/core.yaml"}) {
      Path data = withLocation(location);
      create(data, "ci/scan.yml");

      assertThat(Fixture.problems(data)).as(location).isEmpty();
    }
  }

  @Test
  void urlsAndPathsOutsideTheRepoAreNotLookedUp() {
    for (String location : new String[] {"https://wiki.example.com/x", "mailto:audit@example.com",
        "s3://evidence/2026/scan.json", "/srv/evidence/scan.json", "~/scan.json", "\\\\share\\evidence"}) {
      assertThat(Fixture.problems(withLocation(location))).as(location).isEmpty();
    }
  }

  @Test
  void aPathThatClimbsOutOfTheRepoIsWarnedWithoutLookingOutside() throws Exception {
    Path data = withLocation("../outside.txt");
    Files.writeString(dir.resolve("outside.txt"), "exists, but outside the repository");

    assertThat(Fixture.problems(data)).singleElement().asString()
        .startsWith("data/controls/core.yaml:8:19: warning: control C-1: evidence 'Review log' is at '../outside.txt',"
            + " a path that leads out of the governance repository");
  }

  @Test
  void aLinkInTheRepoToAFileOutsideCountsAsAbsent() throws Exception {
    Path data = withLocation("evidence/link.txt");
    Path outside = Files.writeString(dir.resolve("secret.txt"), "outside");
    Files.createDirectories(data.getParent().resolve("evidence"));
    Files.createSymbolicLink(data.getParent().resolve("evidence/link.txt"), outside);

    assertThat(Fixture.problems(data)).singleElement().asString()
        .contains("but there is no such file or folder in the working tree");
  }

  @Test
  void atARevisionThePathIsLookedUpInThatCommit() throws Exception {
    try (TestRepo repo = TestRepo.minimal(dir)) {
      repo.replace("controls/core.yaml", "        date: 2026-01-10\n",
          "        date: 2026-01-10\n        location: evidence/log.md\n").commit("Evidence without its file");
      repo.writeOutside("evidence/log.md", "# Review log").commit("The evidence file");
    }

    try (GovernanceHistory history = GovernanceHistory.open(dir.resolve("data"))) {
      assertThat(history.snapshot("HEAD~1").problems()).filteredOn(p -> p.toString().contains(" is at "))
          .singleElement().asString().startsWith("HEAD~1:data/controls/core.yaml:8:19: warning:")
          .contains("is at 'evidence/log.md', but there is no such file or folder in HEAD~1");
      assertThat(history.snapshot("HEAD").problems()).noneMatch(p -> p.toString().contains(" is at "));
    }
  }
}
