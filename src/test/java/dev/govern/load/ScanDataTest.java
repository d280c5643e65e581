package dev.govern.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.model.Governance;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** repositories.yaml, scan-rules.yaml and measurements as governance data: bound, checked, located. */
class ScanDataTest {
  @TempDir Path dir;

  @Test
  void anUnknownClassificationInTheInventoryIsLocated() {
    Path data = Fixture.copy(Fixture.SHIPPED, dir);
    Fixture.write(data, "repositories.yaml",
        "repositories:\n  - id: api\n    path: ../api\n    classification: CONFIDENTAIL\n");

    assertThat(Fixture.problems(data)).contains("data/repositories.yaml:4:21: error: repository api: unknown"
        + " classification 'CONFIDENTAIL' (did you mean 'CONFIDENTIAL'?); classifications are listed in governance.yaml");
  }

  @Test
  void aGlobTakesNoIdAndAnEntryWithoutAGlobNeedsOne() {
    Path data = Fixture.copy(Fixture.SHIPPED, dir);
    Fixture.write(data, "repositories.yaml", "repositories:\n  - { id: x, path: 'r/*', classification: PUBLIC }\n"
        + "  - { path: r/one, classification: PUBLIC }\n");

    assertThat(Fixture.problems(data)).anySatisfy(p -> assertThat(p).startsWith("data/repositories.yaml:2:11: error:"))
        .anySatisfy(p -> assertThat(p).startsWith("data/repositories.yaml:3:5: error: missing required key 'id'"));
  }

  @Test
  void anOrganisationsRuleIsAddedAndABadPatternIsLocated() {
    Path data = Fixture.copy(Fixture.SHIPPED, dir);
    Fixture.write(data, "scan-rules.yaml", """
        rules:
          - { id: no-yolo, severity: warning, pattern: '(?i)\\byolo\\b', message: YOLO mode, control: SEC-002 }
          - { id: broken, severity: error, pattern: '([a-z', message: never }
        disable: [html-comment, no-such-rule]
        """);

    assertThat(Fixture.problems(data)).anySatisfy(p -> assertThat(p).startsWith("data/scan-rules.yaml:3:45: error: not a regular expression"))
        .contains("data/scan-rules.yaml:4:25: error: disable: no bundled rule has the id 'no-such-rule'");
  }

  @Test
  void theOrganisationsRulesExtendTheBundledSet() {
    Path data = Fixture.copy(Fixture.SHIPPED, dir);
    Fixture.write(data, "scan-rules.yaml", """
        ignore_files: [.tabnineignore]
        rules:
          - { id: no-yolo, severity: warning, pattern: '(?i)\\byolo\\b', message: YOLO mode }
        disable: [html-comment]
        """);

    Governance g = Fixture.governance(data);

    assertThat(g.scanRules().rules()).extracting(r -> r.id()).contains("no-yolo", "hidden-tag-characters")
        .doesNotContain("html-comment");
    assertThat(g.scanRules().ignoreFiles()).contains(".cursorignore", ".tabnineignore");
  }

  @Test
  void scanEvidenceTakesTheScansDateAndTheKpiItsFigure() {
    Governance g = Fixture.governance(Fixture.SHIPPED);

    assertThat(g.control("SEC-002").orElseThrow().evidence()).filteredOn(e -> e.fromScan())
        .singleElement().satisfies(e -> assertThat(e.date()).hasToString("2026-11-20"));
    assertThat(g.kpis().stream().filter(k -> k.id().equals("data-classification-compliance")).findFirst().orElseThrow()
        .values()).last().satisfies(v -> assertThat(v.period()).hasToString("2026-11"))
        .satisfies(v -> assertThat(v.values().get("value")).isEqualByComparingTo("75.0"));
  }

  @Test
  void aMeasurementFileLostFromTheFolderIsAnError() {
    Path data = Fixture.copy(Fixture.SHIPPED, dir);
    Fixture.delete(data, "measurements/repositories/mobile-app.yaml");

    assertThat(Fixture.problems(data)).contains("data/measurements/scan.yaml:3:15: error: the scan wrote 12 repository"
        + " measurements but 11 are here: commit the folder as govern scan wrote it");
  }
}
