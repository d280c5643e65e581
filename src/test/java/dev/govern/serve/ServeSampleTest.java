package dev.govern.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.render.SiteFixture;
import dev.govern.render.SiteModel;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code govern serve} on a copy of the shipped sample: the pages a build writes from the
 * repository inventory and the committed scan, and saves of those files reaching open pages.
 */
class ServeSampleTest {
  private static final String LEDGER = "measurements/repositories/ledger-core.yaml";
  @TempDir Path dir;
  private Served served;

  @BeforeEach
  void start() {
    served = Served.start(SiteFixture.copy(SiteFixture.SHIPPED, dir.resolve("repo/data")));
  }

  @AfterEach
  void stop() {
    served.close();
  }

  @Test
  void servesTheRepositoriesAndAiAttributionPagesABuildWrites() {
    assertThat(served.get("/repositories.html").statusCode()).isEqualTo(200);
    assertThat(served.text("/repositories.html")).contains("ledger-core").contains("Finance Engineering");
    assertThat(served.text("/" + SiteModel.AI_PAGE)).contains("AI-attributed commits where AI tools are prohibited")
        .contains("f521b6931e44ae2d369ee61722c306d9ce7a9a85");
  }

  @Test
  void aRiskPageShowsItsUnearnedReduction() {
    assertThat(served.text("/" + SiteModel.riskPage("R003"))).contains("id=\"unearned\"")
        .contains("the reduction is claimed, not earned");
  }

  @Test
  void aSavedMeasurementReloadsTheRepositoriesPage() {
    String page = "/repositories.html";
    try (Served.Events events = served.listen(page, served.hash(page))) {
      served.write(LEDGER, served.read(LEDGER).replace("owner: \"Finance Engineering\"", "owner: \"Ledger Guild\""));

      assertThat(events.next()).contains("event: reload");
      assertThat(served.text(page)).contains("Ledger Guild").doesNotContain("Finance Engineering");
    }
  }

  @Test
  void aSavedHistoryMeasurementReloadsTheAiAttributionPage() {
    String page = "/" + SiteModel.AI_PAGE;
    try (Served.Events events = served.listen(page, served.hash(page))) {
      served.write(LEDGER, served.read(LEDGER).replace("tools: [\"Claude Code\"]", "tools: [\"Aider\"]"));

      assertThat(events.next()).contains("event: reload");
      assertThat(served.text(page)).contains("<td>Aider</td>");
    }
  }

  @Test
  void aBrokenRepositoryInventoryShowsItsPlaceAndAFixClearsIt() {
    String page = "/repositories.html";
    String inventory = served.read("repositories.yaml");
    try (Served.Events events = served.listen(page, served.hash(page))) {
      served.write("repositories.yaml", inventory.replace("classification: PUBLIC", "classification: PUBLIK"));

      assertThat(events.next()).contains("event: problems")
          .anyMatch(line -> line.matches("data: .*repositories\\.yaml:\\d+:\\d+: error: .*unknown classification 'PUBLIK'.*"));

      served.write("repositories.yaml", inventory);

      assertThat(events.next()).containsAnyOf("event: ok", "event: reload");
    }
  }
}
