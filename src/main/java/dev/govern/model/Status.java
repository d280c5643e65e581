package dev.govern.model;

import java.util.Arrays;
import java.util.Optional;

/** How far a control (or a capability) is implemented, from least to most. */
public enum Status {
  NOT_IMPLEMENTED("not_implemented", "Not implemented"),
  PLANNED("planned", "Planned"),
  PARTIAL("partial", "Partial"),
  IMPLEMENTED("implemented", "Implemented");

  private final String id;
  private final String label;

  Status(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The spelling used in the data files. */
  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  /** Higher is further along; used to tell when a status went down. */
  public int rank() {
    return ordinal();
  }

  public static Optional<Status> fromId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }
}
