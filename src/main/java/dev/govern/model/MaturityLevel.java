package dev.govern.model;

import java.util.List;
import java.util.Objects;

/**
 * A maturity level.
 *
 * @param requiresAllControls {@code controls_required: all}; {@code controlsRequired} is then empty
 */
public record MaturityLevel(
    int level,
    String name,
    String description,
    List<String> characteristics,
    boolean requiresAllControls,
    List<String> controlsRequired,
    List<String> capabilitiesRequired) {
  public MaturityLevel {
    Objects.requireNonNull(name, "name");
    characteristics = List.copyOf(characteristics);
    controlsRequired = List.copyOf(controlsRequired);
    capabilitiesRequired = List.copyOf(capabilitiesRequired);
  }

  /** The control ids this level requires, with "all" spelled out in the catalogue's order. */
  public List<String> requiredControls(List<Control> all) {
    return requiresAllControls ? all.stream().map(Control::id).toList() : controlsRequired;
  }
}
