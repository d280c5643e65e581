package dev.govern.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Markdown for the site: headings under the page's h1, and images with unsafe sources kept as text. */
class MarkdownTest {
  @Test
  void topLevelHeadingMovesBelowThePageHeading() {
    assertThat(Markdown.toHtmlBelow("# Purpose\n\n## Scope\n", 1)).contains("<h2>Purpose</h2>", "<h3>Scope</h3>")
        .doesNotContain("<h1>");
  }

  @Test
  void headingsAlreadyBelowThePageHeadingStay() {
    assertThat(Markdown.toHtmlBelow("## Purpose\n\n### Scope\n", 1)).contains("<h2>Purpose</h2>", "<h3>Scope</h3>");
  }

  @Test
  void imageWithAnUnsafeSourceBecomesItsMarkedAltText() {
    String html = Markdown.toHtml("![chart *now*](javascript:alert(1))");

    assertThat(html).doesNotContain("<img", "javascript")
        .contains("<span class=\"blocked-link\" title=\"image removed: only http, https, mailto and relative links"
            + " are allowed\">chart now</span>");
  }

  @Test
  void referenceImageWithAnUnsafeSourceBecomesItsAltText() {
    String html = Markdown.toHtml("![logo][l]\n\n[l]: data:image/png;base64,AAAA\n");

    assertThat(html).doesNotContain("<img", "data:").contains(">logo</span>");
  }

  @Test
  void imageWithASafeSourceStays() {
    assertThat(Markdown.toHtml("![logo](images/logo.png)")).contains("<img src=\"images/logo.png\" alt=\"logo\"");
  }

  @Test
  void altTextOfABlockedImageIsEscaped() {
    assertThat(Markdown.toHtml("![<b>x</b> < y & z](file:///etc/passwd)")).doesNotContain("<b>")
        .contains(">x &lt; y &amp; z</span>");
  }
}
