package dev.govern.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryStateTest {
  static final List<String> REFS = List.of("refs/remotes/origin/HEAD", "HEAD", "refs/notes/ai");

  @TempDir Path tmp;
  Path git;

  @BeforeEach
  void aRepository() throws IOException {
    git = new RepoBuilder().file("a.txt", "a\n").bare(tmp.resolve("r.git"));
  }

  private Optional<String> state() {
    return RepositoryState.of(git, REFS);
  }

  private void write(String file, String text) throws IOException {
    Files.createDirectories(git.resolve(file).getParent());
    Files.writeString(git.resolve(file), text, StandardCharsets.UTF_8);
  }

  @Test
  void anUnchangedRepositoryHasTheSameState() {
    assertThat(state()).isPresent().isEqualTo(state());
  }

  @Test
  void theBranchHeadPointsAtIsPartOfTheState() throws IOException {
    Optional<String> before = state();
    write("refs/heads/main", "0123456789012345678901234567890123456789\n");
    assertThat(state()).isPresent().isNotEqualTo(before);
  }

  @Test
  void packedRefsConfigAndShallowArePartOfTheState() throws IOException {
    for (String file : List.of("packed-refs", "config", "shallow")) {
      Optional<String> before = state();
      write(file, (Files.exists(git.resolve(file)) ? Files.readString(git.resolve(file)) : "") + "# changed\n");
      assertThat(state()).as(file).isPresent().isNotEqualTo(before);
    }
  }

  @Test
  void aNotesRefAndAnOriginHeadArePartOfTheState() throws IOException {
    Optional<String> before = state();
    write("refs/notes/ai", "0123456789012345678901234567890123456789\n");
    Optional<String> withNotes = state();
    write("refs/remotes/origin/HEAD", "ref: refs/remotes/origin/main\n");
    assertThat(withNotes).isPresent().isNotEqualTo(before);
    assertThat(state()).isPresent().isNotEqualTo(withNotes);
  }

  @Test
  void aSymbolicLinkWhereARefIsKeptGivesNoState() throws IOException {
    Path main = git.resolve("refs/heads/main");
    Files.move(main, tmp.resolve("elsewhere"));
    Files.createSymbolicLink(main, tmp.resolve("elsewhere"));
    assertThat(state()).isEmpty();
  }

  @Test
  void aSymbolicRefOutsideRefsGivesNoState() throws IOException {
    write("HEAD", "ref: ../../elsewhere\n");
    assertThat(state()).isEmpty();
  }

  @Test
  void reftableAndLinkedWorktreesGiveNoState() throws IOException {
    Files.createDirectories(git.resolve("reftable"));
    assertThat(state()).isEmpty();
    Files.delete(git.resolve("reftable"));
    write("commondir", "../..\n");
    assertThat(state()).isEmpty();
  }
}
