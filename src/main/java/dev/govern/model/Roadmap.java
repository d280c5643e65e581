package dev.govern.model;

import java.time.LocalDate;
import java.util.List;

/** The implementation roadmap; {@code start} (may be null) gives the months calendar dates. */
public record Roadmap(LocalDate start, List<Phase> phases) {
  public Roadmap {
    phases = List.copyOf(phases);
  }

  public static Roadmap empty() {
    return new Roadmap(null, List.of());
  }
}
