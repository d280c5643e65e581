package dev.govern.model;

import java.util.Objects;

/** A governance domain that groups controls; the data's order is the order everywhere. */
public record Domain(String id, String name, String description) {
  public Domain {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
