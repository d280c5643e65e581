package dev.govern.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.analysis.Analysis;
import dev.govern.load.Fixture;
import dev.govern.model.Control;
import dev.govern.model.Governance;
import gov.nist.secauto.metaschema.core.model.IBoundObject;
import gov.nist.secauto.metaschema.databind.io.Format;
import gov.nist.secauto.oscal.lib.OscalBindingContext;
import gov.nist.secauto.oscal.lib.model.AssessmentResults;
import gov.nist.secauto.oscal.lib.model.Catalog;
import gov.nist.secauto.oscal.lib.model.Finding;
import gov.nist.secauto.oscal.lib.model.PlanOfActionAndMilestones;
import gov.nist.secauto.oscal.lib.model.Profile;
import gov.nist.secauto.oscal.lib.model.SystemSecurityPlan;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govern export oscal}: valid OSCAL, the same bytes every time, and the figures the site shows. */
class OscalExportTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
  private static final OscalExport.Provenance PROVENANCE =
      new OscalExport.Provenance(Instant.parse("2026-11-25T10:00:00Z"), "0123456789abcdef0123456789abcdef01234567", false);

  static Stream<Arguments> organisations() {
    return Stream.of(Arguments.of("shipped", Fixture.SHIPPED), Arguments.of("second", Fixture.SECOND),
        Arguments.of("minimal", Fixture.MINIMAL));
  }

  private static Map<String, String> export(Path data, OscalFiles.Kind kind) {
    Governance g = Fixture.governance(data);
    return OscalFiles.serialize(OscalExport.documents(g, Analysis.of(g, AS_OF), PROVENANCE, kind.name()), kind);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("organisations")
  void everyDocumentIsValidAgainstTheOfficialJsonSchema(String name, Path data) {
    Map<String, String> files = export(data, OscalFiles.Kind.json);

    assertThat(files.keySet()).contains("catalog.json", "profile-all.json", "component-definition.json", "ssp.json",
        "assessment-results.json", "poam.json");
    files.forEach((file, json) -> OscalSchemas.assertValid(rootOf(json), json));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("organisations")
  void everyDocumentMeetsTheOscalModelsOwnConstraints(String name, Path data, @TempDir Path dir) throws Exception {
    for (var e : export(data, OscalFiles.Kind.json).entrySet()) {
      Path file = java.nio.file.Files.writeString(dir.resolve(e.getKey()), e.getValue());
      var result = OscalBindingContext.instance().validateWithConstraints(file.toUri(),
          new gov.nist.secauto.metaschema.core.configuration.DefaultConfiguration<>());
      assertThat(result.getFindings()).as(e.getKey())
          .extracting(f -> f.getSeverity() + " " + f.getMessage()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("organisations")
  void yamlDocumentsLoadBackAndAreValidAsJson(String name, Path data) throws Exception {
    Map<String, String> json = export(data, OscalFiles.Kind.json);
    Map<String, String> yaml = export(data, OscalFiles.Kind.yaml);

    for (var e : yaml.entrySet()) {
      IBoundObject loaded = load(Format.YAML, e.getValue());
      String again = OscalFiles.serialize(loaded, OscalFiles.Kind.json);
      // YAML documents refer to each other as .yaml files; otherwise the same content as the JSON ones.
      String expected = json.get(e.getKey().replace(".yaml", ".json")).replaceAll("\\.json\"", ".yaml\"");
      assertThat(again).as(e.getKey()).isEqualTo(expected);
      OscalSchemas.assertValid(rootOf(again), again);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("organisations")
  void jsonDocumentsLoadBackWithTheOscalLibraryUnchanged(String name, Path data) throws Exception {
    for (var e : export(data, OscalFiles.Kind.json).entrySet()) {
      IBoundObject loaded = load(Format.JSON, e.getValue());
      assertThat(OscalFiles.serialize(loaded, OscalFiles.Kind.json)).as(e.getKey()).isEqualTo(e.getValue());
    }
  }

  @Test
  void theSameDataExportsTheSameBytes() {
    assertThat(export(Fixture.SHIPPED, OscalFiles.Kind.json)).isEqualTo(export(Fixture.SHIPPED, OscalFiles.Kind.json));
    assertThat(export(Fixture.SHIPPED, OscalFiles.Kind.yaml)).isEqualTo(export(Fixture.SHIPPED, OscalFiles.Kind.yaml));
  }

  @Test
  void theCatalogHoldsEveryControlUnderItsDomainWithItsMappings() throws Exception {
    Governance g = Fixture.governance(Fixture.SHIPPED);
    Catalog catalog = (Catalog) load(Format.JSON, export(Fixture.SHIPPED, OscalFiles.Kind.json).get("catalog.json"));

    assertThat(catalog.getGroups()).extracting(grp -> grp.getId())
        .containsExactlyElementsOf(g.domains().stream().map(d -> d.id()).toList());
    List<String> ids = new ArrayList<>();
    catalog.getGroups().forEach(grp -> grp.getControls().forEach(c -> ids.add(c.getId())));
    assertThat(ids).containsExactlyInAnyOrderElementsOf(g.controls().stream().map(Control::id).toList());
    var tm001 = catalog.getGroups().get(0).getControls().get(0);
    assertThat(Text.plain(tm001.getTitle())).isEqualTo("AI Tool Inventory");
    assertThat(tm001.getParts()).extracting(p -> p.getName()).containsExactly("statement", "guidance", "assessment-method");
    assertThat(tm001.getLinks()).extracting(l -> Text.plain(l.getText()))
        .contains("NIST AI Risk Management Framework GOVERN 1.1", "SOC 2 Trust Services Criteria CC6.1");
    var resources = catalog.getBackMatter().getResources();
    assertThat(tm001.getLinks()).allSatisfy(l -> assertThat(resources).anySatisfy(r ->
        assertThat("#" + r.getUuid()).isEqualTo(l.getHref().toString())));
  }

  @Test
  void aProfilePerLevelSelectsExactlyTheControlsItRequires() throws Exception {
    Governance g = Fixture.governance(Fixture.SHIPPED);
    Map<String, String> files = export(Fixture.SHIPPED, OscalFiles.Kind.json);
    for (var level : g.maturity().levels()) {
      List<String> required = level.requiredControls(g.controls());
      String file = "profile-level-" + level.level() + ".json";
      if (required.isEmpty()) {
        assertThat(files).doesNotContainKey(file);
        continue;
      }
      Profile p = (Profile) load(Format.JSON, files.get(file));
      var imp = p.getImports().get(0);
      assertThat(imp.getHref()).isEqualTo(URI.create("catalog.json"));
      if (level.requiresAllControls()) {
        assertThat(imp.getIncludeAll()).isNotNull();
      } else {
        assertThat(imp.getIncludeControls().get(0).getWithIds()).containsExactlyElementsOf(required);
      }
    }
  }

  @Test
  void theSspStatesEachControlsStatusOwnerAndEvidence() throws Exception {
    Governance g = Fixture.governance(Fixture.SHIPPED);
    SystemSecurityPlan ssp = (SystemSecurityPlan) load(Format.JSON, export(Fixture.SHIPPED, OscalFiles.Kind.json).get("ssp.json"));

    var requirements = ssp.getControlImplementation().getImplementedRequirements();
    assertThat(requirements).hasSize(g.controls().size());
    for (var r : requirements) {
      Control c = g.control(r.getControlId()).orElseThrow();
      var by = r.getByComponents().get(0);
      assertThat(by.getImplementationStatus().getState()).as(c.id()).isEqualTo(switch (c.status()) {
        case IMPLEMENTED -> "implemented";
        case PARTIAL -> "partial";
        case PLANNED -> "planned";
        case NOT_IMPLEMENTED -> "not-implemented";
      });
      long located = c.evidence().stream().filter(e -> e.location() != null).count();
      assertThat(by.getLinks() == null ? 0 : by.getLinks().size()).as(c.id()).isEqualTo(located);
      if (located < c.evidence().size()) {
        assertThat(Text.plain(by.getRemarks())).as(c.id()).startsWith("Evidence without a location:");
      }
      assertThat(by.getResponsibleRoles() != null).isEqualTo(c.owner() != null);
    }
    assertThat(ssp.getBackMatter().getResources())
        .hasSize((int) g.controls().stream().flatMap(c -> c.evidence().stream()).filter(e -> e.location() != null).count());
  }

  @Test
  void assessmentResultsAgreeWithTheAnalysis() throws Exception {
    Governance g = Fixture.governance(Fixture.SHIPPED);
    Analysis a = Analysis.of(g, AS_OF);
    AssessmentResults ar = (AssessmentResults) load(Format.JSON,
        export(Fixture.SHIPPED, OscalFiles.Kind.json).get("assessment-results.json"));
    List<Finding> findings = ar.getResults().get(0).getFindings();

    assertThat(findings).hasSize(g.controls().size() + a.kpis().size());
    long satisfiedControls = findings.stream().filter(f -> f.getTarget().getType().equals("statement-id"))
        .filter(f -> f.getTarget().getStatus().getState().equals("satisfied")).count();
    long expected = a.controls().stream().filter(Control::isImplemented)
        .filter(c -> a.evidence().stream().noneMatch(e -> e.control() == c && e.freshness() != dev.govern.analysis.Freshness.FRESH))
        .filter(c -> a.overdueReviews().stream().noneMatch(r -> r.id().equals(c.id())))
        .count();
    assertThat(satisfiedControls).isEqualTo(expected);
    long kpisMet = findings.stream().filter(f -> f.getTarget().getType().equals("objective-id"))
        .filter(f -> f.getTarget().getStatus().getState().equals("satisfied")).count();
    assertThat(kpisMet).isEqualTo(a.totals().kpiMet());
    Finding tm003 = findings.stream().filter(f -> f.getTarget().getTargetId().equals("TM-003_smt")).findFirst().orElseThrow();
    assertThat(Text.plain(tm003.getDescription())).contains("overdue", "maturity level 3 requires it");
  }

  @Test
  void thePlanHoldsRisksAboveAppetiteAndOpenRoadmapActivities(@TempDir Path dir) throws Exception {
    Path data = Fixture.copy(Fixture.SHIPPED, dir);
    String matrix = java.nio.file.Files.readString(data.resolve("risk-matrix.yaml"));
    Fixture.write(data, "risk-matrix.yaml", matrix.replace("appetite: medium", "appetite: low"));
    Governance g = Fixture.governance(data);
    PlanOfActionAndMilestones poam = (PlanOfActionAndMilestones) load(Format.JSON,
        export(data, OscalFiles.Kind.json).get("poam.json"));

    List<String> above = g.risks().stream().filter(r -> !r.residualRisk().equals("low")).map(r -> r.id()).toList();
    assertThat(above).isNotEmpty();
    assertThat(poam.getRisks()).extracting(r -> Text.plain(r.getTitle()).split(" ")[0]).containsExactlyElementsOf(above);
    long open = g.roadmap().phases().stream().flatMap(p -> p.activities().stream())
        .filter(act -> act.status() != dev.govern.model.ActivityStatus.DONE).count();
    assertThat(open).isPositive();
    assertThat(poam.getPoamItems()).hasSize(above.size() + (int) open);
  }

  @Test
  void theShippedAppetiteOfMediumLeavesNoRiskInThePlan() throws Exception {
    PlanOfActionAndMilestones poam = (PlanOfActionAndMilestones) load(Format.JSON,
        export(Fixture.SHIPPED, OscalFiles.Kind.json).get("poam.json"));

    assertThat(poam.getRisks()).isNullOrEmpty();
  }

  @Test
  void textThatLooksLikeMarkdownStaysText() throws Exception {
    assertThat(Text.plain(Text.line("a *b* _c_ [d](javascript:x) <img src=x> `e` &amp; 1. f")))
        .isEqualTo("a *b* _c_ [d](javascript:x) <img src=x> `e` &amp; 1. f");
    assertThat(Text.line("[d](javascript:x) <img src=x>").toHtml()).doesNotContain("<a", "<img");
    assertThat(Text.prose("1. not a list\n- nor this\n# nor a heading").toHtml())
        .doesNotContain("<ol", "<ul", "<h1");
  }

  @Test
  void idsThatAreNotOscalTokensBecomeDistinctTokens() {
    Text.Tokens tokens = new Text.Tokens();
    assertThat(tokens.of("TM-001")).isEqualTo("TM-001");
    assertThat(tokens.of("1 A")).isEqualTo("_1_A");
    assertThat(tokens.of("1_A")).isEqualTo("_1_A-2");
    assertThat(tokens.of("控制-1")).isEqualTo("控制-1");
  }

  @Test
  void uuidsAreVersionFiveAndNameBased() {
    var a = Uuids.of("Example Corp", "control/TM-001");
    assertThat(a.version()).isEqualTo(5);
    assertThat(a).isEqualTo(Uuids.of("Example Corp", "control/TM-001")).isNotEqualTo(Uuids.of("Other", "control/TM-001"));
    // RFC 4122 appendix B's example, in the DNS namespace.
    assertThat(Uuids.v5(java.util.UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"))
        .hasToString("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  }

  static IBoundObject load(Format format, String text) throws Exception {
    String root = format == Format.JSON ? rootOf(text) : text.lines().filter(l -> !l.startsWith("---"))
        .findFirst().orElseThrow().replace(":", "").strip();
    Class<? extends IBoundObject> type = switch (root) {
      case "catalog" -> Catalog.class;
      case "profile" -> Profile.class;
      case "component-definition" -> gov.nist.secauto.oscal.lib.model.ComponentDefinition.class;
      case "system-security-plan" -> SystemSecurityPlan.class;
      case "assessment-results" -> AssessmentResults.class;
      case "plan-of-action-and-milestones" -> PlanOfActionAndMilestones.class;
      default -> throw new AssertionError("unknown root " + root);
    };
    return OscalBindingContext.instance().newDeserializer(format, type)
        .deserialize(new StringReader(text), URI.create("urn:test"));
  }

  static String rootOf(String json) {
    int open = json.indexOf('"');
    return json.substring(open + 1, json.indexOf('"', open + 1));
  }
}
