package dev.govern.model;

import java.util.Objects;

/** Whose governance this is. */
public record Organization(String name, String scope) {
  public Organization {
    Objects.requireNonNull(name, "name");
  }
}
