package dev.govern.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.check.Checker;
import dev.govern.load.GovernanceLoader;
import dev.govern.load.Loaded;
import dev.govern.model.Governance;
import dev.govern.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's generated repos are valid governance data: each size passes {@code check} with no
 * errors (warnings such as overdue evidence are part of realistic data), has the counts the
 * benchmark promises, and is the same bytes every time. No timing is asserted here.
 */
class GovernanceGeneratorTest {
  private static final Path SHIPPED = Path.of("data");

  @TempDir Path tmp;

  @Test
  void shippedSizeIsACopyOfTheShippedData() throws IOException {
    Governance g = checkedWithoutErrors("shipped");
    assertThat(g.controls()).hasSize(12);
  }

  @Test
  void mediumSizePassesCheck() throws IOException {
    Governance g = checkedWithoutErrors("medium");
    assertThat(g.controls()).hasSize(100);
    assertThat(g.risks()).hasSize(500);
    assertThat(g.kpis()).hasSize(30).allSatisfy(k -> assertThat(k.values()).hasSize(36));
    assertThat(g.catalogues()).hasSize(4);
    assertThat(g.policies()).hasSize(20);
  }

  @Test
  void mediumSizeIsDeterministic() throws IOException {
    GovernanceGenerator.generate("medium", SHIPPED, tmp.resolve("a"));
    GovernanceGenerator.generate("medium", SHIPPED, tmp.resolve("b"));
    assertThat(contents(tmp.resolve("a/data"))).isEqualTo(contents(tmp.resolve("b/data")));
  }

  @Test
  @Tag("benchmark")
  void largeSizePassesCheck() throws IOException {
    Governance g = checkedWithoutErrors("large");
    assertThat(g.controls()).hasSize(1000);
    assertThat(g.domains()).hasSize(20);
    assertThat(g.risks()).hasSize(5000);
    assertThat(g.kpis()).hasSize(100).allSatisfy(k -> assertThat(k.values()).hasSize(60));
    assertThat(g.catalogues()).hasSize(4);
    assertThat(g.policies()).hasSize(100);
    assertThat(g.roadmap().phases()).hasSize(12);
  }

  private Governance checkedWithoutErrors(String size) throws IOException {
    Path repo = tmp.resolve(size);
    GovernanceGenerator.generate(size, SHIPPED, repo);
    Loaded loaded = GovernanceLoader.load(repo.resolve("data"), "data");
    List<Problem> problems = new ArrayList<>(loaded.problems());
    assertThat(loaded.governance()).as("bound: %s", problems).isPresent();
    Governance g = loaded.governance().get();
    problems.addAll(Checker.check(g, loaded.sources(), GovernanceGenerator.AS_OF));
    assertThat(problems.stream().filter(Problem::isError).map(Problem::toString)).isEmpty();
    return g;
  }

  private static List<String> contents(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        out.add(dir.relativize(p) + "\n" + Files.readString(p));
      }
    }
    return out;
  }
}
