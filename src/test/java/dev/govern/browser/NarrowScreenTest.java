package dev.govern.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page type is usable 400 px wide: the page itself never scrolls sideways (wide registers
 * reflow into cards; a chart too wide to read smaller scrolls inside its own figure).
 */
@ExtendWith(BrowserExtension.class)
class NarrowScreenTest {
  static final int WIDTH = 400;

  @ParameterizedTest
  @EnumSource(PageType.class)
  void pageDoesNotScrollSideways(PageType page, Session session) {
    ChromeDriver browser = session.browser();
    try {
      narrow(browser);
      browser.get(session.url(page));
      long width = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
      assertThat(width).as("%s laid out %d px wide", page.path(session.site()), WIDTH).isLessThanOrEqualTo(WIDTH);
    } finally {
      restore(browser);
    }
  }

  /** Lays pages out as a phone 400 px wide would. */
  static void narrow(ChromeDriver browser) {
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", WIDTH, "height", 900, "deviceScaleFactor", 1, "mobile", true));
  }

  static void restore(ChromeDriver browser) {
    browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }
}
