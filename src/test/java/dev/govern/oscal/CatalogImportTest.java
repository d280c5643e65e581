package dev.govern.oscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.govern.analysis.Coverage;
import dev.govern.analysis.Analysis;
import dev.govern.load.Fixture;
import dev.govern.model.Catalogue;
import dev.govern.model.Governance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govern import oscal-catalog}: an OSCAL catalog becomes a framework catalogue govern checks and covers. */
class CatalogImportTest {
  /** A small catalog in the shape of NIST SP 800-53: groups, labels, an enhancement, a withdrawn control. */
  static final Path SAMPLE = Path.of("src", "test", "resources", "oscal", "sample-catalog.json");
  static final String CATALOG = read(SAMPLE);

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void groupsAndControlsBecomeItemsUnderTheirParentsWithLabelsAsIds(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("c.json"), CATALOG);
    CatalogImport.Result r = CatalogImport.read(file, null);

    assertThat(r.id()).isEqualTo("sample-controls-catalog");
    assertThat(r.items()).isEqualTo(6);
    assertThat(r.withdrawn()).isEqualTo(1);
    Path data = Fixture.minimal(dir.resolve("repo"));
    Files.writeString(data.resolve("frameworks").resolve(r.id() + ".yaml"), r.yaml());
    assertThat(Fixture.problems(data, Fixture.AS_OF)).noneMatch(p -> p.contains("error"));
    Catalogue c = Fixture.governance(data).catalogue(r.id()).orElseThrow();
    assertThat(c.name()).isEqualTo("Sample Controls *Catalog*");
    assertThat(c.version()).isEqualTo("1.10");
    assertThat(c.url()).isEqualTo("https://example.org/catalog");
    assertThat(c.items()).extracting(i -> i.id() + "<" + i.group() + ">" + i.title()).containsExactly(
        "ac<null>Access Control",
        "AC-1<ac>Policy and Procedures",
        "AC-2<ac>Account Management",
        "AC-2(1)<AC-2>Automated System Account Management",
        "au<null>Audit and \"Accountability\"",
        "au-1<au>Policy");
  }

  @Test
  void theIdCanBeGiven(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("c.json"), CATALOG);
    assertThat(CatalogImport.read(file, "nist-800-53").yaml()).contains("id: nist-800-53");
  }

  @Test
  void yamlCatalogsImportLikeJson(@TempDir Path dir) throws Exception {
    Path json = Files.writeString(dir.resolve("c.json"), CATALOG);
    Path yaml = Files.writeString(dir.resolve("c.yaml"), new org.yaml.snakeyaml.Yaml().dump(
        new org.yaml.snakeyaml.Yaml().load(CATALOG)));
    assertThat(CatalogImport.read(yaml, null).yaml()).isEqualTo(CatalogImport.read(json, null).yaml());
  }

  @Test
  void anExportedCatalogImportedAsAFrameworkCoversEveryControl(@TempDir Path dir) throws Exception {
    Governance g = Fixture.governance(Fixture.SHIPPED);
    var docs = OscalExport.documents(g, Analysis.of(g, LocalDate.of(2026, 11, 25)),
        new OscalExport.Provenance(Instant.parse("2026-11-25T00:00:00Z"), null, false), "json");
    Path file = Files.writeString(dir.resolve("catalog.json"), OscalFiles.serialize(docs, OscalFiles.Kind.json).get("catalog.json"));

    CatalogImport.Result r = CatalogImport.read(file, "self");
    Path data = Fixture.copy(Fixture.SHIPPED, dir.resolve("repo"));
    Files.writeString(data.resolve("frameworks/self.yaml"), r.yaml());
    Catalogue self = Fixture.governance(data).catalogue("self").orElseThrow();
    var mapped = g.controls().stream().map(c -> new dev.govern.model.Control(c.id(), c.domain(), c.name(),
        c.description(), c.implementation(), c.evidence(), c.frequency(), c.reviewEvery(), c.status(), c.owner(),
        c.lastReviewed(), java.util.Map.of("self", java.util.List.of(c.id())))).toList();
    Coverage coverage = Coverage.of(self, mapped);

    assertThat(coverage.covered()).isEqualTo(g.controls().size());
    assertThat(coverage.items()).filteredOn(Coverage.ItemCoverage::covered).extracting(i -> i.item().id())
        .containsExactlyInAnyOrderElementsOf(g.controls().stream().map(c -> c.id()).toList());
    // A domain without controls (the sample's code_quality) is an item with nothing under it: the
    // only requirement left uncovered.
    assertThat(coverage.items()).filteredOn(i -> i.requirement() && !i.covered()).extracting(i -> i.item().id())
        .containsExactlyElementsOf(g.domains().stream().map(d -> d.id())
            .filter(d -> g.controls().stream().noneMatch(c -> c.domain().equals(d))).collect(Collectors.toList()));
  }

  @Test
  void xmlIsRefusedWithAReason(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("c.xml"), "<?xml version=\"1.0\"?><catalog/>");
    assertThatThrownBy(() -> CatalogImport.read(file, null)).isInstanceOf(CatalogImport.ImportException.class)
        .hasMessageContaining("XML").hasMessageContaining("JSON or YAML");
  }

  @Test
  void somethingElseIsNotACatalog(@TempDir Path dir) throws Exception {
    Path profile = Files.writeString(dir.resolve("p.json"), "{\"profile\": {\"uuid\": \"x\"}}");
    Path broken = Files.writeString(dir.resolve("b.json"), "{\"catalog\": ");
    Path binary = Files.write(dir.resolve("x.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0});
    for (Path p : new Path[] {profile, broken, binary}) {
      assertThatThrownBy(() -> CatalogImport.read(p, null)).as(p.toString())
          .isInstanceOf(CatalogImport.ImportException.class).hasMessageStartingWith(p.toString());
    }
  }
}
