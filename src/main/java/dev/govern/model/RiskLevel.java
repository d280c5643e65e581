package dev.govern.model;

import java.util.Objects;

/** A risk level of the matrix (low … critical), with the colour it is drawn in. */
public record RiskLevel(String id, String label, String color) {
  public RiskLevel {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(color, "color");
  }
}
