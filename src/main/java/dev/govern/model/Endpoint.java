package dev.govern.model;

import java.util.Arrays;
import java.util.Optional;

/** Whether a tool sends code to an enterprise (contracted) endpoint or a consumer one. */
public enum Endpoint {
  ENTERPRISE("enterprise", "Enterprise"),
  CONSUMER("consumer", "Consumer");

  private final String id;
  private final String label;

  Endpoint(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public static Optional<Endpoint> fromId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }
}
