package dev.govern.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** The filter above the controls table, used the way a person uses it. */
@ExtendWith(BrowserExtension.class)
class TableFilterTest {
  private ChromeDriver browser;
  private Session session;

  @BeforeEach
  void open(Session session) {
    this.session = session;
    browser = session.browser();
    browser.get(session.url(PageType.CONTROLS));
  }

  @Test
  void choosingAStatusHidesTheOtherRowsAndUpdatesTheCount() {
    List<WebElement> rows = rows();
    String status = statusShownBySomeRowsOnly(rows);

    new Select(browser.findElement(By.cssSelector("form.filters select[data-key=status]"))).selectByValue(status);

    long matching = rows.stream().filter(row -> status.equals(row.getDomAttribute("data-status"))).count();
    for (WebElement row : rows) {
      assertThat(row.isDisplayed())
          .as("row %s (status %s) with the filter on %s", row.getDomAttribute("id"), row.getDomAttribute("data-status"), status)
          .isEqualTo(status.equals(row.getDomAttribute("data-status")));
    }
    assertThat(count()).isEqualTo(matching + " shown");
  }

  @Test
  void typingKeepsOnlyTheRowsContainingTheText() {
    List<WebElement> rows = rows();
    String id = rows.get(0).findElement(By.cssSelector("td a")).getText();

    browser.findElement(By.cssSelector("form.filters input[data-key=text]")).sendKeys(id.toLowerCase(Locale.ROOT));

    long matching = rows.stream().filter(row -> text(row).contains(id.toLowerCase(Locale.ROOT))).count();
    assertThat(rows.stream().filter(WebElement::isDisplayed).count()).isEqualTo(matching).isPositive();
    assertThat(rows.stream().filter(row -> row.isDisplayed() != text(row).contains(id.toLowerCase(Locale.ROOT))))
        .as("rows shown exactly when they contain %s", id).isEmpty();
    assertThat(count()).isEqualTo(matching + " shown");
  }

  @Test
  void clearingTheFilterShowsEveryRowAgain() {
    List<WebElement> rows = rows();
    Select status = new Select(browser.findElement(By.cssSelector("form.filters select[data-key=status]")));
    status.selectByValue(statusShownBySomeRowsOnly(rows));

    status.selectByValue("");

    assertThat(rows).allMatch(WebElement::isDisplayed);
    assertThat(count()).isEqualTo(rows.size() + " shown");
  }

  @Test
  void enterInTheTextFieldFiltersWithoutReloadingThePage() {
    int before = session.server().requests();
    WebElement text = browser.findElement(By.cssSelector("form.filters input[data-key=text]"));

    text.sendKeys("zzz-no-such-control", Keys.ENTER);

    assertThat(count()).isEqualTo("0 shown");
    assertThat(browser.getCurrentUrl()).isEqualTo(session.url(PageType.CONTROLS));
    assertThat(session.server().requests()).as("requests after pressing Enter").isEqualTo(before);
  }

  private List<WebElement> rows() {
    List<WebElement> rows = browser.findElements(By.cssSelector("#controls-table tbody tr"));
    assertThat(rows).as("rows of the controls table").hasSizeGreaterThan(1);
    assertThat(count()).as("count before filtering").isEqualTo(rows.size() + " shown");
    return rows;
  }

  /** A status some rows have and some do not, so filtering by it both keeps and hides rows. */
  private String statusShownBySomeRowsOnly(List<WebElement> rows) {
    return new Select(browser.findElement(By.cssSelector("form.filters select[data-key=status]"))).getOptions().stream()
        .map(option -> option.getDomAttribute("value"))
        .filter(value -> !value.isEmpty())
        .filter(value -> {
          long n = rows.stream().filter(row -> value.equals(row.getDomAttribute("data-status"))).count();
          return n > 0 && n < rows.size();
        })
        .findFirst()
        .orElseThrow(() -> new AssertionError("the shipped data should have controls in more than one status"));
  }

  private String count() {
    return browser.findElement(By.cssSelector("form.filters .count")).getText();
  }

  private static String text(WebElement row) {
    return row.getDomProperty("textContent").toLowerCase(Locale.ROOT);
  }
}
