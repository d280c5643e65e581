package dev.govern.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which URLs may become live, and how an allowed one is written into an href. */
class SafeUrlTest {
  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "java&#115;cript:alert(1)",
      "jav&#x09;ascript:alert(1)", "data:text/html,x", "vbscript:msgbox(1)", "file:///etc/passwd",
      "%6Aavascript:alert(1)", "javascript&colon;alert(1)", "//evil.example/x", " javascript:alert(1)"})
  void refusesSchemesOtherThanHttpHttpsAndMailto(String url) {
    assertThat(SafeUrl.isAllowed(url)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.org/x", "http://example.org", "mailto:a@example.org", "../controls/C-1.html",
      "policies/POL-1.html#scope", "#top", "a/b:c"})
  void allowsHttpHttpsMailtoAndRelativeUrls(String url) {
    assertThat(SafeUrl.isAllowed(url)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://example.org/audit?a=1&b=<2>|https://example.org/audit?a=1&b=%3C2%3E",
      "https://example.org/a b|https://example.org/a%20b",
      "https://example.org/x#one#two|https://example.org/x#one%23two",
      "https://example.org/100%|https://example.org/100%25",
      "https://example.org/%41%zz|https://example.org/%41%25zz",
      "https://example.org/翰林|https://example.org/%E7%BF%B0%E6%9E%97",
      "https://example.org/\"q\"|https://example.org/%22q%22"})
  void forHrefPercentEncodesWhatAUrlMayNotHold(String url, String href) {
    assertThat(SafeUrl.forHref(url)).isEqualTo(href);
  }

  @Test
  void forHrefKeepsAValidUrlAsItIs() {
    String url = "https://example.org/path-1/a.b_c~d?q=1&r=(x)+y,z;w=v:u@t!s$r'p*o#frag/ment?";

    assertThat(SafeUrl.forHref(url)).isEqualTo(url);
  }
}
