package dev.govern.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium for the browser tests: the system's browser and chromedriver, named by
 * {@code CHROME_BIN} and {@code CHROMEDRIVER} or found at Debian's paths — never a downloaded one.
 */
final class Chromium {
  /** Set (to anything but empty, {@code 0} or {@code false}) by CI: a missing tool fails the tests. */
  static final String REQUIRE_TOOLS = "GOVERN_REQUIRE_TOOLS";
  static final String BROWSER_VARIABLE = "CHROME_BIN";
  static final String DRIVER_VARIABLE = "CHROMEDRIVER";
  /** Where Debian's {@code chromium} and {@code chromium-driver} packages put them (see .ci/run). */
  static final String DEFAULT_BROWSER = "/usr/bin/chromium";
  static final String DEFAULT_DRIVER = "/usr/bin/chromedriver";
  static final int WIDTH = 1280;
  static final int HEIGHT = 900;

  /** The two programs a browser test needs. */
  record Tools(Path browser, Path driver) {}

  /**
   * Held so the setting sticks (JUL keeps loggers weakly). The tests need no version-matched
   * DevTools module (executeCdpCommand and the performance log go through chromedriver), so
   * Selenium's warning that it has none for this Chromium is noise.
   */
  private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  static {
    CDP_VERSION_FINDER.setLevel(Level.SEVERE);
    // Belt and braces: Selenium passes SE_* properties to Selenium Manager as its environment. The
    // driver is always given explicitly, so the manager should never run; if it ever does, it must
    // not go online to fetch a browser or a driver.
    System.setProperty("SE_OFFLINE", "true");
  }

  private Chromium() {}

  /** The installed tools; a skipped test when one is missing, or a failed one under {@link #REQUIRE_TOOLS}. */
  static Tools require() {
    return require(System.getenv(), Files::isExecutable);
  }

  static Tools require(Map<String, String> env, Predicate<Path> executable) {
    Path browser = Path.of(setting(env, BROWSER_VARIABLE, DEFAULT_BROWSER));
    Path driver = Path.of(setting(env, DRIVER_VARIABLE, DEFAULT_DRIVER));
    List<String> missing = new ArrayList<>();
    if (!executable.test(browser)) {
      missing.add("Chromium at " + browser + " (set " + BROWSER_VARIABLE + ")");
    }
    if (!executable.test(driver)) {
      missing.add("chromedriver at " + driver + " (set " + DRIVER_VARIABLE + ")");
    }
    if (!missing.isEmpty()) {
      String message = "the browser tests need " + String.join(" and ", missing)
          + "; on Debian: apt-get install chromium chromium-driver";
      if (required(env)) {
        fail(message + ". " + REQUIRE_TOOLS + " is set, so a missing tool is a failure, not a skip.");
      }
      assumeTrue(false, message);
    }
    return new Tools(browser, driver);
  }

  static boolean required(Map<String, String> env) {
    String value = env.getOrDefault(REQUIRE_TOOLS, "").trim();
    return !value.isEmpty() && !value.equals("0") && !value.equalsIgnoreCase("false");
  }

  private static String setting(Map<String, String> env, String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  /**
   * A new headless browser with its own fresh profile in {@code profile}, recording its network
   * traffic in the performance log. Without {@code javascript}, no script on any page runs.
   */
  static ChromeDriver start(Tools tools, Path profile, boolean javascript) {
    try {
      Files.createDirectories(profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // The driver path is given, so Selenium Manager is never asked for one.
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(tools.driver().toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(tools.browser().toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
        "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=" + WIDTH + "," + HEIGHT,
        "--user-data-dir=" + profile.toAbsolutePath());
    if (!javascript) {
      options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    return new ChromeDriver(service, options);
  }
}
