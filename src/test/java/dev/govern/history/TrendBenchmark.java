package dev.govern.history;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A benchmark, not a test (surefire does not pick it up by name): builds a repository with the
 * shipped data and a history of N commits that each change it (default 1,000), then times the
 * trend over that history, cold and again from the cache.
 *
 * <p>Run from the project folder:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.govern.history.TrendBenchmark [N]
 * </pre>
 */
public final class TrendBenchmark {
  private static final List<String> FILES = List.of("compliance", "data-protection", "operations", "security",
      "tool-management");

  private TrendBenchmark() {}

  public static void main(String[] args) throws IOException {
    int commits = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Path dir = Files.createTempDirectory("govern-trend-benchmark");
    try {
      generate(dir, commits);
      measure(dir, commits);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static void generate(Path dir, int commits) throws IOException {
    long start = System.nanoTime();
    try (TestRepo repo = TestRepo.of(dir, Path.of("data"))) {
      repo.commit("The shipped governance");
      for (int i = 1; i < commits; i++) {
        // Every commit gives one control file a new owner, so every data tree is distinct: the
        // worst case for the cache. Every tenth commit also moves CMP-001 between two statuses.
        String file = "controls/" + FILES.get(i % FILES.size()) + ".yaml";
        String text = Files.readString(repo.data().resolve(file));
        repo.write(file, text.replaceFirst("(?m)^    owner: .*$", "    owner: Team " + i));
        if (i % 10 == 0) {
          String compliance = Files.readString(repo.data().resolve("controls/compliance.yaml"));
          repo.write("controls/compliance.yaml", compliance.contains("    status: planned\n    owner:")
              ? compliance.replaceFirst("    status: planned\n    owner:", "    status: partial\n    owner:")
              : compliance.replaceFirst("    status: partial\n    owner:", "    status: planned\n    owner:"));
        }
        repo.commit("Change " + i);
      }
    }
    System.out.printf("generated %d commits in %.1f s%n", commits, seconds(start));
  }

  private static void measure(Path dir, int commits) {
    try (GovernanceHistory history = GovernanceHistory.open(dir.resolve("data"))) {
      long cold = System.nanoTime();
      long cpu = cpuTime();
      Trend trend = history.trend(Trend.By.COMMIT);
      double wall = seconds(cold);
      double used = (cpuTime() - cpu) / 1e9;
      // On a shared machine the wall time says more about the neighbours than about govern: the
      // CPU time is the steadier figure.
      System.out.printf("trend over %d commits (%d points), cold: %.1f s wall, %.1f s CPU (%.1f ms CPU per commit)"
          + " on %d processors, load average %.1f%n", commits, trend.points().size(), wall, used, used * 1000 / commits,
          Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      long warm = System.nanoTime();
      history.trend(Trend.By.COMMIT);
      history.entries();
      System.out.printf("trend and version history again, from the cache: %.3f s%n", seconds(warm));
      System.out.println("notes: " + history.notes());
    }
  }

  /** CPU time of the whole process, all threads, in nanoseconds. */
  private static long cpuTime() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
