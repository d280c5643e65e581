package dev.govern.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.model.Control;
import dev.govern.model.Scale;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The second organisation (a 4×4 grid, levels from 0, Chinese and accented names) builds with no
 * change to govern, and its pages show its own matrix, names and assessment.
 */
class SecondOrgSiteTest {
  private static final String ORGANISATION = "翰林軟體股份有限公司 (Hànlín Logiciels SàRL)";

  @TempDir static Path dir;
  private static SiteFixture.Site site;

  @BeforeAll
  static void build() {
    site = SiteFixture.site(SiteFixture.SECOND, dir);
  }

  @Test
  void buildsEveryPage() {
    assertThat(site.pages()).contains("index.html", "maturity.html", "risks/index.html", "tools.html")
        .hasSize(SiteModel.NAV.size() + site.governance().controls().size() + site.governance().risks().size()
            + site.governance().catalogues().size() + site.governance().policies().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"index.html", "risks/index.html"})
  void heatmapsHaveFourRowsOfFourCells(String page) {
    List<Element> heatmaps = site.page(page).select("svg.heatmap");
    List<String> likelihoods = site.governance().matrix().likelihood().stream().map(Scale::id).toList();
    List<String> impacts = site.governance().matrix().impact().stream().map(Scale::id).toList();

    assertThat(likelihoods).hasSize(4);
    assertThat(heatmaps).hasSize(2).allSatisfy(svg -> {
      assertThat(svg.select("g.cell")).hasSize(16);
      for (String likelihood : likelihoods) {
        assertThat(svg.select("g.cell[data-likelihood=" + likelihood + "]").eachAttr("data-impact"))
            .as(likelihood).containsExactlyElementsOf(impacts);
      }
    });
  }

  @Test
  void chineseAndAccentedNamesAppearAsWritten() {
    Document index = site.page("index.html");
    Control first = site.governance().controls().get(0);

    assertThat(index.selectFirst("header .brand strong").text()).isEqualTo(ORGANISATION);
    assertThat(index.title()).endsWith(ORGANISATION);
    assertThat(site.page(SiteModel.controlPage(first.id())).selectFirst("h1").text()).isEqualTo(first.id() + " · " + first.name());
    assertThat(site.page("controls/index.html").select("#controls-table td").eachText()).contains("Åsa Großmann");
  }

  @Test
  void pagesAreUtf8() {
    assertThat(site.page("index.html").select("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
    assertThat(site.page("index.html").text()).contains("人工智慧程式碼生成治理規範");
  }

  @Test
  void maturityPageShowsLevelOneReached() {
    Document maturity = site.page("maturity.html");

    assertThat(maturity.selectFirst("p.lead strong").text()).isEqualTo("1 基礎 · Fondamental");
    assertThat(maturity.select("#level-0 h3 .badge").text()).isEqualTo("Reached");
    assertThat(maturity.select("#level-1 h3 .badge").text()).isEqualTo("Reached");
    assertThat(maturity.select("#level-2 h3 .badge").text()).isEqualTo("Not reached");
  }

  @Test
  void maturityPageShowsDat02AsTheOnlyGap() {
    Document maturity = site.page("maturity.html");

    assertThat(maturity.selectFirst(".gaps strong").text()).isEqualTo("1 gap to level 2 受控 · Maîtrisé:");
    assertThat(maturity.select(".gaps li a").eachText()).containsExactly("DAT-02");
    assertThat(maturity.selectFirst(".gaps li a").attr("href")).isEqualTo("controls/DAT-02.html");
  }
}
