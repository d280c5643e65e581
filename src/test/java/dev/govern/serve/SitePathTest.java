package dev.govern.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** URL paths to site paths: every spelling of a climb out, or of a place by itself, is refused. */
class SitePathTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/|''", "/index.html|index.html", "/controls/|controls/", "/controls/TM-001.html|controls/TM-001.html",
      "/policies/%C3%A9t%C3%A9.html|policies/été.html", "/a%20b.html|a b.html", "/%252e%252e/x|%2e%2e/x"})
  void aPathInsideTheSiteIsDecodedOnce(String raw, String site) {
    assertThat(SitePath.of(raw)).hasValue(site);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "index.html", "/..", "/../", "/../x", "/a/../../x", "/a/./b", "/.", "/%2e%2e/x",
      "/%2E%2e%2Fx", "/.%2e/x", "/a%2f..%2f..%2fx", "//etc/passwd", "/a//b", "/a\\..\\b", "/%5c..%5cx", "/C:/x",
      "/c%3a/x", "/x%00.html", "/x%0a", "/%zz", "/%4", "/%", "/%c0%ae%c0%ae/x", "/%ff", "/é"})
  void anythingElseIsRefused(String raw) {
    assertThat(SitePath.of(raw)).isEmpty();
  }
}
