package dev.govern.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.render.Markdown;
import org.junit.jupiter.api.Test;

/** Policy Markdown may nest only as deep as the renderer can follow. */
class MarkdownNestingTest {
  @Test
  void quotesAtTheLimitPassAndRender() {
    String body = ">".repeat(MarkdownNesting.MAX) + " deep\n";

    assertThat(MarkdownNesting.check(body, "use.md", 1)).isEmpty();
    assertThat(Markdown.toHtml(body)).contains("deep");
  }

  @Test
  void quotesBeyondTheLimitAreAnErrorAtTheirLineAndColumn() {
    String body = "Intro\n\n" + ">".repeat(1000) + " deep\n";

    var problem = MarkdownNesting.check(body, "use.md", 10);

    assertThat(problem).isPresent();
    assertThat(problem.get().at().line()).isEqualTo(12);
    assertThat(problem.get().at().column()).isEqualTo(MarkdownNesting.MAX + 1);
  }

  @Test
  void nestedListItemsCountOneLevelEach() {
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < MarkdownNesting.MAX + 1; i++) {
      deep.append("  ".repeat(i)).append("- item\n");
    }

    assertThat(MarkdownNesting.check(deep.toString(), "use.md", 1)).isPresent();
  }

  @Test
  void emphasisTooDeepToParseIsAnErrorNotACrash() {
    String body = "*".repeat(5000) + "x" + "*".repeat(5000) + "\n";

    assertThat(MarkdownNesting.check(body, "use.md", 3)).isPresent();
  }
}
