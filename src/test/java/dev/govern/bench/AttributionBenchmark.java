package dev.govern.bench;

import dev.govern.load.AttributionSignaturesBinder;
import dev.govern.model.AttributionHistory;
import dev.govern.scan.attribution.Attributor;
import dev.govern.scan.attribution.FactsCache;
import dev.govern.scan.attribution.HistoryScanner;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * A benchmark, not a test: AI attribution over generated histories ({@link HistoryGenerator}) —
 * a cold scan of REPOS repositories × COMMITS commits with an empty cache, then a warm rescan after
 * one new commit in 10 of them, and the peak heap and resident memory of each.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx1536m -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     dev.govern.bench.AttributionBenchmark REPOS COMMITS [JOBS] [FOLDER]
 * </pre>
 *
 * FOLDER (default: a new temporary folder) keeps the generated repositories between runs: an
 * existing {@code repos/} in it is reused, so a second run measures the scan alone.
 */
public final class AttributionBenchmark {
  static final LocalDate AS_OF = LocalDate.parse("2026-11-30");
  static final LocalDate SINCE = AS_OF.minusMonths(12);

  private AttributionBenchmark() {}

  public static void main(String[] args) throws Exception {
    int repos = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int commits = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int jobs = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    Path dir = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("govern-attribution-benchmark");
    Path reposDir = dir.resolve("repos-" + repos + "x" + commits);
    Path cache = dir.resolve("cache-" + repos + "x" + commits);
    deleteTree(cache);
    if (!Files.isDirectory(reposDir)) {
      long t = System.nanoTime();
      Files.createDirectories(reposDir);
      parallel(repos, jobs, i -> {
        HistoryGenerator.generate(reposDir.resolve(name(i)), commits, SINCE.plusDays(1), AS_OF.minusDays(1), i);
        return null;
      });
      System.out.printf(Locale.ROOT, "generated %d repositories x %d commits in %.1f s (%s)%n", repos, commits,
          seconds(t), sizeOf(reposDir));
    }
    HistoryScanner scanner = new HistoryScanner(new Attributor(AttributionSignaturesBinder.bundled()));

    System.out.printf(Locale.ROOT, "load average before: %s%n", loadAverage());
    System.gc();
    resetPeaks();
    long t = System.nanoTime();
    long cpu = cpuNanos();
    long[] totals = scanAll(scanner, reposDir, cache, repos, jobs);
    double cold = seconds(t);
    double coldCpu = (cpuNanos() - cpu) / 1e9;
    long coldHeap = peakHeap();
    System.out.printf(Locale.ROOT, "cold scan: %.2f s wall, %.2f s CPU, %d commits counted, %d AI-attributed,"
        + " peak heap %d MiB%n", cold, coldCpu, totals[0], totals[1], coldHeap >> 20);

    for (int i = 0; i < Math.min(10, repos); i++) {
      HistoryGenerator.addCommit(reposDir.resolve(name(i * (repos / Math.min(10, repos)))),
          AS_OF.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }
    System.gc();
    resetPeaks();
    t = System.nanoTime();
    cpu = cpuNanos();
    long[] again = scanAll(scanner, reposDir, cache, repos, jobs);
    double warm = seconds(t);
    double warmCpu = (cpuNanos() - cpu) / 1e9;
    System.out.printf(Locale.ROOT, "warm rescan after 1 new commit in %d repositories: %.2f s wall, %.2f s CPU,"
        + " %d commits counted, peak heap %d MiB%n", Math.min(10, repos), warm, warmCpu, again[0], peakHeap() >> 20);
    System.out.printf(Locale.ROOT, "process peak resident memory (VmHWM): %s%n", vmHwm());
    System.out.printf(Locale.ROOT, "cold per commit: %.1f µs wall, %.1f µs CPU (jobs %d)%n", cold * 1e6 / totals[0],
        coldCpu * 1e6 / totals[0], jobs);
    System.out.printf(Locale.ROOT, "load average after: %s%n", loadAverage());
  }

  private static long[] scanAll(HistoryScanner scanner, Path reposDir, Path cache, int repos, int jobs)
      throws Exception {
    List<long[]> each = parallel(repos, jobs, i -> {
      try (Repository repo = new FileRepositoryBuilder().setGitDir(reposDir.resolve(name(i)).toFile())
          .setMustExist(true).build()) {
        AttributionHistory h = scanner.scan(repo, SINCE, AS_OF, false,
            FactsCache.open(cache.resolve(name(i) + ".bin"), scanner.fingerprint()));
        return new long[] {h.commits(), h.aiCommits()};
      }
    });
    long[] sum = new long[2];
    for (long[] e : each) {
      sum[0] += e[0];
      sum[1] += e[1];
    }
    return sum;
  }

  interface Task<T> {
    T run(int i) throws Exception;
  }

  private static <T> List<T> parallel(int n, int jobs, Task<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(jobs);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int k = i;
        futures.add(pool.submit(() -> task.run(k)));
      }
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  static String name(int i) {
    return String.format(Locale.ROOT, "repo-%04d.git", i);
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static String loadAverage() throws IOException {
    Path load = Path.of("/proc/loadavg");
    return Files.exists(load) ? String.join(" ", List.of(Files.readString(load).split(" ")).subList(0, 3)) : "unknown";
  }

  private static String vmHwm() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return "unknown";
    }
    return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
        .map(l -> l.substring(6).strip()).findFirst().orElse("unknown");
  }

  private static String sizeOf(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      long bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
      return (bytes >> 20) + " MiB on disk";
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
