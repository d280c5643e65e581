package dev.govern.scan.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.AttributionSignaturesBinder;
import dev.govern.model.AttributionSignatures;
import dev.govern.problem.Problem;
import dev.govern.problem.Problems;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SignaturesTest {
  private static AttributionSignatures bind(String yaml, Problems problems) {
    return AttributionSignaturesBinder.bind(yaml.getBytes(StandardCharsets.UTF_8), "data/scan-rules.yaml", problems)
        .orElse(null);
  }

  @Test
  void anExtensionAddsAnAssistantThatThenCounts() {
    AttributionSignatures extra = bind("assistants:\n  - { id: inhouse, tool: In-house Agent, email: 'agent@corp\\.example' }\n",
        new Problems());
    Attributor attributor = new Attributor(AttributionSignaturesBinder.extend(AttributionSignaturesBinder.bundled(), extra));
    assertThat(attributor.of("Fix\n\nCo-authored-by: Bot <agent@corp.example>", "a", "a@b", "a", "a@b"))
        .extracting(Attribution::tool).containsExactly("In-house Agent");
  }

  @Test
  void anExtensionEntryWithABundledIdReplacesIt() {
    AttributionSignatures extra = bind("trailers:\n  - { id: made-with-cursor, tool: Cursor, key: Made-with, value: never }\n",
        new Problems());
    Attributor attributor = new Attributor(AttributionSignaturesBinder.extend(AttributionSignaturesBinder.bundled(), extra));
    assertThat(attributor.of("Fix\n\nMade-with: Cursor", "a", "a@b", "a", "a@b")).isEmpty();
  }

  @Test
  void aBadPatternIsALocatedError() {
    Problems problems = new Problems();
    assertThat(bind("assistants:\n  - id: x\n    tool: X\n    name: '(unclosed'\n", problems)).isNull();
    assertThat(problems.sorted()).extracting(Problem::toString).singleElement().asString()
        .startsWith("data/scan-rules.yaml:4:11: error: '(unclosed' is not a regular expression");
  }

  @Test
  void anUnknownKeyIsALocatedErrorWithASuggestion() {
    Problems problems = new Problems();
    bind("asistants: []\n", problems);
    assertThat(problems.sorted()).extracting(Problem::toString).singleElement().asString()
        .startsWith("data/scan-rules.yaml:1:1: error: unknown key 'asistants'").contains("assistants");
  }

  @Test
  void anIdentityWithoutNameOrEmailIsAnError() {
    Problems problems = new Problems();
    bind("not_ai:\n  - { id: x }\n", problems);
    assertThat(problems.sorted()).extracting(Problem::message).containsExactly("an identity needs 'name', 'email' or both");
  }
}
