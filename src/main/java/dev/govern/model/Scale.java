package dev.govern.model;

import java.util.Objects;

/** One step of a likelihood or impact scale. */
public record Scale(String id, String label, int score) {
  public Scale {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
  }
}
