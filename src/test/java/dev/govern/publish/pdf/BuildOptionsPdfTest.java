package dev.govern.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.cli.GovernCommand;
import dev.govern.history.TestRepo;
import dev.govern.render.SiteFixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Every combination of build options gives a PDF that veraPDF passes as PDF/A-3a and PDF/UA-1: a
 * governance repo with Git history (trend charts), with and without {@code --since} a tag before
 * a change in every section (controls, risks, KPIs, framework coverage, policies), and with a
 * brand (logo and colours).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuildOptionsPdfTest {
  private static final String AUDIT = "audit-2026";
  private Path data;
  private Path out;

  @BeforeAll
  void repositoryWithAChangeInEverySection(@TempDir Path dir) {
    out = dir.resolve("out");
    try (TestRepo repo = TestRepo.of(dir.resolve("repo"), SiteFixture.SHIPPED)) {
      data = repo.data();
      repo.commit("Governance as audited");
      repo.tag(AUDIT, true);
      repo.replace("controls/tool-management.yaml", "    status: implemented\n    owner: IT Asset Management",
              "    status: partial\n    owner: IT Asset Management")
          .replace("risks.yaml", "    residual_likelihood: unlikely\n    residual_impact: major\n    residual_risk: medium\n"
              + "    owner: Data Governance", "    residual_likelihood: possible\n    residual_impact: major\n"
              + "    residual_risk: high\n    owner: Data Governance")
          .replace("kpis.yaml", "{ period: 2026-11, critical: 98.6, high: 96.3 }",
              "{ period: 2026-11, critical: 99.6, high: 97.3 }")
          .replace("controls/tool-management.yaml", "      nist-ai-rmf: [GOVERN 1.1]\n", "      nist-ai-rmf: [GOVERN 1.1, GOVERN 1.3]\n")
          .replace("policies/ai-code-generation-usage.md", "last_reviewed: 2026-09-15", "last_reviewed: 2026-10-15");
      repo.commit("Changes after the audit");
    }
  }

  static Stream<Arguments> options() {
    return Stream.of(
        Arguments.of("history", List.of()),
        Arguments.of("since", List.of("--since", AUDIT)),
        Arguments.of("brand", List.of("--since", AUDIT)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("options")
  void pdfPassesVeraPdf(String name, List<String> options) throws IOException {
    Path site = out.resolve(name);
    if (name.equals("brand")) {
      // Last of the runs: the brand stays in the (now uncommitted) data.
      Files.writeString(data.resolve("governance.yaml"), Files.readString(data.resolve("governance.yaml"))
          + "  brand:\n    logo: branding/logo.svg\n    primary: \"#6a1b9a\"\n");
      SiteFixture.write(data.resolveSibling("branding/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\""
          + " viewBox=\"0 0 40 40\" width=\"40\" height=\"40\"><rect width=\"40\" height=\"40\" fill=\"#6a1b9a\"/></svg>");
    }
    List<String> args = new ArrayList<>(List.of("build", "--data", data.toString(), "--out", site.toString(),
        "--as-of", SiteFixture.AS_OF));
    args.addAll(options);
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code = GovernCommand.run(args.toArray(String[]::new), new PrintWriter(stdout), new PrintWriter(stderr),
        SiteFixture.ENV);
    assertThat(code).as(stdout + "" + stderr).isZero();
    assertThat(stderr.toString()).doesNotContain("accessibility:", "renderer:");
    byte[] pdf = Files.readAllBytes(site.resolve("governance-report.pdf"));
    assertThat(PdfTesting.veraPdfFailures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
    assertThat(PdfTesting.veraPdfFailures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    if (options.contains("--since")) {
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        String text = new PDFTextStripper().getText(doc);
        assertThat(text).contains("Changes since " + AUDIT, "TM-001", "R001", "GOVERN 1.3", "POL-001");
      }
    }
  }
}
