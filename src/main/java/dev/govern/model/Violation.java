package dev.govern.model;

import java.util.Objects;

/** A repository that does not meet what its classification requires; always an error. */
public record Violation(String rule, String message) {
  public Violation {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }
}
