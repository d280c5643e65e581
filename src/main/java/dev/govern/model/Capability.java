package dev.govern.model;

import java.util.Objects;

/** A practice beyond single controls that a maturity level may require. */
public record Capability(String id, String name, Status status) {
  public Capability {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
  }

  public boolean isAchieved() {
    return status == Status.IMPLEMENTED;
  }
}
