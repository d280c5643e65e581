package dev.govern.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Loading a page asks nothing of any server but the one serving the site: no CDN, no font
 * service, no analytics (the site is internal and may be read offline). Requests are taken from
 * Chrome's own record of its network traffic (the DevTools events in the performance log).
 */
@ExtendWith(BrowserExtension.class)
class LoopbackOnlyTest {
  private static final Json JSON = new Json();

  @ParameterizedTest
  @EnumSource(PageType.class)
  void everyRequestGoesToTheSiteServer(PageType page, Session session) {
    ChromeDriver browser = session.browser();
    browser.manage().logs().get(LogType.PERFORMANCE); // drops what earlier pages left in the log
    int before = session.server().requests();

    browser.get(session.url(page));
    List<String> urls = requestedUrls(browser);

    assertThat(urls).as("requests seen while loading %s", page).contains(session.url(page));
    assertThat(urls).as("requests while loading %s", page)
        .allMatch(url -> url.startsWith(session.server().origin()) || url.startsWith("data:"));
    assertThat(session.server().requests()).as("requests the site server answered").isGreaterThan(before);
    // Chrome asks for /favicon.ico on its own; the site has none and needs none.
    assertThat(session.server().notFound()).as("links to files missing from the site")
        .allMatch(path -> path.equals("/favicon.ico"));
  }

  /** The URL of every request the page made, from Network.requestWillBeSent events. */
  @SuppressWarnings("unchecked")
  private static List<String> requestedUrls(ChromeDriver browser) {
    return browser.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
        .map(LogEntry::getMessage)
        .map(text -> (Map<String, Object>) JSON.<Map<String, Object>>toType(text, Json.MAP_TYPE).get("message"))
        .filter(message -> "Network.requestWillBeSent".equals(message.get("method")))
        .map(message -> (Map<String, Object>) ((Map<String, Object>) message.get("params")).get("request"))
        .map(request -> Objects.toString(request.get("url")))
        .collect(Collectors.toList());
  }
}
