package dev.govern.scan.attribution;

import dev.govern.load.AttributionSignaturesBinder;
import static dev.govern.scan.attribution.HistoryRepo.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.model.AttributionHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactsCacheTest {
  static final LocalDate SINCE = LocalDate.parse("2026-01-01");
  static final LocalDate AS_OF = LocalDate.parse("2026-06-30");

  @TempDir Path dir;

  private final HistoryScanner scanner = new HistoryScanner(new Attributor(AttributionSignaturesBinder.bundled()));

  private AttributionHistory scan(HistoryRepo r, Path cacheFile) throws Exception {
    return scanner.scan(r.repository(), SINCE, AS_OF, false, FactsCache.open(cacheFile, scanner.fingerprint()));
  }

  @Test
  void aRescanGivesTheSameFiguresFromTheCache() throws Exception {
    Path cache = dir.resolve("cache/repo.bin");
    try (HistoryRepo r = HistoryRepo.init(dir.resolve("repo"))) {
      r.write("a.txt", lines("a", 3)).commit("2026-01-02T00:00:00Z", "One\n\nMade-with: Cursor");
      r.write("b.txt", lines("b", 2)).commit("2026-02-02T00:00:00Z", "Two");
      AttributionHistory cold = scan(r, cache);
      assertThat(FactsCache.open(cache, scanner.fingerprint()).size()).isEqualTo(2);
      assertThat(scan(r, cache)).isEqualTo(cold);
    }
  }

  @Test
  void cachedFactsAreUsedInsteadOfRereadingTheCommit() throws Exception {
    Path cache = dir.resolve("cache.bin");
    try (HistoryRepo r = HistoryRepo.init(dir.resolve("repo"))) {
      RevCommit first = r.write("a.txt", lines("a", 3)).commit("2026-01-02T00:00:00Z", "One");
      scan(r, cache);
      // Facts no reading of the commit could give: a rescan that shows them took them from the cache.
      FactsCache planted = FactsCache.open(cache, scanner.fingerprint());
      planted.save("", java.util.List.of(new CommitFacts(first.copy(), org.eclipse.jgit.lib.ObjectId.zeroId(),
          first.getCommitTime(), 1000, 0, java.util.List.of())));
      RevCommit second = r.write("b.txt", lines("b", 2)).commit("2026-02-02T00:00:00Z", "Two");
      FactsCache warm = FactsCache.open(cache, scanner.fingerprint());
      AttributionHistory h = scanner.scan(r.repository(), SINCE, AS_OF, false, warm);
      assertThat(h.months().get(0).linesAdded()).isEqualTo(1000);
      assertThat(h.months().get(1).linesAdded()).isEqualTo(2);
      assertThat(warm.get(second)).isNotNull();
    }
  }

  @Test
  void otherSignaturesInvalidateTheCache() throws Exception {
    Path cache = dir.resolve("cache.bin");
    try (HistoryRepo r = HistoryRepo.init(dir.resolve("repo"))) {
      r.write("a.txt", lines("a", 3)).commit("2026-01-02T00:00:00Z", "One");
      scan(r, cache);
      assertThat(FactsCache.open(cache, "another fingerprint").size()).isZero();
    }
  }

  @Test
  void aDamagedCacheIsAnEmptyCache() throws Exception {
    Path cache = dir.resolve("cache.bin");
    try (HistoryRepo r = HistoryRepo.init(dir.resolve("repo"))) {
      r.write("a.txt", lines("a", 3)).commit("2026-01-02T00:00:00Z", "One\n\nMade-with: Cursor");
      AttributionHistory cold = scan(r, cache);
      byte[] bytes = Files.readAllBytes(cache);
      Files.write(cache, java.util.Arrays.copyOf(bytes, bytes.length - 7));
      assertThat(FactsCache.open(cache, scanner.fingerprint()).size()).isZero();
      assertThat(scan(r, cache)).isEqualTo(cold);
    }
  }

  @Test
  void aNoteAddedLaterToACachedCommitIsRead() throws Exception {
    Path cache = dir.resolve("cache.bin");
    try (HistoryRepo r = HistoryRepo.init(dir.resolve("repo"))) {
      RevCommit c = r.write("a.txt", lines("a", 4)).commit("2026-01-02T00:00:00Z", "One");
      assertThat(scan(r, cache).aiCommits()).isZero();
      r.note("refs/notes/ai", c, "a.txt\n  0123456789abcdef 1-2\n---\n{}\n");
      AttributionHistory h = scan(r, cache);
      assertThat(h.aiCommits()).isEqualTo(1);
      assertThat(h.months().get(0).aiLines()).isEqualTo(2);
    }
  }
}
