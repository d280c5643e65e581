package dev.govern.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.problem.Problem;
import dev.govern.problem.Problems;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.Node;

/** Each distinct version of a file is parsed once; its problems are reported every time it is used. */
class ParseCacheTest {
  private final ParseCache cache = new ParseCache();
  private final AtomicInteger parses = new AtomicInteger();

  private Function<Context, Optional<Node>> parsing(String text) {
    return ctx -> {
      parses.incrementAndGet();
      return YamlLoader.compose(text, ctx);
    };
  }

  private static Context context(String file, Problems problems) {
    return new Context(file, 0, problems, new SourceMap());
  }

  @Test
  void theSameContentsAreParsedOnce() {
    Optional<Node> first = cache.compose("blob-1", context("data/risks.yaml", new Problems()), parsing("risks: []\n"));
    Optional<Node> again = cache.compose("blob-1", context("data/risks.yaml", new Problems()), parsing("risks: []\n"));

    assertThat(parses).hasValue(1);
    assertThat(again).containsSame(first.get());
  }

  @Test
  void problemsAreReportedOnEveryUse() {
    String broken = "risks:\n  - id: R-1\n\tdescription: tab\n";
    Problems first = new Problems();
    Problems second = new Problems();

    assertThat(cache.compose("blob-2", context("data/risks.yaml", first), parsing(broken))).isEmpty();
    assertThat(cache.compose("blob-2", context("data/risks.yaml", second), parsing(broken))).isEmpty();

    assertThat(parses).hasValue(1);
    assertThat(second.sorted()).isEqualTo(first.sorted()).extracting(Problem::toString).containsExactly(
        "data/risks.yaml:3:1: error: YAML syntax error: a tab where YAML expects spaces; indent with spaces, never tabs");
  }

  @Test
  void theSameContentsUnderAnotherNameAreParsedAgain() {
    cache.compose("blob-3", context("data/controls/a.yaml", new Problems()), parsing("controls: []\n"));
    cache.compose("blob-3", context("data/controls/b.yaml", new Problems()), parsing("controls: []\n"));

    assertThat(parses).hasValue(2);
  }
}
