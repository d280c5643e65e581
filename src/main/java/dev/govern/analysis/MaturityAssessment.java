package dev.govern.analysis;

import dev.govern.model.Capability;
import dev.govern.model.Control;
import dev.govern.model.Maturity;
import dev.govern.model.MaturityLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The maturity assessment, by the source's rule: walk up from the lowest level; a level holds when
 * all its required controls are implemented and its capabilities achieved; stop at the first level
 * that fails. The gaps are the next level's requirements not yet met, in the order it lists them.
 *
 * @param current the highest level reached; null when even the lowest level fails
 * @param next the level after {@code current} (the lowest level when none is reached); null at the top
 * @param gaps ids of the next level's unmet controls, then its unmet capabilities
 * @param levels every level with each requirement ticked or not
 */
public record MaturityAssessment(
    MaturityLevel current, MaturityLevel next, List<String> gaps, List<LevelStatus> levels) {

  /** A level with each of its requirements and whether it is met. */
  public record LevelStatus(MaturityLevel level, boolean reached, List<Requirement> requirements) {
    public long metCount() {
      return requirements.stream().filter(Requirement::met).count();
    }
  }

  /** A required control or capability. {@code kind} is "control" or "capability". */
  public record Requirement(String kind, String id, String name, boolean met) {}

  public MaturityAssessment {
    gaps = List.copyOf(gaps);
    levels = List.copyOf(levels);
  }

  /** Assesses with the controls' own statuses. */
  public static MaturityAssessment of(Maturity maturity, List<Control> controls) {
    Set<String> implemented = controls.stream().filter(Control::isImplemented).map(Control::id)
        .collect(Collectors.toSet());
    return of(maturity, controls, implemented);
  }

  /** Assesses as if exactly {@code implemented} were the implemented controls (a what-if). */
  public static MaturityAssessment of(Maturity maturity, List<Control> controls, Set<String> implemented) {
    Set<String> achieved = maturity.capabilities().stream().filter(Capability::isAchieved)
        .map(Capability::id).collect(Collectors.toSet());
    Map<String, String> controlNames = new HashMap<>();
    controls.forEach(c -> controlNames.putIfAbsent(c.id(), c.name()));
    List<LevelStatus> statuses = new ArrayList<>();
    MaturityLevel current = null;
    boolean stillClimbing = true;
    for (MaturityLevel level : maturity.levels()) {
      List<Requirement> requirements = new ArrayList<>();
      for (String id : level.requiredControls(controls)) {
        String name = controlNames.getOrDefault(id, id);
        requirements.add(new Requirement("control", id, name, implemented.contains(id)));
      }
      for (String id : level.capabilitiesRequired()) {
        String name = maturity.capabilities().stream().filter(c -> c.id().equals(id)).map(Capability::name)
            .findFirst().orElse(id);
        requirements.add(new Requirement("capability", id, name, achieved.contains(id)));
      }
      boolean holds = requirements.stream().allMatch(Requirement::met);
      stillClimbing = stillClimbing && holds;
      if (stillClimbing) {
        current = level;
      }
      statuses.add(new LevelStatus(level, stillClimbing, requirements));
    }
    int nextIndex = current == null ? 0 : maturity.levels().indexOf(current) + 1;
    MaturityLevel next = nextIndex < maturity.levels().size() ? maturity.levels().get(nextIndex) : null;
    List<String> gaps = next == null ? List.of()
        : statuses.get(nextIndex).requirements().stream().filter(r -> !r.met()).map(Requirement::id).toList();
    return new MaturityAssessment(current, next, gaps, statuses);
  }
}
