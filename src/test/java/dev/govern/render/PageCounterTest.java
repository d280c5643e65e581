package dev.govern.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageCounterTest {
  @Test
  void theFooterMessageBecomesCssStringsAroundTheCounters() {
    assertThat(ReportRenderer.pageCounter("Page {0} of {1}")).isEqualTo("\"Page \" counter(page) \" of \" counter(pages) \"\"");
    assertThat(ReportRenderer.pageCounter("第 {0} 頁，共 {1} 頁"))
        .isEqualTo("\"第 \" counter(page) \" 頁，共 \" counter(pages) \" 頁\"");
  }

  @Test
  void quotesAndMarkupInTheMessageCannotLeaveTheCssString() {
    assertThat(ReportRenderer.pageCounter("\"; } </style><script>{0}"))
        .isEqualTo("\"\\\"; } \\3c /style\\3e \\3c script\\3e \" counter(page) \"\"");
  }
}
