package dev.govern.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.analysis.Analysis;
import dev.govern.analysis.Heatmap;
import dev.govern.analysis.MaturityAssessment;
import dev.govern.model.Control;
import dev.govern.model.Governance;
import dev.govern.model.Risk;
import dev.govern.model.Tool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pages say what the analysis computed: each control's reverse links, each risk's controls,
 * each heatmap cell's risks, the maturity level and gaps, and the tool access matrix. Expected
 * values come from {@link Analysis} of the same data, never from the pages themselves.
 */
class SitePagesTest {
  @TempDir static Path dir;
  private static final Map<String, SiteFixture.Site> SITES = new HashMap<>();
  private static SiteFixture.Site site;
  private static Governance g;
  private static Analysis a;

  @BeforeAll
  static void build() {
    site = SiteFixture.site(SiteFixture.SHIPPED, dir.resolve("shipped"));
    SITES.put("shipped", site);
    SITES.put("second", SiteFixture.site(SiteFixture.SECOND, dir.resolve("second")));
    g = site.governance();
    a = site.analysis();
  }

  @Test
  void everyControlHasAPageLinkedFromTheControlList() {
    Document list = site.page("controls/index.html");

    for (Control c : g.controls()) {
      assertThat(site.file(SiteModel.controlPage(c.id()))).isRegularFile();
      assertThat(list.select("#controls-table a[href]").eachAttr("href"))
          .contains("../" + SiteModel.controlPage(c.id()));
    }
  }

  @Test
  void controlPageListsTheRisksItMitigates() {
    for (Control c : g.controls()) {
      assertThat(linksAfter(controlPage(c), "Risks it mitigates")).as(c.id())
          .containsExactlyElementsOf(a.links().get(c.id()).risks().stream()
              .map(r -> "../" + SiteModel.riskPage(r.id())).toList());
    }
  }

  @Test
  void controlPageListsTheMaturityLevelsThatRequireIt() {
    for (Control c : g.controls()) {
      assertThat(linksAfter(controlPage(c), "Maturity levels that require it")).as(c.id())
          .containsExactlyElementsOf(a.links().get(c.id()).levels().stream()
              .map(l -> "../maturity.html#level-" + l.level()).toList());
    }
  }

  @Test
  void controlPageListsTheFrameworkItemsItMapsTo() {
    for (Control c : g.controls()) {
      assertThat(linksAfter(controlPage(c), "Framework items it maps to")).as(c.id())
          .containsExactlyElementsOf(a.links().get(c.id()).items().stream()
              .map(i -> "../" + SiteModel.cataloguePage(i.catalogue().id()) + "#item-" + Slugs.of(i.itemId())).toList());
    }
  }

  @Test
  void controlPageListsThePoliciesThatNameIt() {
    for (Control c : g.controls()) {
      assertThat(linksAfter(controlPage(c), "Policies that name it")).as(c.id())
          .containsExactlyElementsOf(a.links().get(c.id()).policies().stream()
              .map(p -> "../" + SiteModel.policyPage(p.id())).toList());
    }
  }

  @Test
  void riskPageShowsAnUnearnedReductionAndOnlyThere() {
    assertThat(site.page(SiteModel.riskPage("R003")).select("#unearned").text()).isEqualTo("Unearned reduction: the"
        + " residual level Medium is below the inherent level High, but its control is not implemented (CMP-001"
        + " planned): the reduction is claimed, not earned.");
    assertThat(site.page(SiteModel.riskPage("R001")).select("#unearned")).isEmpty();
    assertThat(site.page("risks/index.html").select("a.unearned").eachAttr("href"))
        .containsExactly("../risks/R003.html#unearned", "../risks/R004.html#unearned", "../risks/R007.html#unearned");
  }

  @Test
  void shippedDataHasReverseLinksOfEveryKind() {
    // Guards the four tests above against passing on empty lists.
    assertThat(a.links().values()).anyMatch(l -> !l.risks().isEmpty()).anyMatch(l -> !l.levels().isEmpty())
        .anyMatch(l -> !l.items().isEmpty()).anyMatch(l -> !l.policies().isEmpty());
  }

  @Test
  void controlPageShowsItsStatusAsTextAndItsEvidence() {
    for (Control c : g.controls()) {
      Document page = controlPage(c);
      assertThat(page.select("h1").text()).contains(c.id(), c.name());
      assertThat(page.select("dl.fields .badge").first().text()).isEqualTo(c.status().label());
      assertThat(page.select("#evidence-h ~ * td:first-child").eachText())
          .containsExactlyElementsOf(c.evidence().stream().map(e -> e.name()).toList());
    }
  }

  @Test
  void riskPageListsItsControlsWithTheirStatus() {
    for (Risk r : g.risks()) {
      Document page = site.page(SiteModel.riskPage(r.id()));
      Map<String, String> shown = new LinkedHashMap<>();
      for (Element row : page.select("#controls-h ~ .table-wrap tbody tr")) {
        shown.put(row.select("td a[href]").text(), row.select(".badge").text());
      }
      Map<String, String> expected = new LinkedHashMap<>();
      r.controls().forEach(id -> expected.put(id, g.control(id).orElseThrow().status().label()));

      assertThat(shown).as(r.id()).containsExactlyEntriesOf(expected);
    }
  }

  @Test
  void riskPageLinksEachControlToItsPage() {
    for (Risk r : g.risks()) {
      assertThat(site.page(SiteModel.riskPage(r.id())).select("#controls-h ~ .table-wrap tbody a[href]").eachAttr("href"))
          .as(r.id()).containsExactlyElementsOf(r.controls().stream().map(id -> "../" + SiteModel.controlPage(id)).toList());
    }
  }

  @ParameterizedTest
  @CsvSource({
      "shipped, index.html, inherent", "shipped, index.html, residual",
      "shipped, risks/index.html, inherent", "shipped, risks/index.html, residual",
      "second, index.html, inherent", "second, index.html, residual",
      "second, risks/index.html, inherent", "second, risks/index.html, residual"})
  void heatmapCellsHoldExactlyTheRisksTheAnalysisPutThere(String org, String page, String kind) {
    SiteFixture.Site s = SITES.get(org);
    Heatmap heatmap = kind.equals("inherent") ? s.analysis().inherent() : s.analysis().residual();
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (Heatmap.Row row : heatmap.rows()) {
      for (Heatmap.Cell cell : row.cells()) {
        expected.put(cell.likelihood().id() + " × " + cell.impact().id() + " " + cell.level().id(),
            cell.risks().stream().map(Risk::id).toList());
      }
    }

    Map<String, List<String>> shown = new LinkedHashMap<>();
    for (Element cell : s.page(page).select("figure#fig-heatmap-" + kind + " svg g.cell")) {
      shown.put(cell.attr("data-likelihood") + " × " + cell.attr("data-impact") + " " + cell.attr("data-level"),
          cell.select("a.risk").eachText());
    }

    assertThat(shown).containsExactlyEntriesOf(expected);
    assertThat(expected.values()).anyMatch(ids -> !ids.isEmpty());
  }

  @ParameterizedTest
  @CsvSource({"shipped, index.html", "shipped, risks/index.html", "second, index.html", "second, risks/index.html"})
  void heatmapCellsShowTheirLevelAsText(String org, String page) {
    SiteFixture.Site s = SITES.get(org);
    Map<String, String> labels = new HashMap<>();
    s.governance().matrix().levels().forEach(l -> labels.put(l.id(), l.label()));

    assertThat(s.page(page).select("svg.heatmap g.cell")).isNotEmpty().allSatisfy(cell ->
        assertThat(cell.selectFirst("text").text()).isEqualTo(clip(labels.get(cell.attr("data-level")))));
  }

  @Test
  void maturityPageShowsTheLevelReached() {
    MaturityAssessment m = a.maturity();
    Document page = site.page("maturity.html");

    assertThat(page.selectFirst("p.lead").text()).startsWith("Level reached: " + m.current().level() + " " + m.current().name());
    for (MaturityAssessment.LevelStatus level : m.levels()) {
      assertThat(page.select("#level-" + level.level().level() + " h3 .badge").text()).as("level %s", level.level().level())
          .isEqualTo(level.reached() ? "Reached" : "Not reached");
    }
  }

  @Test
  void maturityPageListsTheGapsToTheNextLevel() {
    Document page = site.page("maturity.html");
    List<String> shown = new ArrayList<>();
    page.select(".gaps li").forEach(li -> shown.add(li.text().split(" ")[0]));

    assertThat(a.maturity().gaps()).isNotEmpty();
    assertThat(page.selectFirst(".gaps strong").text()).contains("to level " + a.maturity().next().level());
    assertThat(shown).containsExactlyElementsOf(a.maturity().gaps());
  }

  @Test
  void maturityPageTicksEachRequirementAsTheAssessmentDoes() {
    Document page = site.page("maturity.html");
    for (MaturityAssessment.LevelStatus level : a.maturity().levels()) {
      assertThat(page.select("#level-" + level.level().level() + " ul.req li .visually-hidden").eachText())
          .as("level %s", level.level().level())
          .containsExactlyElementsOf(level.requirements().stream().map(r -> r.met() ? "met:" : "not met:").toList());
    }
  }

  @Test
  void toolsPageHasTheClassificationByToolMatrix() {
    Document page = site.page("tools.html");
    Element matrix = page.selectFirst("table:has(th:containsOwn(Classification))");

    assertThat(matrix.select("thead th").eachText().subList(1, g.tools().size() + 1))
        .containsExactlyElementsOf(g.tools().stream().map(Tool::name).toList());
    List<Element> rows = matrix.select("tbody tr");
    assertThat(rows).hasSameSizeAs(a.access());
    for (int i = 0; i < rows.size(); i++) {
      Analysis.AccessRow expected = a.access().get(i);
      assertThat(rows.get(i).selectFirst("th").ownText()).isEqualTo(expected.classification().id());
      assertThat(rows.get(i).select("td").eachText()).as(expected.classification().id())
          .containsExactlyElementsOf(expected.allowed().stream().map(ok -> ok ? "✓ Allowed" : "✗ Not allowed").toList());
    }
  }

  @Test
  void toolsPageListsEveryToolWithItsStatus() {
    Document page = site.page("tools.html");

    assertThat(page.select("table").first().select("tbody tr")).extracting(tr -> tr.selectFirst("th").text()
        + " " + tr.selectFirst(".badge").text())
        .containsExactlyElementsOf(g.tools().stream().map(t -> t.name() + " " + t.status().label()).toList());
  }

  @Test
  void dashboardShowsTheAsOfDateAndTheLevelReached() {
    Document index = site.page("index.html");

    assertThat(index.selectFirst("p.lead").text()).contains("as of " + SiteFixture.AS_OF);
    assertThat(index.selectFirst(".card:has(h2:containsOwn(Maturity level)) .big").text())
        .isEqualTo(a.maturity().current().level() + " " + a.maturity().current().name());
  }

  private static Document controlPage(Control c) {
    return site.page(SiteModel.controlPage(c.id()));
  }

  /** The link targets in the list that follows the h3 named {@code heading}; empty when it says "None". */
  private static List<String> linksAfter(Document page, String heading) {
    Element h3 = page.select("h3").stream().filter(h -> h.text().equals(heading)).findFirst().orElseThrow();
    return h3.nextElementSibling().select("a[href]").eachAttr("href");
  }

  /** As HeatmapSvg clips a level's name to fit its cell. */
  private static String clip(String s) {
    return s.length() <= 18 ? s : s.substring(0, 17) + "…";
  }
}
