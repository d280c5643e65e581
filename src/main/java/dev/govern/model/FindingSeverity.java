package dev.govern.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How serious a scan finding is: an error fails {@code govern scan} and the gate, a warning is shown. */
public enum FindingSeverity {
  ERROR("error"),
  WARNING("warning");

  private final String id;

  FindingSeverity(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<FindingSeverity> fromId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(FindingSeverity::id).toList();
  }
}
