package dev.govern.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govern.analysis.Analysis;
import dev.govern.load.Fixture;
import dev.govern.model.Governance;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The figures attached to the PDF say what the report flags: the appetite and unearned reductions. */
class ReportFactsTest {
  private static JsonNode facts() throws Exception {
    Governance g = Fixture.governance(Fixture.SHIPPED);
    LocalDate asOf = LocalDate.of(2026, 11, 30);
    Provenance p = new Provenance(null, false, asOf, "--as-of", Instant.parse("2026-11-30T00:00:00Z"), "test",
        "0".repeat(64), null);
    return new ObjectMapper().readTree(ReportFacts.json(g, Analysis.of(g, asOf), p));
  }

  private static JsonNode risk(JsonNode facts, String id) {
    for (JsonNode r : facts.get("risks")) {
      if (r.get("id").asText().equals(id)) {
        return r;
      }
    }
    throw new AssertionError("no risk " + id);
  }

  @Test
  void unearnedReductionsAreFlaggedAsTheReportFlagsThem() throws Exception {
    JsonNode facts = facts();

    assertThat(risk(facts, "R003").get("unearned_reduction").asText()).isEqualTo("unearned");
    assertThat(risk(facts, "R004").get("unearned_reduction").asText()).isEqualTo("partly");
    assertThat(risk(facts, "R001").get("unearned_reduction").isNull()).isTrue();
  }

  @Test
  void theAppetiteAndTheRisksAboveItAreStated() throws Exception {
    JsonNode facts = facts();
    JsonNode appetite = facts.get("risk_appetite");

    assertThat(appetite.get("appetite").asText()).isEqualTo("medium");
    for (JsonNode id : appetite.get("risks_above")) {
      assertThat(risk(facts, id.asText()).get("above_appetite").asBoolean()).isTrue();
    }
    assertThat(facts.get("risks")).filteredOn(r -> r.get("above_appetite").asBoolean())
        .hasSize(appetite.get("risks_above").size());
  }
}
