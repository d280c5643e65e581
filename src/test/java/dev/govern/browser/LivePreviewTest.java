package dev.govern.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.govern.load.Fixture;
import dev.govern.serve.Served;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code govern serve} in a real browser: a saved edit shows up without reloading by hand, broken
 * data shows its problems over the page (accessibly, as text), and fixing it clears them.
 */
@ExtendWith(BrowserExtension.class)
class LivePreviewTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  @TempDir Path dir;

  @Test
  void anEditShowsUpBreaksIntoTheOverlayAndClearsWhenFixed(Session session) throws IOException {
    ChromeDriver browser = session.browser();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    try (Served served = Served.start(Fixture.minimal(dir))) {
      browser.get(served.url("/controls/C-1.html"));
      awaitListening(browser, wait);
      assertThat(browser.findElement(By.tagName("h1")).getText()).contains("First control");

      String controls = served.read("controls/core.yaml");
      served.write("controls/core.yaml", controls.replace("First control", "Renamed control"));
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Renamed control"));
      awaitListening(browser, wait); // the page reloaded by itself, and listens again

      String risks = served.read("risks.yaml");
      served.write("risks.yaml", risks.replaceFirst("likelihood: \\w+", "likelihood: <b>sometimes</b>"));
      WebElement overlay = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("govern-serve-problems")));
      assertThat(overlay.getText()).containsPattern("data/risks\\.yaml:\\d+:\\d+: error: .*<b>sometimes</b>");
      assertThat(overlay.findElements(By.tagName("b"))).as("a message is text, never markup").isEmpty();
      assertThat(browser.findElement(By.tagName("h1")).getText()).as("the last good page stays").contains("Renamed control");
      assertNoSeriousViolation(browser);
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve("serve-problems.png"), browser.getScreenshotAs(OutputType.BYTES));

      served.write("risks.yaml", risks);
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("govern-serve-problems")));
      assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Renamed control");
    } finally {
      // The browser is shared with the other browser tests: leave no page reconnecting to a stopped preview.
      browser.get("about:blank");
    }
  }

  private static void awaitListening(ChromeDriver browser, WebDriverWait wait) {
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "data-govern-serve", "listening"));
  }

  private static void assertNoSeriousViolation(ChromeDriver browser) {
    Results results = new AxeBuilder().setTimeout(120).include("#govern-serve-problems")
        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice")).analyze(browser);
    assertThat(results.isErrored()).as("axe-core failed to run: %s", results.getErrorMessage()).isFalse();
    assertThat(results.getViolations())
        .as("axe-core on the overlay: %s", results.getViolations().stream()
            .map(r -> r.getImpact() + " " + r.getId() + ": " + r.getHelp()).collect(Collectors.joining("; ")))
        .extracting(Rule::getImpact).doesNotContain("serious", "critical");
  }
}
