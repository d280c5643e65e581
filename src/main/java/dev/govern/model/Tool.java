package dev.govern.model;

import java.time.LocalDate;
import java.util.Objects;

/** An AI coding tool in the inventory (control TM-001 of the default content). */
public record Tool(
    String id,
    String name,
    String vendor,
    ToolStatus status,
    Endpoint endpoint,
    LocalDate approvedOn,
    String ignoreFile) {
  public Tool {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(endpoint, "endpoint");
  }
}
