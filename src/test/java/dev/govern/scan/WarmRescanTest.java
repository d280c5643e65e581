package dev.govern.scan;

import static dev.govern.scan.attribution.HistoryRepo.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import dev.govern.load.SourceMap;
import dev.govern.model.Governance;
import dev.govern.model.RepositoryScan;
import dev.govern.scan.attribution.HistoryRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scan index: a repository whose state is unchanged takes its last measurement without being
 * read, and every change that could alter the measurement is read afresh. To tell the two apart,
 * tests delete the repository's objects: a measurement taken from the index still comes back, a
 * repository read again fails.
 */
class WarmRescanTest {
  static final LocalDate SINCE = LocalDate.parse("2026-01-01");
  static final LocalDate AS_OF = LocalDate.parse("2026-03-31");

  @TempDir Path tmp;
  Path repo;
  Path cache;
  Governance shipped = Fixtures.shipped();

  @BeforeEach
  void aRepositoryWithAnAiCommit() {
    repo = tmp.resolve("api");
    cache = tmp.resolve("cache");
    try (HistoryRepo api = HistoryRepo.init(repo)) {
      api.write("a.txt", lines("a", 4)).commit("2026-01-10T00:00:00Z", "Add a\n\n"
          + "Co-Authored-By: Claude <noreply@anthropic.com>");
      api.write("b.txt", lines("b", 2)).commit("2026-02-10T00:00:00Z", "Add b");
    }
  }

  private Scanner.Result scan(Governance g, Path cacheDir, LocalDate since, LocalDate asOf, String classification) {
    return new Scanner(g, cacheDir, 1, since, asOf)
        .scan(List.of(new Inventory.Target("api", repo.resolve(".git"), classification, null, 0)), new SourceMap());
  }

  private RepositoryScan warm() {
    return only(scan(shipped, cache, SINCE, AS_OF, "INTERNAL"));
  }

  /** What a scan without any cache gives: the truth a warm rescan must match. */
  private RepositoryScan fresh() {
    return only(scan(shipped, null, SINCE, AS_OF, "INTERNAL"));
  }

  private static RepositoryScan only(Scanner.Result r) {
    assertThat(r.problems()).isEmpty();
    return r.repositories().get(0);
  }

  /** Deletes every object file, so that only a measurement taken from the index can still succeed. */
  private void deleteObjects() throws IOException {
    try (var walk = Files.walk(repo.resolve(".git/objects"))) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).filter(Files::isRegularFile).toList()) {
        Files.delete(p);
      }
    }
  }

  private HistoryRepo reopen() {
    return HistoryRepo.init(repo); // init on an existing repository opens it
  }

  @Test
  void anUnchangedRepositoryTakesItsLastMeasurementWithoutBeingRead() throws IOException {
    RepositoryScan first = warm();
    deleteObjects();
    assertThat(warm()).isEqualTo(first);
  }

  @Test
  void aNewCommitOnTheBranchIsMeasured() {
    RepositoryScan first = warm();
    try (HistoryRepo api = reopen()) {
      api.write("c.txt", lines("c", 3)).commit("2026-03-02T00:00:00Z", "Add c\n\nMade-with: Cursor");
    }
    RepositoryScan again = warm();
    assertThat(again).isNotEqualTo(first).isEqualTo(fresh());
  }

  @Test
  void aBranchMovedInPackedRefsAloneIsMeasured() throws Exception {
    try (Git git = Git.open(repo.toFile())) {
      git.packRefs().setAll(true).call();
    }
    RepositoryScan first = warm();
    try (HistoryRepo api = reopen(); Git git = Git.open(repo.toFile())) {
      api.write("c.txt", lines("c", 3)).commit("2026-03-02T00:00:00Z", "Add c");
      git.packRefs().setAll(true).call();
    }
    assertThat(repo.resolve(".git/refs/heads/main")).doesNotExist();
    assertThat(warm()).isNotEqualTo(first).isEqualTo(fresh());
  }

  @Test
  void aNewGitAiNoteIsMeasured() {
    RepositoryScan first = warm();
    try (HistoryRepo api = reopen(); Git git = Git.open(repo.toFile())) {
      RevCommit last = git.log().setMaxCount(1).call().iterator().next();
      api.note("refs/notes/ai", last, "b.txt\n  0123456789abcdef 1-2\n---\n{\"prompts\":{}}\n");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    RepositoryScan again = warm();
    assertThat(again).isNotEqualTo(first).isEqualTo(fresh());
    assertThat(again.history().months().get(1).aiLines()).isEqualTo(2);
  }

  @Test
  void aRepositoryReplacedAtTheSamePathIsMeasuredAnew() throws IOException {
    RepositoryScan first = warm();
    try (var walk = Files.walk(repo)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    try (HistoryRepo other = HistoryRepo.init(repo)) {
      other.write("a.txt", lines("x", 7)).commit("2026-01-20T00:00:00Z", "Another project");
    }
    RepositoryScan again = warm();
    assertThat(again).isNotEqualTo(first).isEqualTo(fresh());
  }

  @Test
  void aClassificationThatProhibitsAiIsNotAnsweredFromTheIndex() {
    warm();
    RepositoryScan secret = only(scan(shipped, cache, SINCE, AS_OF, "SECRET"));
    assertThat(secret.aiViolations()).hasSize(1);
    assertThat(secret).isEqualTo(only(scan(shipped, null, SINCE, AS_OF, "SECRET")));
  }

  @Test
  void anotherSinceIsNotAnsweredFromTheIndex() throws IOException {
    warm();
    deleteObjects();
    assertThat(scan(shipped, cache, SINCE.plusMonths(1), AS_OF, "INTERNAL").problems()).hasSize(1);
  }

  @Test
  void anotherAsOfIsNotAnsweredFromTheIndex() throws IOException {
    warm();
    deleteObjects();
    assertThat(scan(shipped, cache, SINCE, AS_OF.plusDays(1), "INTERNAL").problems()).hasSize(1);
  }

  @Test
  void otherSignaturesAreNotAnsweredFromTheIndex() throws IOException {
    warm();
    deleteObjects();
    Path data = Fixture.copy(Fixture.SHIPPED, tmp.resolve("gov"));
    Fixture.write(data, "scan-rules.yaml", """
        attribution:
          lines:
            - { id: generated-with-x, tool: X, pattern: 'Generated with X' }
        """);
    assertThat(scan(Fixture.governance(data), cache, SINCE, AS_OF, "INTERNAL").problems()).hasSize(1);
  }

  @Test
  void anIndexWrittenByAnotherGovernVersionIsNotUsed() throws IOException {
    warm();
    deleteObjects();
    Path index = cache.resolve(ScanIndex.FILE);
    String version = "govern " + dev.govern.bundle.Bundle.version();
    String other = version.substring(0, version.length() - 1) + (version.endsWith("9") ? "8" : "9");
    byte[] bytes = Files.readAllBytes(index);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    assertThat(text).contains(version);
    Files.write(index, text.replace(version, other).getBytes(StandardCharsets.ISO_8859_1));
    assertThat(scan(shipped, cache, SINCE, AS_OF, "INTERNAL").problems()).hasSize(1);
  }

  @Test
  void aDamagedIndexIsReadAsEmpty() throws IOException {
    RepositoryScan first = warm();
    Path index = cache.resolve(ScanIndex.FILE);
    byte[] bytes = Files.readAllBytes(index);
    Files.write(index, java.util.Arrays.copyOf(bytes, bytes.length - 7));
    assertThat(warm()).isEqualTo(first);
    assertThat(Files.readAllBytes(index)).isEqualTo(bytes);
  }

  @Test
  void scansOfDifferentShardsKeepEachOthersEntries() throws IOException {
    Path other = tmp.resolve("web");
    try (HistoryRepo web = HistoryRepo.init(other)) {
      web.write("w.txt", lines("w", 2)).commit("2026-02-01T00:00:00Z", "Add w");
    }
    Inventory.Target api = new Inventory.Target("api", repo.resolve(".git"), "INTERNAL", null, 0);
    Inventory.Target web = new Inventory.Target("web", other.resolve(".git"), "INTERNAL", null, 0);
    new Scanner(shipped, cache, 1, SINCE, AS_OF).scan(List.of(api), new SourceMap());
    new Scanner(shipped, cache, 1, SINCE, AS_OF).scan(List.of(web), new SourceMap());
    deleteObjects();
    Scanner.Result both = new Scanner(shipped, cache, 1, SINCE, AS_OF).scan(List.of(api, web), new SourceMap());
    assertThat(both.problems()).isEmpty();
    assertThat(both.repositories()).hasSize(2);
  }
}
