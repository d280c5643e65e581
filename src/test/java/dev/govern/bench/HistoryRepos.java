package dev.govern.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The repositories of {@code bench/history-scan.sh}: the same generated histories as
 * {@link AttributionBenchmark}, made or changed from the command line so that {@code govern scan}
 * itself can be timed over them.
 *
 * <pre>
 * java -cp test-classes:govern.jar dev.govern.bench.HistoryRepos generate FOLDER COUNT COMMITS [JOBS]
 * java -cp test-classes:govern.jar dev.govern.bench.HistoryRepos add-commits FOLDER COUNT K
 * </pre>
 *
 * {@code add-commits} adds one commit, dated the as-of day, to K of the COUNT repositories, evenly
 * spread (the warm rescan of the issue: one new commit in 10 of 1,000).
 */
public final class HistoryRepos {
  private HistoryRepos() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: HistoryRepos generate FOLDER COUNT COMMITS [JOBS] | add-commits FOLDER COUNT K");
      System.exit(2);
    }
    Path dir = Path.of(args[1]);
    int count = Integer.parseInt(args[2]);
    if (args[0].equals("generate")) {
      int commits = Integer.parseInt(args[3]);
      int jobs = args.length > 4 ? Integer.parseInt(args[4]) : Runtime.getRuntime().availableProcessors();
      Files.createDirectories(dir);
      ExecutorService pool = Executors.newFixedThreadPool(jobs);
      try {
        List<Future<Object>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          int seed = i;
          done.add(pool.submit(() -> {
            HistoryGenerator.generate(dir.resolve(AttributionBenchmark.name(seed)), commits,
                AttributionBenchmark.SINCE.plusDays(1), AttributionBenchmark.AS_OF.minusDays(1), seed);
            return null;
          }));
        }
        for (Future<Object> f : done) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
      }
    } else {
      int k = Integer.parseInt(args[3]);
      for (int i = 0; i < k; i++) {
        Path repo = dir.resolve(AttributionBenchmark.name(i * (count / k)));
        HistoryGenerator.addCommit(repo, AttributionBenchmark.AS_OF.atTime(12, 0).toInstant(ZoneOffset.UTC));
        System.out.printf(Locale.ROOT, "one commit added to %s%n", repo.getFileName());
      }
    }
  }
}
