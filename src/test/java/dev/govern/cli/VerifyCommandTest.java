package dev.govern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govern.analysis.Analysis;
import dev.govern.history.TestRepo;
import dev.govern.load.Fixture;
import dev.govern.model.Control;
import dev.govern.model.Governance;
import dev.govern.provenance.ReceivedReport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as evidence: its attachments give back the figures, and {@code govern verify} passes
 * on a fresh build of a committed repo and fails on every kind of tampering.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerifyCommandTest {
  private TestRepo repo;
  private Path pdf;
  private byte[] bytes;

  @BeforeAll
  void buildACommittedRepo(@TempDir Path dir) throws Exception {
    repo = TestRepo.minimal(dir.resolve("repo"));
    repo.commit("Governance data");
    Cli.Result build = Cli.run("build", "--data", repo.data().toString());
    assertThat(build.code()).as(build.all()).isZero();
    pdf = repo.dir().resolve("site/governance-report.pdf");
    bytes = Files.readAllBytes(pdf);
  }

  private Cli.Result verify(byte[] report) throws Exception {
    Path file = Files.createTempFile(repo.dir().getParent(), "received", ".pdf");
    Files.write(file, report);
    return Cli.run("verify", file.toString(), "--data", repo.data().toString());
  }

  @Test
  void aFreshBuildOfACommittedRepoVerifies() throws Exception {
    Cli.Result r = verify(bytes);

    assertThat(r.code()).as(r.all()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("Verified: the report is identical, byte for byte");
  }

  @Test
  void aReportShowingRepositoryFilesOutsideTheDataVerifies(@TempDir Path dir) throws Exception {
    // The brand logo and a policy image named from the repository root live beside data/, not in it.
    try (TestRepo other = TestRepo.minimal(dir.resolve("repo"))) {
      other.writeOutside("branding/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\">"
          + "<rect width=\"20\" height=\"20\" fill=\"#0d3b66\"/></svg>");
      Files.createDirectories(other.dir().resolve("docs"));
      Files.write(other.dir().resolve("docs/flow.png"), PolicyImagesTest.png(40, 20));
      other.replace("governance.yaml", "document:", "report:\n  brand:\n    logo: branding/logo.svg\ndocument:");
      other.write("policies/use.md", Files.readString(other.data().resolve("policies/use.md"))
          + "\n![The review flow](/docs/flow.png)\n");
      other.commit("Brand and figure");
      Cli.Result build = Cli.run("build", "--data", other.data().toString());
      assertThat(build.code()).as(build.all()).isZero();
      Path received = dir.resolve("received.pdf");
      Files.copy(other.dir().resolve("site/governance-report.pdf"), received);

      Cli.Result r = Cli.run("verify", received.toString(), "--data", other.data().toString());

      assertThat(r.code()).as(r.all()).isEqualTo(ExitCodes.OK);
    }
  }

  @Test
  void anAppendedIncrementalUpdateFails() throws Exception {
    Cli.Result r = verify(withUpdateAppended(bytes));

    assertThat(r.code()).isEqualTo(ExitCodes.DIFFERS);
    assertThat(r.out()).contains("incremental update");
  }

  /** The report with a forged title appended as an incremental update, as an editor saves it. */
  static byte[] withUpdateAppended(byte[] report) throws Exception {
    ByteArrayOutputStream tampered = new ByteArrayOutputStream();
    try (PDDocument doc = Loader.loadPDF(report)) {
      doc.getDocumentInformation().setTitle("Forged");
      doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
      doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
      doc.saveIncremental(tampered);
    }
    return tampered.toByteArray();
  }

  @Test
  void aRemovedPageFails() throws Exception {
    byte[] shorter;
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      doc.removePage(doc.getNumberOfPages() - 1);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      shorter = out.toByteArray();
    }

    Cli.Result r = verify(shorter);

    assertThat(r.code()).isEqualTo(ExitCodes.DIFFERS);
    assertThat(r.out()).contains("pages, the rebuild");
  }

  @Test
  void changedTextFails() throws Exception {
    // The same document with one control's status word changed on the rebuilt page: a forgery that
    // keeps the metadata and attachments intact.
    byte[] forged = rewriteText(bytes);

    Cli.Result r = verify(forged);

    assertThat(r.code()).isEqualTo(ExitCodes.DIFFERS);
    assertThat(r.out()).containsAnyOf("page ", "bytes differ");
  }

  @Test
  void aReportFromUncommittedChangesCannotBeVerified(@TempDir Path dir) throws Exception {
    try (TestRepo other = TestRepo.minimal(dir.resolve("repo"))) {
      other.commit("Governance data");
      String governance = Files.readString(other.data().resolve("governance.yaml"));
      other.write("governance.yaml", governance + "\n# an uncommitted edit\n");
      assertThat(Cli.run("build", "--data", other.data().toString()).code()).isZero();

      Cli.Result r = Cli.run("verify", other.dir().resolve("site/governance-report.pdf").toString(),
          "--data", other.data().toString());

      assertThat(r.code()).isEqualTo(ExitCodes.UNVERIFIABLE);
      assertThat(r.out()).contains("built from uncommitted changes");
    }
  }

  @Test
  void otherDataThanTheCommitFails(@TempDir Path dir) throws Exception {
    try (TestRepo other = TestRepo.minimal(dir.resolve("repo"))) {
      String governance = Files.readString(other.data().resolve("governance.yaml"));
      other.write("governance.yaml", governance + "\n# another organisation's history\n");
      other.commit("Governance data");
      assertThat(Cli.run("build", "--data", other.data().toString()).code()).isZero();
      byte[] report = Files.readAllBytes(other.dir().resolve("site/governance-report.pdf"));
      // Verified against this test's other repository, whose commit has other data.
      Path file = Files.write(dir.resolve("r.pdf"), report);
      Cli.Result r = Cli.run("verify", file.toString(), "--data", repo.data().toString());

      // Its commit is not in this repository: nothing to rebuild it from.
      assertThat(r.code()).isEqualTo(ExitCodes.UNVERIFIABLE);
      assertThat(r.out()).contains("is not in this repository");
    }
  }

  @Test
  void theAttachmentsGiveBackTheDataAndTheFiguresTheReportShows() throws Exception {
    ReceivedReport received = ReceivedReport.read(bytes);

    assertThat(received.attachments()).containsOnlyKeys("governance-data.zip", "governance-report.json",
        "oscal-assessment-results.json");
    assertThat(received.attachedData("governance-data.zip").digest()).isEqualTo(received.provenance().dataDigest());
    assertThat(received.attachedData("governance-data.zip").files())
        .containsKey("governance.yaml").containsKey("risks.yaml");
    JsonNode facts = new ObjectMapper().readTree(received.attachments().get("governance-report.json"));
    Governance g = Fixture.governance(repo.data());
    Analysis a = Analysis.of(g, LocalDate.parse(facts.get("provenance").get("as_of").asText()));
    assertThat(facts.get("controls")).hasSize(g.controls().size());
    for (JsonNode c : facts.get("controls")) {
      Control control = g.control(c.get("id").asText()).orElseThrow();
      assertThat(c.get("status").asText()).isEqualTo(control.status().id());
    }
    assertThat(facts.get("maturity").get("current_level").asInt()).isEqualTo(a.maturity().current().level());
    assertThat(facts.get("totals").get("kpi_met").asInt()).isEqualTo(a.totals().kpiMet());
    assertThat(facts.get("provenance").get("commit").asText()).isEqualTo(received.provenance().commit());
  }

  @Test
  void theAttachedOscalAssessmentIsTheOneTheExportWrites(@TempDir Path out) throws Exception {
    Cli.Result export = Cli.run("export", "oscal", "--data", repo.data().toString(), "--out", out.toString());
    assertThat(export.code()).as(export.all()).isZero();

    byte[] attached = ReceivedReport.read(bytes).attachments().get("oscal-assessment-results.json");

    // The same JSON (the attachment's keys sorted, so that the PDF is reproducible).
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(attached)).isEqualTo(json.readTree(out.resolve("assessment-results.json").toFile()));
    assertThat(new String(attached, StandardCharsets.UTF_8)).containsSubsequence("\"import-ap\"", "\"metadata\"",
        "\"results\"", "\"uuid\"");
  }

  @Test
  void theCoverAndDocumentControlStateTheProvenance() {
    ReceivedReport received;
    try {
      received = ReceivedReport.read(bytes);
    } catch (ReceivedReport.Unreadable e) {
      throw new AssertionError(e);
    }
    String cover = received.pages().get(0).replaceAll("\\s+", "");
    assertThat(cover).contains(received.provenance().commit()).contains(received.provenance().dataDigest());
    assertThat(String.join("\n", received.pages())).contains("Provenance", "govern verify");
  }

  /** Adds a line of text to the last page: a visible edit that leaves metadata and attachments as they were. */
  private static byte[] rewriteText(byte[] original) throws Exception {
    try (PDDocument doc = Loader.loadPDF(original)) {
      var page = doc.getPage(doc.getNumberOfPages() - 1);
      try (var stream = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page,
          org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode.APPEND, true)) {
        stream.beginText();
        stream.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
        stream.newLineAtOffset(40, 40);
        stream.showText("All controls implemented");
        stream.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
