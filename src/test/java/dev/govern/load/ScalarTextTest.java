package dev.govern.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scalars are read from their raw text by the field's type, never by YAML 1.1's guesses. */
class ScalarTextTest {
  @TempDir Path dir;

  private Path governanceWith(String from, String to) throws Exception {
    Path data = Fixture.minimal(dir);
    String text = Files.readString(data.resolve("governance.yaml"));
    assertThat(text).contains(from);
    Fixture.write(data, "governance.yaml", text.replace(from, to));
    return data;
  }

  @Test
  void noIsTheTextNoNotFalse() throws Exception {
    Path data = governanceWith("name: Minimal Org", "name: NO");

    assertThat(Fixture.governance(data).organization().name()).isEqualTo("NO");
  }

  @Test
  void versionOneTenKeepsItsTrailingZero() throws Exception {
    Path data = governanceWith("classification: INTERNAL", "classification: INTERNAL\n  version: 1.10");

    assertThat(Fixture.governance(data).document().version()).isEqualTo("1.10");
  }

  @Test
  void sexagesimalLookAlikeIsText() throws Exception {
    Path data = governanceWith("classification: INTERNAL", "classification: INTERNAL\n  version: 12:30");

    assertThat(Fixture.governance(data).document().version()).isEqualTo("12:30");
  }

  @Test
  void booleanWordsAsIdsAreText() throws Exception {
    Path data = governanceWith("  - id: core\n    name: Core", "  - id: core\n    name: Core\n  - id: on\n    name: off");

    assertThat(Fixture.governance(data).domains().get(1).id()).isEqualTo("on");
    assertThat(Fixture.governance(data).domains().get(1).name()).isEqualTo("off");
  }

  @Test
  void aPlainTildeIsNoValueButAQuotedOneIsText() throws Exception {
    Path data = governanceWith("classification: INTERNAL",
        "classification: INTERNAL\n  version: ~\n  owner: \"~\"");

    assertThat(Fixture.governance(data).document().version()).isNull();
    assertThat(Fixture.governance(data).document().owner()).isEqualTo("~");
  }
}
