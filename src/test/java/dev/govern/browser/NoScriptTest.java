package dev.govern.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** Every page is complete with JavaScript switched off; only the script's own filters are missing. */
@ExtendWith(BrowserExtension.class)
class NoScriptTest {
  /**
   * The tables, sections and table rows of {@code main} that are not shown, leaving out what a
   * closed {@code <details>} holds until the reader opens it. One call instead of one per element.
   * (WebDriver runs this through DevTools; the page's own scripts stay off.)
   */
  private static final String HIDDEN_CONTENT = """
      return Array.from(document.querySelectorAll('main table, main section, main tbody tr'))
          .filter(el => !el.closest('details:not([open])'))
          .filter(el => !el.checkVisibility({visibilityProperty: true}) || el.getClientRects().length === 0)
          .map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className ? '.' + el.className : ''));
      """;

  @ParameterizedTest
  @EnumSource(PageType.class)
  void pageRendersWithoutJavaScript(PageType page, Session session) {
    ChromeDriver browser = session.noScriptBrowser();
    browser.get(session.url(page));

    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("class"))
        .as("the script's mark on <html>: the script must not have run").isNull();
    WebElement h1 = browser.findElement(By.cssSelector("main h1"));
    assertThat(h1.isDisplayed()).as("h1 shown").isTrue();
    assertThat(h1.getText()).isNotBlank();
    assertThat(browser.findElements(By.cssSelector("main table, main section"))).as("tables and sections in <main>")
        .isNotEmpty();
    assertThat((List<?>) browser.executeScript(HIDDEN_CONTENT)).as("content of %s not shown", page).isEmpty();
    assertThat(browser.findElements(By.cssSelector(".js-only"))).as("script-only controls hidden")
        .noneMatch(WebElement::isDisplayed);
    assertThat(browser.findElement(By.tagName("header")).getCssValue("background-color"))
        .as("the stylesheet applies").isNotEqualTo("rgba(0, 0, 0, 0)");
  }
}
