package dev.govern.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.govern.model.Control;
import dev.govern.model.Governance;
import dev.govern.model.Kpi;
import dev.govern.model.Risk;
import dev.govern.render.SiteFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The PDF report that {@code govern build} makes, for the shipped data and the second organisation. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPdfTest {
  private Path temp;

  private Governance shipped;
  private byte[] shippedPdf;
  private String shippedText;
  private SiteFixture.Run shippedRun;

  @BeforeAll
  void buildShippedReport(@TempDir Path dir) throws IOException {
    temp = dir;
    Path repo = temp.resolve("shipped");
    SiteFixture.Site site = SiteFixture.site(SiteFixture.SHIPPED, repo);
    shipped = site.governance();
    shippedRun = buildWithPdf(repo.resolve("data"), repo.resolve("site-pdf"));
    assertThat(shippedRun.code()).as(shippedRun.all()).isZero();
    shippedPdf = Files.readAllBytes(repo.resolve("site-pdf/governance-report.pdf"));
    shippedText = text(shippedPdf);
  }

  @Test
  void shippedReportConformsToPdfA3a() {
    assertThat(PdfTesting.veraPdfFailures(shippedPdf, PDFAFlavour.PDFA_3_A)).isEmpty();
  }

  @Test
  void shippedReportConformsToPdfUa1() {
    assertThat(PdfTesting.veraPdfFailures(shippedPdf, PDFAFlavour.PDFUA_1)).isEmpty();
  }

  @Test
  void aKpisTextIsReadBeforeTheNextKpiAsItIsSeen() throws IOException {
    // A floated block was tagged after the whole document: a screen reader met each KPI's
    // definition and figures only at the very end of the report.
    String order = String.join("\n", PdfTesting.readingOrder(shippedPdf)).replaceAll("\\s+", " ")
        .replace("\uFB01", "fi").replace("\uFB02", "fl");
    for (var category : shipped.kpiCategories()) {
      for (int i = 0; i + 1 < category.kpis().size(); i++) {
        var kpi = category.kpis().get(i);
        if (kpi.definition() == null) {
          continue;
        }
        String definition = kpi.definition().replaceAll("\\s+", " ");
        int text = order.indexOf(definition.substring(0, Math.min(40, definition.length())));
        int heading = order.lastIndexOf(kpi.name(), text);
        int next = order.indexOf(category.kpis().get(i + 1).name(), heading + kpi.name().length());
        assertThat(text).as(kpi.id()).isGreaterThan(heading).isLessThan(next);
      }
    }
  }

  @Test
  void shippedBuildHasNoRendererWarnings() {
    assertThat(shippedRun.err()).doesNotContain("renderer:", "accessibility:", "blocked:", "PDF:");
  }

  @Test
  void everyControlRiskKpiAndPolicyHeadingIsInTheText() {
    String flat = shippedText.replaceAll("\\s+", " ");
    for (Control c : shipped.controls()) {
      assertThat(flat).contains(c.id()).contains(c.name());
    }
    for (Risk r : shipped.risks()) {
      assertThat(flat).contains(r.id());
    }
    for (Kpi k : shipped.kpis()) {
      assertThat(flat).contains(k.name());
    }
    assertThat(flat).contains("AI Code Generation Usage Policy", "Purpose", "Approved Tools",
        "Data Classification Restrictions", "Required Controls", "Developer Responsibilities");
  }

  @Test
  void registerShowsTheUnearnedReductionOfTheSample() {
    // Text extraction may break a line inside "CMP-001"; join such breaks before comparing.
    String flat = shippedText.replaceAll("\\s+", " ").replace("- ", "-");
    assertThat(flat).contains("Unearned reduction Residual Medium is below inherent High, but its control is not"
        + " implemented (CMP-001 planned): the reduction is claimed, not earned.");
  }

  @Test
  void aPolicyCarriesItsVersionApprovalAndEffectiveDate() {
    assertThat(shippedText.replaceAll("\\s+", " ")).contains("Version 2.1 · Approved by: Dana Reyes"
        + " (Chief Information Security Officer), 2026-10-01 · Effective: 2026-10-15 In effect");
  }

  @Test
  void outlineHasTheSectionsAndEveryControlAndRisk() throws IOException {
    List<String> titles = outline(shippedPdf);
    assertThat(titles).contains("Document control", "Contents", "1 Executive summary", "2 Maturity assessment",
        "3 Control catalogue", "4 Risk register", "5 Key performance indicators", "6 Framework crosswalk",
        "7 Roadmap", "8 Policies", "Appendix A Evidence index", "Appendix B References");
    for (Control c : shipped.controls()) {
      assertThat(titles).contains(c.id() + " " + c.name());
    }
    for (Risk r : shipped.risks()) {
      assertThat(titles).anyMatch(t -> t.startsWith(r.id() + " "));
    }
  }

  @Test
  void everyPageAfterTheCoverSaysPageXOfY() throws IOException {
    try (PDDocument doc = Loader.loadPDF(shippedPdf)) {
      int pages = doc.getNumberOfPages();
      assertThat(pages).isGreaterThan(10);
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 2; i <= pages; i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        assertThat(stripper.getText(doc)).as("page %d", i).contains("Page " + i + " of " + pages);
      }
    }
  }

  @Test
  void metadataNamesTheDocument() throws IOException {
    try (PDDocument doc = Loader.loadPDF(shippedPdf)) {
      var info = doc.getDocumentInformation();
      assertThat(info.getTitle()).contains("AI Code Generation Governance", "Example Corp");
      assertThat(info.getAuthor()).isEqualTo("Security Engineering");
      assertThat(info.getSubject()).contains("as of 2026-11-25");
      assertThat(info.getKeywords()).contains("INTERNAL");
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
    }
  }

  @Test
  void secondOrganisationWithItsCjkFontConformsAndKeepsItsText() throws IOException {
    Path repo = temp.resolve("second");
    Path data = SiteFixture.copy(SiteFixture.SECOND, repo.resolve("data"));
    FontSetTest.copyCjkFont(repo);
    SiteFixture.Run run = buildWithPdf(data, repo.resolve("site"));
    assertThat(run.code()).as(run.all()).isZero();
    assertThat(run.err()).doesNotContain("no configured font can draw");
    byte[] pdf = Files.readAllBytes(repo.resolve("site/governance-report.pdf"));
    assertThat(PdfTesting.veraPdfFailures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
    assertThat(PdfTesting.veraPdfFailures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    String flat = text(pdf).replaceAll("\\s+", " ");
    assertThat(flat).contains("翰林軟體股份有限公司 (Hànlín Logiciels SàRL)", "Zoë Lefèvre-Müller", "機密 / CONFIDENTIEL");
  }

  @Test
  void secondOrganisationWithoutAFontOfItsOwnStillDrawsItsChinese() throws IOException {
    Path repo = temp.resolve("second-no-font");
    Path data = SiteFixture.copy(SiteFixture.SECOND, repo.resolve("data"));
    SiteFixture.write(data.resolve("governance.yaml"),
        readString(data.resolve("governance.yaml")).replaceAll("(?m)^\\s*fonts:.*$", "  fonts: []"));
    SiteFixture.Run run = buildWithPdf(data, repo.resolve("site"));
    assertThat(run.code()).as(run.all()).isZero();
    assertThat(run.all()).doesNotContain("can draw");
    String flat = text(Files.readAllBytes(repo.resolve("site/governance-report.pdf"))).replaceAll("\\s+", " ");
    assertThat(flat).contains("翰林軟體股份有限公司 (Hànlín Logiciels SàRL)").doesNotContain("#");
  }

  @Test
  void policyImagesFromLoopbackOrOutsideTheRepoAreNeitherFetchedNorRead() throws IOException {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    server.start();
    try {
      Path outside = Files.createDirectories(temp.resolve("outside"));
      Path secret = Files.writeString(outside.resolve("secret.svg"),
          "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>TOP-SECRET-MARKER</text></svg>");
      Path repo = temp.resolve("images");
      Path data = SiteFixture.copy(SiteFixture.SHIPPED, repo.resolve("data"));
      int port = server.getAddress().getPort();
      Path policy = data.resolve("policies/ai-code-generation-usage.md");
      SiteFixture.write(policy, readString(policy) + "\n\n![diagram](http://127.0.0.1:" + port + "/diagram.png)\n\n"
          + "![secret](" + secret.toUri() + ")\n");
      SiteFixture.Run run = buildWithPdf(data, repo.resolve("site"));
      assertThat(run.code()).as(run.all()).isZero();
      assertThat(requests.get()).isZero();
      byte[] pdf = Files.readAllBytes(repo.resolve("site/governance-report.pdf"));
      assertThat(text(pdf)).doesNotContain("TOP-SECRET-MARKER");
      assertThat(run.err()).contains("blocked: http://127.0.0.1:" + port + "/diagram.png");
    } finally {
      server.stop(0);
    }
  }

  private static SiteFixture.Run buildWithPdf(Path data, Path out) {
    java.io.StringWriter stdout = new java.io.StringWriter();
    java.io.StringWriter stderr = new java.io.StringWriter();
    int code = dev.govern.cli.GovernCommand.run(new String[] {"build", "--data", data.toString(), "--out", out.toString(),
        "--as-of", SiteFixture.AS_OF}, new java.io.PrintWriter(stdout), new java.io.PrintWriter(stderr), SiteFixture.ENV);
    return new SiteFixture.Run(code, stdout.toString(), stderr.toString());
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static List<String> outline(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> titles = new ArrayList<>();
      var root = doc.getDocumentCatalog().getDocumentOutline();
      if (root != null) {
        for (PDOutlineItem item : root.children()) {
          collect(item, titles);
        }
      }
      return titles;
    }
  }

  private static void collect(PDOutlineItem item, List<String> titles) {
    titles.add(item.getTitle());
    for (PDOutlineItem child : item.children()) {
      collect(child, titles);
    }
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
