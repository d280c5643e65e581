package dev.govern.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.model.Catalogue;
import dev.govern.model.CatalogueItem;
import dev.govern.model.Control;
import dev.govern.model.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Coverage counts requirements (items with no sub-items) mapped by at least one control. */
class CoverageTest {
  /** GOV (a function) > GOV 1 (a category) > GOV 1.1, GOV 1.2; MAP > MAP 1.1; and a lone item X. */
  private static final Catalogue CATALOGUE = new Catalogue("fw", "Framework", "1", null, List.of(
      new CatalogueItem("GOV", "Govern", null),
      new CatalogueItem("GOV 1", "Policies", "GOV"),
      new CatalogueItem("GOV 1.1", "Legal requirements", "GOV 1"),
      new CatalogueItem("GOV 1.2", "Trustworthy AI", "GOV 1"),
      new CatalogueItem("MAP", "Map", null),
      new CatalogueItem("MAP 1.1", "Context", "MAP"),
      new CatalogueItem("X", "Lone item", null)));

  private static Control control(String id, Status status, String... items) {
    return new Control(id, "d", id, null, null, List.of(), null, null, status, null, null,
        Map.of("fw", List.of(items)));
  }

  @Test
  void requirementsAreTheItemsWithNoSubItems() {
    Coverage c = Coverage.of(CATALOGUE, List.of());

    assertThat(c.requirements()).isEqualTo(4);
    assertThat(c.items()).filteredOn(Coverage.ItemCoverage::requirement)
        .extracting(i -> i.item().id()).containsExactly("GOV 1.1", "GOV 1.2", "MAP 1.1", "X");
    assertThat(c.covered()).isZero();
    assertThat(c.percent()).isZero();
  }

  @Test
  void anItemIsCoveredByAnyControlAndImplementedByAnImplementedOne() {
    Coverage c = Coverage.of(CATALOGUE, List.of(
        control("A", Status.IMPLEMENTED, "GOV 1.1"),
        control("B", Status.PLANNED, "GOV 1.1", "MAP 1.1"),
        control("C", Status.PARTIAL, "GOV 1")));

    assertThat(c.covered()).isEqualTo(2);
    assertThat(c.implemented()).isEqualTo(1);
    assertThat(c.percent()).isEqualTo(50);
    assertThat(c.implementedPercent()).isEqualTo(25);
    assertThat(c.items().get(2).controls()).extracting(Control::id).containsExactly("A", "B");
  }

  @Test
  void groupsAreTheTopLevelItemsInCatalogueOrder() {
    Coverage c = Coverage.of(CATALOGUE, List.of(control("B", Status.PLANNED, "GOV 1.1", "MAP 1.1")));

    assertThat(c.groups()).extracting(Coverage.GroupCoverage::id, Coverage.GroupCoverage::label,
            Coverage.GroupCoverage::requirements, Coverage.GroupCoverage::covered)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("GOV", "GOV Govern", 2, 1),
            org.assertj.core.groups.Tuple.tuple("MAP", "MAP", 1, 1),
            org.assertj.core.groups.Tuple.tuple("X", "X Lone item", 1, 0));
  }

  @Test
  void aGroupTitleThatOnlyRepeatsItsIdIsNotPrintedTwice() {
    assertThat(Coverage.label("GOVERN", new CatalogueItem("GOVERN", "Govern", null))).isEqualTo("GOVERN");
    assertThat(Coverage.label("4", new CatalogueItem("4", "Context of the organization", null)))
        .isEqualTo("4 Context of the organization");
  }

  @Test
  void mappingsToOtherFrameworksDoNotCount() {
    Control other = new Control("A", "d", "A", null, null, List.of(), null, null, Status.IMPLEMENTED, null, null,
        Map.of("other", List.of("GOV 1.1")));

    assertThat(Coverage.of(CATALOGUE, List.of(other)).covered()).isZero();
  }

  @Test
  void percentRoundsDown() {
    assertThat(Coverage.percent(2, 3)).isEqualTo(66);
    assertThat(Coverage.percent(199, 200)).isEqualTo(99);
  }
}
