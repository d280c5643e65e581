package dev.govern.model;

import java.util.List;
import java.util.Objects;

/**
 * A risk register entry. Levels are ids of the matrix's levels.
 *
 * @param inherentRisk the inherent level: as given, or computed from the matrix when not given
 * @param residualLikelihood null when only a residual level is given
 * @param residualImpact null when only a residual level is given
 * @param residualRisk the residual level: as given, or computed from the residual pair
 */
public record Risk(
    String id,
    String category,
    String description,
    String likelihood,
    String impact,
    String inherentRisk,
    List<String> controls,
    String residualLikelihood,
    String residualImpact,
    String residualRisk,
    String owner,
    Treatment treatment) {

  public Risk {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(likelihood, "likelihood");
    Objects.requireNonNull(impact, "impact");
    controls = List.copyOf(controls);
    if ((residualLikelihood == null) != (residualImpact == null)) {
      throw new IllegalArgumentException("residual likelihood and impact come as a pair");
    }
  }

  public boolean hasResidualPosition() {
    return residualLikelihood != null;
  }
}
