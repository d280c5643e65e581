package dev.govern.init;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.analysis.MaturityAssessment;
import dev.govern.load.Fixture;
import dev.govern.model.ActivityStatus;
import dev.govern.model.Governance;
import dev.govern.model.Status;
import dev.govern.model.Tool;
import dev.govern.model.ToolStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init} writes the default content reset to an honest starting point. */
class StarterTest {
  @TempDir static Path dir;
  private static Path data;
  private static Governance started;

  @BeforeAll
  static void start() throws Exception {
    Scaffold.create(dir, Starter.files(), Scaffold.REAL_DISK);
    data = dir.resolve("data");
    started = Fixture.governance(data);
  }

  @Test
  void passesCheckWithOnlyTheWarningsToNameTheOrganisation() {
    assertThat(Fixture.problems(data, LocalDate.of(2030, 1, 1))).containsExactly(
        "data/governance.yaml:5:9: warning: organization.name is still the placeholder 'Your Organization':"
            + " put your organisation's name here (the site and the PDF print it)",
        "data/governance.yaml:6:10: warning: organization.scope still names the placeholder 'Your Organization':"
            + " say who this governance applies to");
  }

  @Test
  void assessesAtLevelOne() {
    MaturityAssessment a = MaturityAssessment.of(started.maturity(), started.controls());

    assertThat(a.current().level()).isEqualTo(1);
    assertThat(a.gaps()).containsExactly("TM-001", "TM-002", "OPS-001");
  }

  @Test
  void keepsEveryControlAndRiskOfTheDefaultContent() {
    Governance shipped = Fixture.governance(Fixture.SHIPPED);

    assertThat(started.controls()).extracting(c -> c.id())
        .containsExactlyElementsOf(shipped.controls().stream().map(c -> c.id()).toList());
    assertThat(started.risks()).hasSameSizeAs(shipped.risks());
    assertThat(started.catalogues()).hasSameSizeAs(shipped.catalogues());
    assertThat(started.kpis()).hasSameSizeAs(shipped.kpis());
  }

  @Test
  void everyControlAndCapabilityIsNotImplemented() {
    assertThat(started.controls()).allSatisfy(c -> assertThat(c.status()).isEqualTo(Status.NOT_IMPLEMENTED));
    assertThat(started.maturity().capabilities())
        .allSatisfy(c -> assertThat(c.status()).isEqualTo(Status.NOT_IMPLEMENTED));
  }

  @Test
  void noEvidenceDatesReviewsOrApprovals() {
    assertThat(started.controls()).allSatisfy(c -> {
      assertThat(c.lastReviewed()).isNull();
      assertThat(c.evidence()).allSatisfy(e -> assertThat(e.date()).isNull());
    });
    assertThat(started.document().approvers()).isEmpty();
    assertThat(started.tools()).allSatisfy(t -> assertThat(t.approvedOn()).isNull());
    assertThat(started.policies()).allSatisfy(p -> assertThat(p.lastReviewed()).isNull());
  }

  @Test
  void noKpiValues() {
    assertThat(started.kpis()).isNotEmpty().allSatisfy(k -> assertThat(k.values()).isEmpty());
  }

  @Test
  void everyActivityIsPlanned() {
    assertThat(started.roadmap().phases()).flatExtracting(p -> p.activities())
        .isNotEmpty().allSatisfy(a -> assertThat(a.status()).isEqualTo(ActivityStatus.PLANNED));
  }

  @Test
  void organisationIsLeftForTheUserToName() {
    assertThat(started.organization().name()).isEqualTo(Starter.ORGANIZATION_PLACEHOLDER);
    assertThat(started.organization().scope()).isEqualTo("Everyone who writes code for Your Organization");
    assertThat(started.document().subtitle()).isNull();
  }

  @Test
  void nothingMentionsTheSampleOrganisationOrItsWiki() throws Exception {
    try (var files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".png")).toList()) {
        assertThat(Files.readString(file)).as("%s", dir.relativize(file))
            .doesNotContain("Example Corp").doesNotContain("example.com");
      }
    }
  }

  @Test
  void noToolIsApproved() {
    assertThat(started.tools()).isNotEmpty()
        .allSatisfy(t -> assertThat(t.status()).isNotEqualTo(ToolStatus.APPROVED));
    assertThat(started.tools()).extracting(Tool::status).contains(ToolStatus.UNDER_REVIEW);
  }

  @Test
  void theApprovedToolsListSaysThereAreNoneYet() {
    assertThat(started.policies().get(0).body()).contains("No tool is approved yet.");
  }

  @Test
  void residualRiskIsTheInherentRiskWhileNothingIsImplemented() {
    assertThat(started.risks()).isNotEmpty().allSatisfy(r -> {
      assertThat(r.residualRisk()).isEqualTo(r.inherentRisk());
      assertThat(r.residualLikelihood()).isEqualTo(r.likelihood());
      assertThat(r.residualImpact()).isEqualTo(r.impact());
    });
  }

  @Test
  void documentAndPoliciesAreAFirstDraft() {
    assertThat(started.document().version()).isEqualTo(Starter.FIRST_DRAFT);
    assertThat(started.policies()).isNotEmpty().allSatisfy(p -> {
      assertThat(p.version()).isEqualTo(Starter.FIRST_DRAFT);
      assertThat(p.approvedBy()).isNull();
      assertThat(p.effective()).isNull();
    });
  }

  @Test
  void evidenceHasNoLocations() {
    assertThat(started.controls()).flatExtracting(c -> c.evidence()).isNotEmpty()
        .allSatisfy(e -> assertThat(e.location()).isNull());
  }

  @Test
  void readmeNamesEveryFileAndFolderOfTheData() throws Exception {
    String readme = Files.readString(dir.resolve("README.md"));
    try (var entries = Files.list(data)) {
      for (Path entry : entries.toList()) {
        String name = "data/" + entry.getFileName() + (Files.isDirectory(entry) ? "/" : "");
        assertThat(readme).as(name).contains("`" + name);
      }
    }
    assertThat(readme).contains("govern check").contains("govern build").contains("site/index.html")
        .contains("--against");
  }

  @Test
  void commentsSurvive() throws Exception {
    assertThat(Files.readString(data.resolve("maturity.yaml")))
        .contains("# The source requires the sentence \"All controls plus advanced monitoring and analytics\"");
    assertThat(Files.readString(data.resolve("frameworks/iso-42001.yaml"))).contains("There is no clause 9.2.3");
  }

  @Test
  void gitIgnoresTheGeneratedSite() throws Exception {
    assertThat(Files.readString(dir.resolve(".gitignore"))).contains("/site/");
  }
}
