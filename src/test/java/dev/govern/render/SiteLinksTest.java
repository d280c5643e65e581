package dev.govern.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every link in the site resolves: each {@code href} and {@code src} (in HTML and in the inline
 * SVG heatmaps) names a file of the site, each fragment an id in that page; resources are never
 * fetched from elsewhere (the site works offline); and every page has the landmarks a reader and a
 * screen reader expect.
 */
class SiteLinksTest {
  private static final Pattern SCHEME = Pattern.compile("^\\s*[a-zA-Z][a-zA-Z0-9+.\\-]*:");
  private static final Set<String> LINK_ATTRIBUTES = Set.of("href", "src", "xlink:href", "action", "srcset");

  @TempDir static Path dir;
  private static final Map<String, SiteFixture.Site> SITES = new HashMap<>();
  private static final Map<Path, Document> PARSED = new HashMap<>();

  @BeforeAll
  static void build() {
    SITES.put("shipped", SiteFixture.site(SiteFixture.SHIPPED, dir.resolve("shipped")));
    SITES.put("second", SiteFixture.site(SiteFixture.SECOND, dir.resolve("second")));
    SITES.put("hostile", SiteFixture.site(SiteFixture.HOSTILE, dir.resolve("hostile")));
  }

  /** One link found in a page. */
  private record Link(String page, String tag, String attribute, String url) {
    @Override
    public String toString() {
      return page + ": <" + tag + " " + attribute + "=\"" + url + "\">";
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"shipped", "second", "hostile"})
  void everyInternalLinkNamesAFileOfTheSite(String org) {
    SiteFixture.Site site = SITES.get(org);
    List<String> broken = new ArrayList<>();
    for (Link link : links(site)) {
      if (isExternal(link.url()) || link.url().startsWith("#")) {
        continue;
      }
      Path target = target(site, link);
      if (!target.startsWith(site.dir()) || !Files.isRegularFile(target)) {
        broken.add(link + " -> no such file");
      }
    }
    assertThat(broken).as("broken links in the %s site", org).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"shipped", "second", "hostile"})
  void everyFragmentNamesAnIdInItsPage(String org) {
    SiteFixture.Site site = SITES.get(org);
    List<String> broken = new ArrayList<>();
    int fragments = 0;
    for (Link link : links(site)) {
      int hash = link.url().indexOf('#');
      if (isExternal(link.url()) || hash < 0) {
        continue;
      }
      fragments++;
      Path target = target(site, link);
      String id = decode(link.url().substring(hash + 1));
      if (!Files.isRegularFile(target) || document(target).getElementById(id) == null) {
        broken.add(link + " -> no element with id '" + id + "'");
      }
    }
    assertThat(fragments).as("links with a fragment").isPositive();
    assertThat(broken).as("links to missing anchors in the %s site", org).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"shipped", "second", "hostile"})
  void heatmapRiskLinksInsideTheSvgResolve(String org) {
    SiteFixture.Site site = SITES.get(org);
    Document index = site.page("index.html");
    List<Element> svgLinks = index.select("svg.heatmap a[href]");

    assertThat(svgLinks).isNotEmpty();
    assertThat(svgLinks).allSatisfy(a -> assertThat(site.dir().resolve(decode(a.attr("href")))).isRegularFile());
  }

  @ParameterizedTest
  @ValueSource(strings = {"shipped", "second", "hostile"})
  void resourcesAreNeverFetchedFromElsewhere(String org) {
    List<Link> remote = links(SITES.get(org)).stream()
        .filter(l -> !(l.tag().equals("a") && l.attribute().equals("href")))
        .filter(l -> isExternal(l.url()))
        .toList();

    assertThat(remote).as("scripts, styles and images must come from the site itself").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"shipped", "second", "hostile"})
  void everyPageIsReachableFromTheDashboard(String org) {
    SiteFixture.Site site = SITES.get(org);
    Set<Path> seen = new TreeSet<>();
    Deque<Path> queue = new ArrayDeque<>(List.of(site.file("index.html")));
    while (!queue.isEmpty()) {
      Path page = queue.poll().normalize();
      if (!seen.add(page)) {
        continue;
      }
      for (Element a : document(page).select("a[href]")) {
        String url = a.attr("href");
        if (!isExternal(url) && !url.startsWith("#")) {
          Path target = page.getParent().resolve(decode(strip(url))).normalize();
          if (target.toString().endsWith(".html") && Files.isRegularFile(target)) {
            queue.add(target);
          }
        }
      }
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(
        SiteFixture.htmlPages(site.dir()).stream().map(Path::normalize).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"shipped", "second", "hostile"})
  void everyPageHasOneH1AMainANavALanguageAndATitle(String org) {
    SiteFixture.Site site = SITES.get(org);
    List<String> pages = site.pages();

    assertThat(pages).isNotEmpty().allSatisfy(page -> {
      Document doc = site.page(page);
      assertThat(doc.select("h1")).as("%s: h1", page).hasSize(1);
      assertThat(doc.select("main")).as("%s: main", page).hasSize(1);
      assertThat(doc.select("nav")).as("%s: nav", page).isNotEmpty();
      assertThat(doc.selectFirst("html").attr("lang")).as("%s: html lang", page).isNotBlank();
      assertThat(doc.title()).as("%s: title", page).isNotBlank();
    });
  }

  private static List<Link> links(SiteFixture.Site site) {
    List<Link> links = new ArrayList<>();
    for (String page : site.pages()) {
      for (Element e : document(site.file(page)).getAllElements()) {
        for (Attribute attribute : e.attributes()) {
          if (LINK_ATTRIBUTES.contains(attribute.getKey().toLowerCase(Locale.ROOT))) {
            links.add(new Link(page, e.tagName(), attribute.getKey(), attribute.getValue()));
          }
        }
      }
    }
    assertThat(links).isNotEmpty();
    return links;
  }

  /** The file a relative link names, or the page itself for a fragment-only link. */
  private static Path target(SiteFixture.Site site, Link link) {
    Path page = site.file(link.page());
    String path = strip(link.url());
    return path.isEmpty() ? page : page.getParent().resolve(decode(path)).normalize();
  }

  /** Whether a URL has a scheme or is protocol-relative: it leaves the site. */
  private static boolean isExternal(String url) {
    return SCHEME.matcher(url).find() || url.startsWith("//");
  }

  private static String strip(String url) {
    int end = firstOf(url, "?#");
    return end == Integer.MAX_VALUE ? url : url.substring(0, end);
  }

  private static int firstOf(String s, String chars) {
    int best = Integer.MAX_VALUE;
    for (char c : chars.toCharArray()) {
      int i = s.indexOf(c);
      if (i >= 0) {
        best = Math.min(best, i);
      }
    }
    return best;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static synchronized Document document(Path page) {
    return PARSED.computeIfAbsent(page.normalize(), SiteFixture::parse);
  }
}
