package dev.govern.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Data is text, never markup or template code: the hostile fixture's values ({@code </td><script>},
 * {@code ${7*7}}, {@code <#assign>}) print literally, its policy's raw HTML is shown and not run,
 * and no link or image form that smuggles a script or another scheme becomes live.
 */
class EscapingTest {
  private static final String SCRIPT = "</td><script>alert(1)</script>";
  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*):");
  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

  @TempDir static Path dir;
  private static SiteFixture.Site site;

  @BeforeAll
  static void build() {
    site = SiteFixture.site(SiteFixture.HOSTILE, dir);
  }

  @Test
  void controlNameWithMarkupIsText() {
    assertThat(site.page("controls/C-1.html").selectFirst("h1").text()).isEqualTo("C-1 · " + SCRIPT);
    assertThat(site.page("controls/index.html").select("#controls-table td").eachText()).contains(SCRIPT);
  }

  @Test
  void controlNameWithMarkupIsTextInThePageTitle() {
    assertThat(site.page("controls/C-1.html").title()).startsWith("C-1 " + SCRIPT + " — ");
  }

  @Test
  void riskDescriptionWithMarkupIsText() {
    assertThat(site.page("risks/R-1.html").selectFirst("p.lead").text()).isEqualTo(SCRIPT);
    assertThat(site.page("risks/index.html").select("#risk-table td").eachText()).contains(SCRIPT);
    assertThat(site.page("controls/C-1.html").select("li:has(a[href$=R-1.html])").text()).isEqualTo("R-1 " + SCRIPT);
  }

  @Test
  void interpolationSyntaxIsPrintedNotEvaluated() {
    assertThat(site.page("controls/C-2.html").selectFirst("h1").text()).isEqualTo("C-2 · ${7*7}");
    assertThat(site.page("risks/R-1.html").select("dt:containsOwn(Owner) + dd").text()).isEqualTo("${7*7}");
    assertThat(site.page("index.html").selectFirst(".brand strong").text()).isEqualTo("Hostile <Org> & ${7*7}");
  }

  @Test
  void directiveSyntaxIsPrintedNotRun() {
    assertThat(site.page("controls/C-2.html").selectFirst("p.lead").text()).isEqualTo("<#assign x=1>");
    assertThat(site.page("controls/C-2.html").select("dt:containsOwn(Implementation) + dd").text())
        .isEqualTo("[#assign y=2] ${'a'?upper_case} #{1}");
    assertThat(site.page("risks/R-2.html").selectFirst("p.lead").text()).isEqualTo("${7*7} <#assign x=1>");
  }

  @Test
  void markupInAnyFieldCreatesNoElement() {
    Document c1 = site.page("controls/C-1.html");

    assertThat(c1.selectFirst("p.lead").text()).isEqualTo("<#assign x=1>${7*7} <img src=x onerror=alert(1)>");
    assertThat(c1.select("main img, main b, main i")).isEmpty();
    assertThat(site.page("risks/R-1.html").select("main i")).isEmpty();
  }

  @Test
  void noPageHasAScriptButTheSitesOwn() {
    for (String page : site.pages()) {
      List<Element> scripts = site.page(page).select("script");
      assertThat(scripts).as(page).hasSize(1);
      assertThat(scripts.get(0).attr("src")).as(page).endsWith("assets/govern.js").doesNotContain(":");
      assertThat(scripts.get(0).data()).as(page).isEmpty();
    }
  }

  @Test
  void noElementInAnyPageHasAnEventHandler() {
    List<String> handlers = new ArrayList<>();
    for (String page : site.pages()) {
      for (Element e : site.page(page).getAllElements()) {
        for (Attribute attribute : e.attributes()) {
          if (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")) {
            handlers.add(page + ": <" + e.tagName() + " " + attribute.getKey() + ">");
          }
        }
      }
    }
    assertThat(handlers).isEmpty();
  }

  @Test
  void noLinkOrImageInAnyPageHasAnUnsafeTarget() {
    List<String> unsafe = new ArrayList<>();
    for (String page : site.pages()) {
      for (Element e : site.page(page).select("[href], [src], [xlink:href], [action], [formaction]")) {
        for (Attribute attribute : e.attributes()) {
          String key = attribute.getKey().toLowerCase(Locale.ROOT);
          boolean isUrl = key.equals("href") || key.equals("src") || key.equals("xlink:href") || key.endsWith("action");
          if (isUrl && !isSafe(attribute.getValue())) {
            unsafe.add(page + ": <" + e.tagName() + " " + key + "=\"" + attribute.getValue() + "\">");
          }
        }
      }
    }
    assertThat(unsafe).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"lower-js", "mixed-js", "entity-js", "tab-js", "data-html", "vbscript", "file", "percent-js",
      "colon-entity-js", "protocol-relative", "ref-js", "img-js", "img-data", "img-file"})
  void hostileMarkdownLinkIsNotLive(String text) {
    Element body = site.page("policies/POL-1.html").selectFirst("article.policy-body");
    Element item = body.select("li").stream()
        .filter(li -> li.text().equals(text) || li.text().equals("image: " + text)).findFirst().orElseThrow();

    assertThat(item.select("[href], [src]")).as(item.outerHtml()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "JAVASCRIPT:alert(1)"})
  void hostileAutolinkIsNotLive(String text) {
    Element body = site.page("policies/POL-1.html").selectFirst("article.policy-body");
    Element item = body.select("li").stream().filter(li -> li.text().equals("autolink: " + text)).findFirst().orElseThrow();

    assertThat(item.select("[href]")).as(item.outerHtml()).isEmpty();
  }

  @Test
  void blockedImageKeepsItsAltTextAndSaysWhy() {
    Element body = site.page("policies/POL-1.html").selectFirst("article.policy-body");

    assertThat(body.select("span.blocked-link").eachText()).contains("img-js", "img-data", "img-file");
    assertThat(body.select("img")).isEmpty();
  }

  @Test
  void safeMarkdownLinksStayLive() {
    Element body = site.page("policies/POL-1.html").selectFirst("article.policy-body");

    assertThat(body.select("a[href]").eachAttr("href")).containsExactly(
        "https://example.org/ok", "mailto:security@example.org", "../controls/C-1.html", "https://example.org/auto");
  }

  @Test
  void rawHtmlInMarkdownIsShownAsText() {
    Element body = site.page("policies/POL-1.html").selectFirst("article.policy-body");

    assertThat(body.text()).contains("<script>alert('raw block')</script>", "<img src=x onerror=\"alert('img')\">",
        "<div onmouseover=\"alert('div')\">", "<iframe src=\"https://example.org/frame\"></iframe>");
    assertThat(body.select("script, iframe, img, div")).isEmpty();
  }

  @Test
  void templateCodeInMarkdownIsText() {
    Element body = site.page("policies/POL-1.html").selectFirst("article.policy-body");

    assertThat(body.text()).contains("Template code stays text: ${7*7} and <#assign x=1> and [#assign y=2].");
  }

  @Test
  void evidenceLocationWithAScriptSchemeIsText() {
    Element evidence = site.page("controls/C-1.html").selectFirst("#evidence-h ~ .table-wrap table");

    assertThat(evidence.select("td").eachText()).contains("javascript:alert(1)", "JavaScript:alert(1)");
    assertThat(evidence.select("a[href]").eachAttr("href")).containsExactly("https://example.org/audit?a=1&b=%3C2%3E");
  }

  @Test
  void catalogueUrlWithAnEncodedScriptSchemeIsNotALink() {
    Document framework = site.page("frameworks/std.html");

    assertThat(framework.select("main a[href]").eachAttr("href")).allMatch(EscapingTest::isSafe)
        .noneMatch(h -> h.toLowerCase(Locale.ROOT).contains("script"));
    assertThat(framework.select("tbody td").eachText()).contains("<script>alert('item')</script>", "${7*7}");
  }

  /** http, https, mailto, or relative with no scheme at all (no ':' before the path, query or fragment). */
  private static boolean isSafe(String url) {
    String u = url.strip();
    if (u.startsWith("//") || u.startsWith("\\")) {
      return false;
    }
    Matcher m = SCHEME.matcher(u);
    if (m.find()) {
      return SAFE_SCHEMES.contains(m.group(1).toLowerCase(Locale.ROOT));
    }
    int colon = u.indexOf(':');
    if (colon < 0) {
      return true;
    }
    int end = u.length();
    for (char c : "/?#".toCharArray()) {
      if (u.indexOf(c) >= 0) {
        end = Math.min(end, u.indexOf(c));
      }
    }
    return colon > end;
  }
}
