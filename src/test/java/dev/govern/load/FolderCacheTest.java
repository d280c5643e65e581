package dev.govern.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.model.Control;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data folder loaded again into the same cache parses only the files whose contents changed. */
class FolderCacheTest {
  @TempDir Path dir;
  private final ParseCache cache = new ParseCache();

  @Test
  void aReloadParsesOnlyTheChangedFileAndSeesItsNewContents() throws IOException {
    Path data = Fixture.minimal(dir);
    GovernanceLoader.load(data, "data", cache);
    int files = cache.size();

    Fixture.write(data, "controls/core.yaml",
        Files.readString(data.resolve("controls/core.yaml")).replace("First control", "Renamed control"));
    Loaded again = GovernanceLoader.load(data, "data", cache);

    assertThat(cache.size()).isEqualTo(files + 1);
    assertThat(again.governance().orElseThrow().controls()).extracting(Control::name).contains("Renamed control");
  }

  @Test
  void anUnchangedFolderParsesNothingAndLoadsTheSame() {
    Path data = Fixture.minimal(dir);
    Loaded first = GovernanceLoader.load(data, "data", cache);
    int files = cache.size();

    Loaded again = GovernanceLoader.load(data, "data", cache);

    assertThat(cache.size()).isEqualTo(files);
    assertThat(again.governance()).isEqualTo(first.governance());
    assertThat(again.problems()).isEqualTo(first.problems());
  }

  @Test
  void aBrokenFileKeepsItsProblemsWhenReusedFromTheCache() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "risks.yaml", "risks: [\n");
    Loaded first = GovernanceLoader.load(data, "data", cache);

    Loaded again = GovernanceLoader.load(data, "data", cache);

    assertThat(first.problems()).isNotEmpty();
    assertThat(again.problems()).isEqualTo(first.problems());
  }
}
