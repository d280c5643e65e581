package dev.govern.model;

import java.time.LocalDate;
import java.util.Objects;

/** A person who approved this version of the governance document; the date is optional. */
public record Approver(String name, String role, LocalDate date) {
  public Approver {
    Objects.requireNonNull(name, "name");
  }
}
