package dev.govern.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The likelihood × impact matrix: scales lowest first, levels lowest first, and the level of every
 * cell. The grid is always explicit here: when the data gives thresholds the binder computes it.
 *
 * @param grid one row per likelihood (lowest first), one level id per impact (lowest first)
 * @param thresholds the minimum score of each level above the lowest, when the data gave them;
 *     empty for an explicit grid
 * @param appetite the highest residual level the organisation accepts without a plan of action;
 *     null when not given (then only the lowest level is accepted)
 */
public record RiskMatrix(
    List<Scale> likelihood,
    List<Scale> impact,
    List<RiskLevel> levels,
    List<List<String>> grid,
    Map<String, Integer> thresholds,
    String appetite) {

  public RiskMatrix {
    likelihood = List.copyOf(likelihood);
    impact = List.copyOf(impact);
    levels = List.copyOf(levels);
    grid = grid.stream().map(List::copyOf).toList();
    thresholds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(thresholds));
    if (grid.size() != likelihood.size()) {
      throw new IllegalArgumentException("grid needs one row per likelihood");
    }
    for (List<String> row : grid) {
      if (row.size() != impact.size()) {
        throw new IllegalArgumentException("grid needs one column per impact");
      }
    }
  }

  public Optional<Scale> likelihood(String id) {
    return likelihood.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Optional<Scale> impact(String id) {
    return impact.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Optional<RiskLevel> level(String id) {
    return levels.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  /** The level of a likelihood × impact cell, when both ids are on the scales. */
  public Optional<RiskLevel> levelAt(String likelihoodId, String impactId) {
    int row = indexOf(likelihood, likelihoodId);
    int column = indexOf(impact, impactId);
    if (row < 0 || column < 0) {
      return Optional.empty();
    }
    return level(grid.get(row).get(column));
  }

  /**
   * Whether a residual level is above the organisation's risk appetite: above {@code appetite}, or
   * above the lowest level when no appetite is given.
   */
  public boolean aboveAppetite(String levelId) {
    int limit = appetite == null ? 0 : rank(appetite);
    return rank(levelId) > limit;
  }

  /** Position of a level in the ordering lowest → highest, or -1. */
  public int rank(String levelId) {
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).id().equals(levelId)) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(List<Scale> scale, String id) {
    Objects.requireNonNull(id, "id");
    for (int i = 0; i < scale.size(); i++) {
      if (scale.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
