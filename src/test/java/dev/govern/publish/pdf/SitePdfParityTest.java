package dev.govern.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.cli.GovernCommand;
import dev.govern.render.SiteFixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site and the PDF state the same facts, for the sample and the second organisation: per
 * control its status, an overdue review and each evidence item's freshness; per risk its inherent
 * and residual level; per KPI its status; per framework item the controls that cover it, or that
 * none does. Facts are read from the site's pages and from the print HTML the PDF is made from,
 * and the PDF's own text is checked to carry the flags.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SitePdfParityTest {
  private Path shipped;
  private Path second;

  @BeforeAll
  void build(@TempDir Path dir) throws IOException {
    shipped = build(SiteFixture.copy(SiteFixture.SHIPPED, dir.resolve("shipped/data")), dir.resolve("shipped/site"));
    Path secondRepo = dir.resolve("second");
    Path data = SiteFixture.copy(SiteFixture.SECOND, secondRepo.resolve("data"));
    FontSetTest.copyCjkFont(secondRepo);
    second = build(data, secondRepo.resolve("site"));
  }

  @Test
  void sampleSiteAndPdfStateTheSameFacts() throws IOException {
    Set<String> site = siteFacts(shipped);
    assertThat(site).contains("control TM-001 status Implemented", "review TM-003 Overdue", "review CMP-002 Overdue",
        "evidence TM-003 Compliance scan results Overdue", "item nist-ai-rmf GOVERN 1.3 none",
        "item nist-ai-rmf GOVERN 1.1 TM-001");
    assertThat(printFacts(shipped)).isEqualTo(site);
  }

  @Test
  void secondOrganisationSiteAndPdfStateTheSameFacts() throws IOException {
    Set<String> site = siteFacts(second);
    assertThat(site).anyMatch(f -> f.startsWith("risk ")).anyMatch(f -> f.startsWith("item "))
        .anyMatch(f -> f.startsWith("kpi "));
    assertThat(printFacts(second)).isEqualTo(site);
  }

  @Test
  void pdfTextCarriesEveryOverdueAndUncoveredFlagOfThePrintHtml() throws IOException {
    for (Path site : List.of(shipped, second)) {
      Document print = SiteFixture.parse(site.resolve("print.html"));
      String text;
      try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(site.resolve("governance-report.pdf")))) {
        text = new PDFTextStripper().getText(doc);
      }
      assertThat(count(text, "Not covered")).isEqualTo(print.select(".uncovered").size()).isPositive();
      // "Overdue items" is the executive summary's heading, not a flag.
      assertThat(count(text, "Overdue(?! items)")).isEqualTo(print.select(".fr-overdue").size());
    }
  }

  private static Path build(Path data, Path out) {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code = GovernCommand.run(new String[] {"build", "--data", data.toString(), "--out", out.toString(),
        "--as-of", SiteFixture.AS_OF}, new PrintWriter(stdout), new PrintWriter(stderr), SiteFixture.ENV);
    assertThat(code).as(stdout + "" + stderr).isZero();
    return out;
  }

  private static Set<String> siteFacts(Path site) {
    Set<String> facts = new TreeSet<>();
    Document controls = SiteFixture.parse(site.resolve("controls/index.html"));
    for (Element row : controls.select("#controls-table tbody tr")) {
      String id = row.child(0).text();
      facts.add("control " + id + " status " + row.child(3).select(".badge").text());
      for (Element flag : row.select(".fr-overdue")) {
        if (flag.parent() == row.child(6)) {
          facts.add("review " + id + " " + flag.text());
        }
      }
      Document page = SiteFixture.parse(site.resolve("controls").resolve(row.child(0).selectFirst("a").attr("href")));
      for (Element e : page.select("section[aria-labelledby=evidence-h] tbody tr")) {
        facts.add("evidence " + id + " " + e.child(0).text() + " " + e.child(3).text());
      }
    }
    Document risks = SiteFixture.parse(site.resolve("risks/index.html"));
    for (Element row : risks.select("#risk-table tbody tr")) {
      facts.add("risk " + row.child(0).text() + " inherent " + row.child(4).text() + " residual " + row.child(6).text());
    }
    Document kpis = SiteFixture.parse(site.resolve("kpis.html"));
    for (Element h : kpis.select("section[id^=kpi-] > h3")) {
      facts.add("kpi " + h.ownText().strip() + " " + h.select(".badge").text());
    }
    Document frameworks = SiteFixture.parse(site.resolve("frameworks/index.html"));
    for (Element link : frameworks.select(".cards h2 a")) {
      String slug = link.attr("href").replaceAll(".*/|\\.html$", "");
      Document page = SiteFixture.parse(site.resolve("frameworks").resolve(slug + ".html"));
      for (Element row : page.select("tr[id^=item-]")) {
        if (row.hasClass("group-row")) {
          continue;
        }
        List<String> ids = row.child(2).select("a").eachText();
        facts.add("item " + slug + " " + row.child(0).text() + " " + (ids.isEmpty() ? "none" : String.join(" ", ids)));
      }
    }
    return facts;
  }

  private static Set<String> printFacts(Path site) {
    Set<String> facts = new TreeSet<>();
    Document print = SiteFixture.parse(site.resolve("print.html"));
    for (Element h : print.select("h3[id^=control-]")) {
      String id = h.ownText().split(" · ")[0].strip();
      facts.add("control " + id + " status " + h.select(".badge").text());
      Element control = h.parent();
      for (Element row : control.select("table.fields tr")) {
        if (row.child(0).text().equals("Last reviewed")) {
          row.select(".fr-overdue").forEach(flag -> facts.add("review " + id + " " + flag.text()));
        }
      }
      for (Element e : control.select("table.evidence tbody tr")) {
        facts.add("evidence " + id + " " + e.child(0).ownText().strip() + " " + e.child(2).text());
      }
    }
    for (Element h : print.select("h3[id^=risk-]")) {
      String id = h.text().split(" · ")[0].strip();
      Element table = h.parent().selectFirst("table.fields");
      facts.add("risk " + id + " inherent " + table.child(0).child(0).select(".level").text()
          + " residual " + table.child(0).child(1).select(".level").text());
    }
    for (Element row : print.select("#kpis > table").first().select("tbody tr")) {
      facts.add("kpi " + row.child(0).text() + " " + row.child(3).text());
    }
    for (Element h : print.select("h2[id^=framework-]")) {
      String slug = h.id().substring("framework-".length());
      Element table = h.parent().nextElementSiblings().select("table.items").first();
      for (Element row : table.select("tbody tr:not(.group-row)")) {
        String controls = row.child(2).ownText().replace(",", " ").strip();
        List<String> ids = Arrays.stream(controls.split("\\s+")).filter(s -> !s.isEmpty()).toList();
        facts.add("item " + slug + " " + row.child(0).text() + " "
            + (ids.isEmpty() ? "none" : ids.stream().collect(Collectors.joining(" "))));
      }
    }
    return facts;
  }

  private static int count(String text, String regex) {
    return (int) java.util.regex.Pattern.compile(regex).matcher(text).results().count();
  }
}
