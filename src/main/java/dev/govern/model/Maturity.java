package dev.govern.model;

import java.util.List;

/** The maturity model: levels in ascending order, and the capabilities levels may require. */
public record Maturity(List<MaturityLevel> levels, List<Capability> capabilities) {
  public Maturity {
    levels = List.copyOf(levels);
    capabilities = List.copyOf(capabilities);
  }
}
