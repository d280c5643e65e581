package dev.govern.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.analysis.AsOf;
import dev.govern.problem.Problem;
import dev.govern.problem.Rule;
import dev.govern.problem.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** SARIF, GitHub annotations, GitLab code quality and JUnit XML, valid against their schemas whatever the data holds. */
class CiFormatsTest {
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069]");

  @Test
  void sarifOfHostileDataIsValidSarif210() {
    String sarif = CheckSarif.render(Hostile.result(false), "1.2.3");

    assertThat(Validators.errors(Validators.jsonSchema(Validators.SCHEMAS.resolve("vendor/sarif-2.1.0.json")), sarif))
        .isEmpty();
    assertThat(CONTROL.matcher(sarif).find()).isFalse();
  }

  @Test
  @SuppressWarnings("unchecked")
  void sarifListsEveryRuleWithDescriptionsAndHelp() {
    Map<String, Object> log = (Map<String, Object>) dev.govern.cli.JsonReader.read(CheckSarif.render(Hostile.result(false), "1.2.3"));
    Map<String, Object> run = ((List<Map<String, Object>>) log.get("runs")).get(0);
    List<Map<String, Object>> rules = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) run
        .get("tool")).get("driver")).get("rules");

    assertThat(rules).hasSize(Rule.values().length).allSatisfy(r -> assertThat(r)
        .containsKeys("id", "shortDescription", "fullDescription", "help"));
    Map<String, Object> result = ((List<Map<String, Object>>) run.get("results")).get(0);
    assertThat(result).containsEntry("ruleId", "control-domains").containsEntry("level", "error")
        .containsKey("partialFingerprints");
  }

  @Test
  void sarifPathsAreRepositoryRelativeAndPercentEncoded() {
    Problem p = new Problem(Severity.ERROR, "../gov/data/controls/a b.yaml", 1, 1, "m", Rule.UNIQUE_IDS);
    CheckResult r = new CheckResult("../gov/data", "gov/data", new AsOf(LocalDate.of(2026, 1, 1), "--as-of"),
        List.of(p), Optional.empty(), List.of(), false);

    assertThat(CheckSarif.render(r, "1")).contains("\"uri\": \"gov/data/controls/a%20b.yaml\"");
  }

  @Test
  void fingerprintsIgnoreLinesAndDatesAndTellRepeatsApart() {
    Problem a = new Problem(Severity.WARNING, "data/c.yaml", 4, 3, "overdue as of 2026-11-25", Rule.FRESHNESS);
    Problem moved = new Problem(Severity.WARNING, "data/c.yaml", 9, 3, "overdue as of 2026-12-01", Rule.FRESHNESS);

    List<String> first = Fingerprint.of(List.of(a), Problem::file);
    assertThat(Fingerprint.of(List.of(moved), Problem::file)).isEqualTo(first);
    assertThat(Fingerprint.of(List.of(a, a), Problem::file)).doesNotHaveDuplicates();
  }

  @Test
  void githubAnnotationsEscapeAsTheActionsToolkit() {
    assertThat(CheckGithub.data("50%\r\nnext")).isEqualTo("50%25%0D%0Anext");
    assertThat(CheckGithub.property("a:b,c%")).isEqualTo("a%3Ab%2Cc%25");
  }

  @Test
  void githubHostileValuesCannotStartACommandOfTheirOwn() {
    String out = CheckGithub.render(Hostile.result(false));

    assertThat(out.lines().filter(l -> l.startsWith("::"))).hasSize(Hostile.problems().size());
    assertThat(out.lines().filter(l -> l.startsWith("::")))
        .allMatch(l -> l.matches("::(error|warning) file=[^,:]+,line=\\d+,col=\\d+,title=[^,:]+::.*"));
    assertThat(CONTROL.matcher(out).find()).isFalse();
  }

  @Test
  void gitlabCodeQualityOfHostileDataIsValidAndFingerprintsAreUnique() {
    String json = CheckGitlab.render(Hostile.result(false));

    assertThat(Validators.errors(Validators.jsonSchema(Validators.SCHEMAS.resolve("gitlab-code-quality.schema.json")),
        json)).isEmpty();
    assertThat(Pattern.compile("\"fingerprint\": \"([0-9a-f]+)\"").matcher(json).results().map(m -> m.group(1)))
        .doesNotHaveDuplicates().hasSize(Hostile.problems().size());
  }

  @Test
  void junitOfHostileDataIsValidXml() {
    String xml = CheckJunit.render(Hostile.result(false));

    assertThat(Validators.xmlErrors(Validators.SCHEMAS.resolve("junit.xsd"), xml)).isEmpty();
  }

  @Test
  void junitFailsTheRulesThatFoundErrorsAndKeepsWarningsAsOutput() {
    String xml = CheckJunit.render(Hostile.result(false));

    assertThat(xml).contains("failures=\"1\"").contains("<failure type=\"control-domains\"")
        .contains("<system-out>data/risks.yaml:2:1: warning:");
  }

  @Test
  void junitWithStrictFailsOnWarnings() {
    assertThat(CheckJunit.render(Hostile.result(true))).contains("failures=\"2\"").contains("<failure type=\"risk-controls\"");
  }

  @Test
  void theValidatorsRejectWhatTheFormatsMustNotBe() {
    assertThat(Validators.errors(Validators.jsonSchema(Validators.SCHEMAS.resolve("vendor/sarif-2.1.0.json")),
        "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {}}]}")).isNotEmpty();
    assertThat(Validators.errors(Validators.jsonSchema(Validators.SCHEMAS.resolve("gitlab-code-quality.schema.json")),
        "[{\"description\": \"d\", \"check_name\": \"c\", \"fingerprint\": \"f\", \"severity\": \"high\","
            + " \"location\": {\"path\": \"a\", \"lines\": {\"begin\": 0}}}]")).hasSize(2);
    assertThat(Validators.xmlErrors(Validators.SCHEMAS.resolve("junit.xsd"),
        "<testsuites><testsuite name=\"s\" tests=\"-1\" failures=\"0\" errors=\"0\"/></testsuites>")).isNotEmpty();
  }
}
