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
 * and residual level, an unearned reduction and whether it is above the risk appetite; per KPI its
 * status; per framework item the controls that cover it, or that none does; per policy its version,
 * effective date and review; the provenance (govern version, data digest); the repository scan
 * (inventory, findings, violations, assistant files) and the AI attribution figures (totals,
 * months, repositories, prohibited commits). Facts are read from the site's pages and from the
 * print HTML the PDF is made from, and the PDF's own text is checked to carry the flags.
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
        "evidence TM-003 Configuration templates per tool Overdue", "item nist-ai-rmf GOVERN 1.3 none",
        "item nist-ai-rmf GOVERN 1.1 TM-001", "appetite Medium");
    assertThat(site).anyMatch(f -> f.startsWith("built with govern ")).anyMatch(f -> f.startsWith("data sha-256 "))
        .anyMatch(f -> f.startsWith("policy ")).anyMatch(f -> f.startsWith("repo "))
        .anyMatch(f -> f.startsWith("finding ")).anyMatch(f -> f.startsWith("file "))
        .anyMatch(f -> f.startsWith("ai total ")).anyMatch(f -> f.startsWith("ai month "))
        .anyMatch(f -> f.startsWith("ai repository ")).anyMatch(f -> f.startsWith("ai prohibited "));
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
      assertThat(count(text, "above\\s+appetite")).isEqualTo(print.select(".above-appetite").size());
      assertThat(count(text, "Unearned\\s+reduction")).isEqualTo(print.select("td.unearned").size());
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
      String id = row.child(0).text();
      facts.add("risk " + id + " inherent " + row.child(4).text() + " residual " + row.child(6).select(".level").text());
      if (!row.child(6).select("a.unearned").isEmpty()) {
        facts.add("unearned " + id);
      }
      if (!row.child(6).select(".above-appetite").isEmpty()) {
        facts.add("above appetite " + id);
      }
    }
    Element appetite = risks.getElementById("appetite");
    if (appetite != null) {
      facts.add("appetite " + appetite.selectFirst(".level").text());
    }
    Element provenance = SiteFixture.parse(site.resolve("index.html")).selectFirst("footer .provenance");
    if (provenance != null) {
      java.util.regex.Matcher version = java.util.regex.Pattern.compile("Built with govern (\\S+?)[.,](?:\\s|$)").matcher(provenance.text());
      facts.add("built with govern " + (version.find() ? version.group(1) : "?"));
      facts.add("data sha-256 " + provenance.selectFirst("code.digest").text());
    }
    Document policies = SiteFixture.parse(site.resolve("policies/index.html"));
    for (Element row : policies.select("tbody tr")) {
      String id = row.child(0).text();
      facts.add("policy " + id + " version " + row.child(2).text());
      facts.add("policy " + id + " effective " + row.child(4).text());
      facts.add("policy " + id + " reviewed " + row.child(5).text() + " " + row.child(6).text());
    }
    siteScanFacts(site, facts);
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
      if (!table.select("td.unearned").isEmpty()) {
        facts.add("unearned " + id);
      }
      if (!table.child(0).child(1).select(".above-appetite").isEmpty()) {
        facts.add("above appetite " + id);
      }
    }
    Element appetite = print.getElementById("appetite");
    if (appetite != null) {
      facts.add("appetite " + appetite.selectFirst(".level").text());
    }
    for (Element row : print.select("h2:containsOwn(Provenance) + table tr")) {
      switch (row.child(0).text()) {
        case "Built with" -> facts.add("built with " + row.child(1).text());
        case "Data SHA-256" -> facts.add("data sha-256 " + row.child(1).text());
        default -> { }
      }
    }
    for (Element policy : print.select("div.policy")) {
      String id = policy.selectFirst("h2").text().split(" · ")[0].strip();
      String approval = policy.select("p.muted").get(0).text();
      String review = policy.select("p.muted").get(1).text();
      java.util.regex.Matcher version = java.util.regex.Pattern.compile("^Version (\\S+) · ").matcher(approval);
      facts.add("policy " + id + " version " + (version.find() ? version.group(1) : "—"));
      facts.add("policy " + id + " effective " + approval.substring(approval.indexOf("Effective: ") + "Effective: ".length()));
      java.util.regex.Matcher reviewed = java.util.regex.Pattern.compile("Last reviewed: (not yet|\\S+)").matcher(review);
      facts.add("policy " + id + " reviewed " + (reviewed.find() ? reviewed.group(1) : "?") + " "
          + policy.select("p.muted").get(1).select(".badge").text());
    }
    printScanFacts(print, facts);
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

  /** The repository scan and the AI attribution as the site's two pages state them. */
  private static void siteScanFacts(Path site, Set<String> facts) {
    Document repos = SiteFixture.parse(site.resolve("repositories.html"));
    for (Element row : repos.select("[aria-label=Repository inventory] tbody tr")) {
      Element th = row.child(0);
      String head = th.selectFirst(".meta").text();
      String id = th.text().substring(0, th.text().length() - head.length()).strip();
      facts.add("repo " + id + " " + head + " " + cells(row, 1));
      Element section = repos.getElementById("repo-" + id);
      if (section == null) {
        continue;
      }
      for (Element finding : section.select("table tbody tr")) {
        facts.add("finding " + id + " " + finding.child(0).text() + " " + finding.child(1).text() + ": "
            + finding.child(2).text() + " " + finding.child(3).text());
      }
      for (Element v : section.select("h3:containsOwn(Classification violations) + ul li")) {
        facts.add("violation " + id + " " + v.text());
      }
      for (Element file : section.select("ul.files li")) {
        facts.add("file " + id + " " + file.selectFirst("code").text() + " "
            + (file.text().contains("no CODEOWNERS owner") ? "none" : "yes"));
      }
    }
    Path aiPage = site.resolve("ai-attribution.html");
    if (Files.exists(aiPage)) {
      Document ai = SiteFixture.parse(aiPage);
      aiTotals(ai.select("ul.stats").text(), facts);
      ai.select("[aria-label=AI-attributed commits by month] tbody tr").forEach(r -> facts.add("ai month " + cells(r, 0)));
      ai.select("[aria-label=AI-attributed commits by repository] tbody tr")
          .forEach(r -> facts.add("ai repository " + cells(r, 0)));
      ai.select("[aria-label=AI-attributed commits where AI tools are prohibited] tbody tr")
          .forEach(r -> facts.add("ai prohibited " + cells(r, 0)));
    }
  }

  /** The same, as the PDF's repository chapter and AI attribution appendix state them. */
  private static void printScanFacts(Document print, Set<String> facts) {
    Element chapter = print.getElementById("repositories");
    if (chapter != null) {
      for (Element row : chapter.select("h2:containsOwn(Inventory) + table tbody tr")) {
        facts.add("repo " + row.child(0).text() + " " + row.child(1).text() + " " + cells(row, 2));
      }
      for (Element row : chapter.select("h2:containsOwn(Findings in assistant files) + table tbody tr")) {
        String where = row.child(0).text();
        int colon = where.indexOf(": ");
        facts.add("finding " + where.substring(0, colon) + " " + where.substring(colon + 2) + " " + row.child(1).text()
            + " " + row.child(2).text());
      }
      for (Element v : chapter.select("h2:containsOwn(Classification violations) + ul li")) {
        String text = v.text();
        int colon = text.indexOf(": ");
        facts.add("violation " + text.substring(0, colon) + " " + text.substring(colon + 2));
      }
      for (Element row : chapter.select("h2:matchesOwn(^Assistant files$) + table tbody tr")) {
        facts.add("file " + cells(row, 0));
      }
    }
    Element ai = print.getElementById("ai-attribution");
    if (ai != null) {
      aiTotals(ai.selectFirst("p").text(), facts);
      ai.select("table.ai-months tbody tr").forEach(r -> facts.add("ai month " + cells(r, 0)));
      ai.select("table.ai-repositories tbody tr").forEach(r -> facts.add("ai repository " + cells(r, 0)));
      ai.select("table.ai-violations tbody tr").forEach(r -> facts.add("ai prohibited " + cells(r, 0)));
    }
  }

  private static void aiTotals(String text, Set<String> facts) {
    for (String figure : List.of("(\\S+% AI-attributed commits \\(\\d+ of \\d+)",
        "(\\S+% of lines added were added in AI-attributed commits \\(\\d+ of \\d+\\))",
        "(\\d+ lines attributed to AI line by line)", "(\\d+) AI-attributed commits? (?:in repositories whose|where the) classification prohibits")) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile(figure).matcher(text);
      facts.add("ai total " + (m.find() ? m.group(1) : "none: " + figure));
    }
  }

  /** The text of a row's cells from {@code from} on, one space between them. */
  private static String cells(Element row, int from) {
    return row.children().subList(from, row.childrenSize()).stream().map(Element::text).collect(Collectors.joining(" "));
  }

  private static int count(String text, String regex) {
    return (int) java.util.regex.Pattern.compile(regex).matcher(text).results().count();
  }
}
