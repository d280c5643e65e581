package dev.govern.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Whole-page screenshots of the pages people look at most, saved under target/screenshots/ for a
 * person to review (the tests check only that they are whole pages at desktop width).
 */
@ExtendWith(BrowserExtension.class)
class ScreenshotsTest {
  private static final Path FOLDER = Path.of("target", "screenshots");
  /** Chrome cannot capture much taller than this (a texture size limit); no page of the site comes near it. */
  private static final int MAX_HEIGHT = 16_000;

  @ParameterizedTest
  @EnumSource(value = PageType.class, names = {"DASHBOARD", "RISKS", "CONTROL"})
  void wholePageScreenshotIsSaved(PageType page, Session session) throws IOException {
    ChromeDriver browser = session.browser();
    browser.get(session.url(page));
    Path file = FOLDER.resolve(page.name().toLowerCase(Locale.ROOT) + ".png");

    long height = capture(browser, file);

    BufferedImage image = ImageIO.read(file.toFile());
    assertThat(image.getWidth()).isEqualTo(Chromium.WIDTH);
    assertThat(image.getHeight()).as("screenshot height, the page being %d px tall", height)
        .isEqualTo((int) Math.min(height, MAX_HEIGHT));
  }

  /**
   * Lays the page out at desktop width and a viewport as tall as the page, captures it through
   * the DevTools protocol and restores the window; returns the page's height.
   */
  private static long capture(ChromeDriver browser, Path file) throws IOException {
    try {
      metrics(browser, Chromium.HEIGHT);
      long height = ((Number) browser.executeScript(
          "return Math.ceil(Math.max(document.documentElement.scrollHeight, document.body.scrollHeight))")).longValue();
      metrics(browser, Math.min(height, MAX_HEIGHT));
      // Two frames, so the page is laid out and painted at the new size before the capture; on a
      // busy machine a capture taken at once can show unpainted (blank) bands.
      browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
          + " requestAnimationFrame(() => requestAnimationFrame(done));");
      Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
      Files.createDirectories(file.getParent());
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
      return height;
    } finally {
      browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  private static void metrics(ChromeDriver browser, long height) {
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", Chromium.WIDTH, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }
}
