package dev.govern.model;

import java.util.Arrays;
import java.util.Optional;

/** How a risk is treated. */
public enum Treatment {
  MITIGATE("mitigate", "Mitigate"),
  ACCEPT("accept", "Accept"),
  TRANSFER("transfer", "Transfer"),
  AVOID("avoid", "Avoid");

  private final String id;
  private final String label;

  Treatment(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public static Optional<Treatment> fromId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }
}
