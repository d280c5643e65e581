package dev.govern.model;

import java.util.Arrays;
import java.util.Optional;

/** Progress of a roadmap activity. */
public enum ActivityStatus {
  PLANNED("planned", "Planned"),
  IN_PROGRESS("in_progress", "In progress"),
  DONE("done", "Done");

  private final String id;
  private final String label;

  ActivityStatus(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public static Optional<ActivityStatus> fromId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }
}
