package dev.govern.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.govern.check.Checker;
import dev.govern.load.GovernanceLoader;
import dev.govern.load.Loaded;
import dev.govern.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes loading plus the cross-file checks (issue 6, "A fuzzer"): whatever bytes one data file of
 * a small valid repo holds, {@code GovernanceLoader.load} and {@code Checker.check} return a model
 * or a list of problems. Any exception is a finding.
 *
 * <p>The first byte picks the file ({@link #FILES}); the rest is its content. In a normal test run
 * the seeds in {@code LoaderFuzzTestInputs/loadAndCheck/} are replayed; see the README for fuzzing
 * for real.
 */
class LoaderFuzzTest {
  /** The files of {@code corpus/_base/data} an input can replace, by its first byte modulo the size. */
  static final List<String> FILES = List.of("governance.yaml", "risk-matrix.yaml", "controls/core.yaml",
      "frameworks/std.yaml", "risks.yaml", "maturity.yaml", "kpis.yaml", "roadmap.yaml", "references.yaml",
      "policies/use.md");
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

  private static Path repo;
  private static Path data;
  private static final Map<String, byte[]> ORIGINAL = new LinkedHashMap<>();

  @BeforeAll
  static void copyBase() throws IOException {
    repo = Files.createTempDirectory("govern-fuzz-");
    CorpusTest.copyTree(CorpusTest.BASE, repo, Map.of());
    data = repo.resolve("data");
    for (String file : FILES) {
      ORIGINAL.put(file, Files.readAllBytes(data.resolve(file)));
    }
  }

  @AfterAll
  static void deleteBase() throws IOException {
    try (var files = Files.walk(repo)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @FuzzTest(maxDuration = "20m")
  void loadAndCheck(byte[] input) throws IOException {
    String file = input.length == 0 ? FILES.get(0) : FILES.get((input[0] & 0xff) % FILES.size());
    byte[] content = input.length == 0 ? new byte[0] : Arrays.copyOfRange(input, 1, input.length);
    Path path = data.resolve(file);
    Files.write(path, content);
    try {
      Loaded loaded = GovernanceLoader.load(data, "data");
      assertThat(loaded.governance().isPresent() || loaded.problems().stream().anyMatch(Problem::isError))
          .as("a model or an error").isTrue();
      // As the CLI does: the cross-file checks run on a model that loaded without errors.
      if (loaded.governance().isPresent() && loaded.problems().stream().noneMatch(Problem::isError)) {
        Checker.check(loaded.governance().get(), loaded.sources(), AS_OF);
      }
    } finally {
      Files.write(path, ORIGINAL.get(file));
    }
  }
}
