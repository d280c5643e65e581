package dev.govern.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import dev.govern.model.Capability;
import dev.govern.model.Control;
import dev.govern.model.Governance;
import dev.govern.model.Maturity;
import dev.govern.model.MaturityLevel;
import dev.govern.model.Status;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The maturity assessment follows the source's rule exactly (DATA-FORMAT, "Assessment"). */
class MaturityAssessmentTest {
  private static Governance shipped;

  @BeforeAll
  static void load() {
    shipped = Fixture.governance(Fixture.SHIPPED);
  }

  @Test
  void shippedDataIsLevelTwoDevelopingWorkingTowardThree() {
    MaturityAssessment a = MaturityAssessment.of(shipped.maturity(), shipped.controls());

    assertThat(a.current().level()).isEqualTo(2);
    assertThat(a.current().name()).isEqualTo("Developing");
    assertThat(a.next().level()).isEqualTo(3);
    assertThat(a.gaps()).containsExactly("TM-003", "DP-001", "DP-002", "SEC-002", "SEC-003", "CMP-001", "OPS-002");
  }

  @Test
  void whatIfGivesTheNextLevelsGapsInItsOrder() {
    MaturityAssessment a = MaturityAssessment.of(shipped.maturity(), shipped.controls(),
        Set.of("TM-001", "TM-002", "OPS-001"));

    assertThat(a.current().level()).isEqualTo(2);
    assertThat(a.current().name()).isEqualTo("Developing");
    assertThat(a.next().level()).isEqualTo(3);
    assertThat(a.gaps()).containsExactly(
        "TM-003", "DP-001", "DP-002", "SEC-001", "SEC-002", "SEC-003", "CMP-001", "OPS-002");
  }

  @Test
  void aLevelWithNoRequirementsAlwaysHolds() {
    MaturityAssessment a = MaturityAssessment.of(shipped.maturity(), shipped.controls(), Set.of());

    assertThat(a.current().level()).isEqualTo(1);
    assertThat(a.gaps()).containsExactly("TM-001", "TM-002", "OPS-001");
  }

  @Test
  void everyControlButOneOfLevelThreeStaysAtTwo() {
    Set<String> implemented = new HashSet<>(ids(shipped.controls()));
    implemented.remove("TM-003");

    MaturityAssessment a = MaturityAssessment.of(shipped.maturity(), shipped.controls(), implemented);

    assertThat(a.current().level()).isEqualTo(2);
    assertThat(a.gaps()).containsExactly("TM-003");
  }

  @Test
  void aLevelCountsOnlyWhenEveryLowerLevelDoes() {
    Maturity m = new Maturity(List.of(
        level(1, List.of("TM-001")), level(2, List.of("TM-002")), level(3, List.of("TM-003"))), List.of());

    MaturityAssessment a = MaturityAssessment.of(m, shipped.controls(), Set.of("TM-001", "TM-003"));

    assertThat(a.current().level()).isEqualTo(1);
    assertThat(a.gaps()).containsExactly("TM-002");
    assertThat(a.levels()).extracting(MaturityAssessment.LevelStatus::reached).containsExactly(true, false, false);
  }

  @Test
  void allControlsWithoutTheCapabilitiesStopAtLevelFour() {
    MaturityAssessment a = MaturityAssessment.of(shipped.maturity(), shipped.controls(),
        Set.copyOf(ids(shipped.controls())));

    assertThat(a.current().level()).isEqualTo(4);
    assertThat(a.next().level()).isEqualTo(5);
    assertThat(a.gaps()).containsExactly("predictive-risk-analytics", "automated-policy-generation",
        "ai-assisted-governance", "industry-benchmarking", "continuous-red-teaming", "zero-trust-tool-execution");
  }

  @Test
  void levelFiveIsReachableWithEveryCapability() {
    Maturity achieved = withCapabilities(shipped.maturity(), Status.IMPLEMENTED);

    MaturityAssessment a = MaturityAssessment.of(achieved, shipped.controls(), Set.copyOf(ids(shipped.controls())));

    assertThat(a.current().level()).isEqualTo(5);
    assertThat(a.next()).isNull();
    assertThat(a.gaps()).isEmpty();
  }

  @Test
  void noLevelReachedWhenTheLowestFails() {
    Maturity m = new Maturity(List.of(
        level(0, List.of("TM-001")), level(1, List.of("TM-002"))), List.of());

    MaturityAssessment a = MaturityAssessment.of(m, shipped.controls(), Set.of("TM-002"));

    assertThat(a.current()).isNull();
    assertThat(a.next().level()).isZero();
    assertThat(a.gaps()).containsExactly("TM-001");
  }

  /**
   * A few hundred subsets of the 12 controls, each assessed by MaturityAssessment and by a straight
   * re-implementation of the source's Python {@code assess_maturity}, extended only as DATA-FORMAT
   * says: a level whose capabilities are not achieved fails, and they are gaps after its controls.
   */
  @Test
  void agreesWithTheSourcesRuleOnRandomSubsets() {
    List<String> all = ids(shipped.controls());
    assertThat(all).hasSize(12);
    Random random = new Random(20261125L);
    List<Set<String>> subsets = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      Set<String> s = new HashSet<>();
      all.forEach(id -> {
        if (random.nextBoolean()) {
          s.add(id);
        }
      });
      subsets.add(s);
    }
    // Near each level's requirements, so that every level is reached, missed by one and passed.
    for (MaturityLevel level : shipped.maturity().levels()) {
      for (int i = 0; i < 60; i++) {
        Set<String> s = new HashSet<>(level.requiredControls(shipped.controls()));
        List<String> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, random);
        int drop = random.nextInt(3);
        s.removeAll(shuffled.subList(0, drop));
        s.addAll(shuffled.subList(drop, drop + random.nextInt(4)));
        subsets.add(s);
      }
    }
    int[] reached = new int[6];
    for (Maturity maturity : List.of(shipped.maturity(), withCapabilities(shipped.maturity(), Status.IMPLEMENTED))) {
      for (Set<String> implemented : subsets) {
        MaturityAssessment a = MaturityAssessment.of(maturity, shipped.controls(), implemented);
        PythonRule expected = PythonRule.assess(maturity, all, implemented);

        assertThat(a.current().level()).as("level for %s", implemented).isEqualTo(expected.currentLevel());
        assertThat(a.current().name()).isEqualTo(expected.levelName());
        assertThat(a.next() == null ? null : a.next().level()).as("next for %s", implemented)
            .isEqualTo(expected.nextLevel());
        assertThat(a.gaps()).as("gaps for %s", implemented).isEqualTo(expected.gaps());
        reached[a.current().level()]++;
      }
    }
    assertThat(reached).as("subsets reaching each level 1-5").satisfies(r -> {
      for (int level = 1; level <= 5; level++) {
        assertThat(r[level]).as("level %d", level).isPositive();
      }
    });
  }

  /** The source's assess_maturity, transcribed line by line. */
  private record PythonRule(int currentLevel, String levelName, Integer nextLevel, List<String> gaps) {
    static PythonRule assess(Maturity maturity, List<String> allControls, Set<String> implemented) {
      Set<String> achieved = new HashSet<>();
      maturity.capabilities().stream().filter(Capability::isAchieved).forEach(c -> achieved.add(c.id()));
      int currentLevel = 1;
      for (MaturityLevel level : maturity.levels()) {
        List<String> required = level.requiresAllControls() ? allControls : level.controlsRequired();
        if (implemented.containsAll(required) && achieved.containsAll(level.capabilitiesRequired())) {
          currentLevel = level.level();
        } else {
          break;
        }
      }
      int found = currentLevel;
      MaturityLevel current = maturity.levels().stream().filter(l -> l.level() == found).findFirst().orElseThrow();
      MaturityLevel next = maturity.levels().stream().filter(l -> l.level() == found + 1).findFirst().orElse(null);
      List<String> gaps = new ArrayList<>();
      if (next != null) {
        List<String> required = next.requiresAllControls() ? allControls : next.controlsRequired();
        required.stream().filter(id -> !implemented.contains(id)).forEach(gaps::add);
        next.capabilitiesRequired().stream().filter(id -> !achieved.contains(id)).forEach(gaps::add);
      }
      return new PythonRule(currentLevel, current.name(), next == null ? null : next.level(), gaps);
    }
  }

  private static List<String> ids(List<Control> controls) {
    return controls.stream().map(Control::id).toList();
  }

  private static MaturityLevel level(int n, List<String> controls) {
    return new MaturityLevel(n, "Level " + n, null, List.of(), false, controls, List.of());
  }

  private static Maturity withCapabilities(Maturity m, Status status) {
    return new Maturity(m.levels(),
        m.capabilities().stream().map(c -> new Capability(c.id(), c.name(), status)).toList());
  }
}
