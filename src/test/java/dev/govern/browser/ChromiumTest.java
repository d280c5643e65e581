package dev.govern.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Deciding whether the browser tests can run: without the tools they skip, or fail when CI requires them. */
class ChromiumTest {

  @Test
  void missingToolsSkipTheTests() {
    assertThatThrownBy(() -> Chromium.require(Map.of(), path -> false))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("Chromium at " + Chromium.DEFAULT_BROWSER)
        .hasMessageContaining("chromedriver at " + Chromium.DEFAULT_DRIVER);
  }

  @Test
  void missingToolsFailTheTestsWhenRequired() {
    assertThatThrownBy(() -> Chromium.require(Map.of(Chromium.REQUIRE_TOOLS, "1"), path -> false))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("GOVERN_REQUIRE_TOOLS is set, so a missing tool is a failure");
  }

  @Test
  void onlyAMissingToolIsNamed() {
    Path browser = Path.of(Chromium.DEFAULT_BROWSER);
    assertThatThrownBy(() -> Chromium.require(Map.of(), browser::equals))
        .hasMessageNotContaining("Chromium at")
        .hasMessageContaining("chromedriver at");
  }

  @Test
  void environmentVariablesNameTheTools() {
    Map<String, String> env = Map.of("CHROME_BIN", "opt/chrome", "CHROMEDRIVER", "opt/chromedriver");

    Chromium.Tools tools = Chromium.require(env, path -> path.startsWith("opt"));

    assertThat(tools).isEqualTo(new Chromium.Tools(Path.of("opt/chrome"), Path.of("opt/chromedriver")));
  }

  @Test
  void zeroOrFalseDoesNotRequireTheTools() {
    assertThat(Chromium.required(Map.of(Chromium.REQUIRE_TOOLS, "0"))).isFalse();
    assertThat(Chromium.required(Map.of(Chromium.REQUIRE_TOOLS, "false"))).isFalse();
    assertThat(Chromium.required(Map.of(Chromium.REQUIRE_TOOLS, ""))).isFalse();
    assertThat(Chromium.required(Map.of(Chromium.REQUIRE_TOOLS, "1"))).isTrue();
  }
}
