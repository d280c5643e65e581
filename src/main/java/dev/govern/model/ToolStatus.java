package dev.govern.model;

import java.util.Arrays;
import java.util.Optional;

/** Where an AI tool stands in the inventory. */
public enum ToolStatus {
  APPROVED("approved", "Approved"),
  UNDER_REVIEW("under_review", "Under review"),
  PROHIBITED("prohibited", "Prohibited");

  private final String id;
  private final String label;

  ToolStatus(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public static Optional<ToolStatus> fromId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }
}
