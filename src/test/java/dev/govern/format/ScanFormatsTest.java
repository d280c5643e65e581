package dev.govern.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.GovernanceLoader;
import dev.govern.model.Finding;
import dev.govern.model.FindingSeverity;
import dev.govern.model.Governance;
import dev.govern.model.RepositoryScan;
import dev.govern.model.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code scan --format sarif|github|gitlab|junit} of the sample's committed scan and of a repository
 * whose file names and messages are hostile: valid against their schemas, placed on the measurement
 * file's lines, with nothing that acts on a terminal or a log.
 */
class ScanFormatsTest {
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069]");
  private static final Governance SAMPLE = GovernanceLoader.load(Path.of("data"), "data").governance().orElseThrow();

  private static ScanResult result() {
    List<RepositoryScan> repositories = new ArrayList<>(SAMPLE.measurements().orElseThrow().repositories());
    repositories.add(new RepositoryScan("zz-hostile", "INTERNAL", null, "0".repeat(40), List.of(), List.of(), List.of(),
        List.of(new Finding("zero-width-characters", FindingSeverity.ERROR,
                "x\nzz-hostile:CLAUDE.md:1:1: error: forged\u001b[2J\u202e.md", 3, 7, "100% hidden::error::now", ""),
            new Finding("html-comment", FindingSeverity.WARNING, "AGENTS.md", 1, 1, "comment, with: colons", "")),
        List.of(new Violation("tool-not-in-inventory", "Cursor\r\n::error file=x::forged")), null));
    return new ScanResult("data", LocalDate.of(2026, 11, 20), repositories, SAMPLE.scanRules().rules());
  }

  @Test
  void sarifIsValidSarif210AndInert() {
    String sarif = ScanSarif.render(result(), "1.2.3");

    assertThat(Validators.errors(Validators.jsonSchema(Validators.SCHEMAS.resolve("vendor/sarif-2.1.0.json")), sarif))
        .isEmpty();
    assertThat(CONTROL.matcher(sarif).find()).isFalse();
    assertThat(sarif).contains("\"ruleId\": \"tool-not-in-inventory\"", "\"ruleId\": \"hidden-tag-characters\"");
  }

  @Test
  void eachFindingSitsOnTheMeasurementFileLineThatRecordsIt() throws IOException {
    for (ScanResult.Item item : result().items()) {
      if (item.repository().equals("zz-hostile")) {
        continue;
      }
      List<String> lines = Files.readAllLines(Path.of(item.path()), StandardCharsets.UTF_8);
      String line = lines.get(item.line() - 1);
      assertThat(line).as(item.toString()).matches("\\s*- (\\{ )?(rule|commit): .*");
      if (line.contains("rule:")) {
        assertThat(line).contains("\"" + item.rule() + "\"");
      }
    }
    assertThat(result().items()).anyMatch(i -> i.repository().equals("customer-portal"));
  }

  @Test
  void githubAnnotationsAreOneCommandPerItemWhateverTheNamesHold() {
    ScanResult r = result();
    String out = ScanGithub.render(r);

    assertThat(out.lines().filter(l -> l.startsWith("::"))).hasSize(r.items().size())
        .allMatch(l -> l.matches("::(error|warning) file=[^,:]+,line=\\d+,title=[^,:]+::.*"));
    assertThat(out.lines().filter(l -> l.contains("forged"))).allMatch(l -> l.startsWith("::error file="));
    assertThat(CONTROL.matcher(out).find()).isFalse();
    assertThat(out).endsWith("as of 2026-11-20\n");
  }

  @Test
  void gitlabCodeQualityIsValidWithUniqueFingerprints() {
    ScanResult r = result();
    String json = ScanGitlab.render(r);

    assertThat(Validators.errors(Validators.jsonSchema(Validators.SCHEMAS.resolve("gitlab-code-quality.schema.json")),
        json)).isEmpty();
    Matcher m = Pattern.compile("\"fingerprint\": \"([0-9a-f]+)\"").matcher(json);
    assertThat(m.results().map(x -> x.group(1))).doesNotHaveDuplicates().hasSize(r.items().size());
  }

  @Test
  void junitIsValidXmlWithOneCasePerRepository() {
    ScanResult r = result();
    String xml = ScanJunit.render(r);

    assertThat(Validators.xmlErrors(Validators.SCHEMAS.resolve("junit.xsd"), xml)).isEmpty();
    long failing = r.repositories().stream().filter(x -> r.items().stream()
        .anyMatch(i -> i.error() && i.repository().equals(x.id()))).count();
    assertThat(xml).contains("tests=\"" + r.repositories().size() + "\" failures=\"" + failing + "\"");
    assertThat(CONTROL.matcher(xml).find()).isFalse();
  }

  @Test
  void textPrintsEachFindingOnOneLine() {
    String text = ScanText.render(result());

    assertThat(text.lines().filter(l -> l.startsWith("zz-hostile"))).hasSize(3);
    assertThat(text.lines()).noneMatch(l -> l.startsWith("zz-hostile:CLAUDE.md"));
    assertThat(CONTROL.matcher(text).find()).isFalse();
  }
}
