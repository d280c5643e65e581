package dev.govern.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The document's marking: a repository classification id or a common marking, else a warning (issue 11). */
class DocumentMarkingTest {
  @TempDir Path dir;

  private Path marked(String marking) throws Exception {
    Path data = Fixture.minimal(dir);
    String text = Files.readString(data.resolve("governance.yaml"));
    assertThat(text).contains("classification: INTERNAL");
    Fixture.write(data, "governance.yaml", text.replace("classification: INTERNAL", "classification: " + marking));
    return data;
  }

  @Test
  void typoIsAWarningWithTheMarkingItProbablyMeant() throws Exception {
    assertThat(Fixture.problems(marked("CONFIDENTAL"))).singleElement().asString()
        .matches("data/governance\\.yaml:\\d+:\\d+: warning: document\\.classification 'CONFIDENTAL' is neither a"
            + " classification id of governance\\.yaml nor a common marking \\(did you mean 'CONFIDENTIAL'\\?\\);"
            + " it is printed on every page, so check its spelling");
  }

  @ParameterizedTest
  @ValueSource(strings = {"CONFIDENTIAL", "TLP:AMBER", "Internal", "OFFICIAL-SENSITIVE", "\"機密 / CONFIDENTIEL\"",
      "PROJECT ORCHID ONLY"})
  void commonMarkingsNeedNotBeClassificationIds(String marking) throws Exception {
    assertThat(Fixture.problems(marked(marking))).isEmpty();
  }
}
