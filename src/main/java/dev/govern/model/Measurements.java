package dev.govern.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The committed results of the last {@code govern scan}: one measurement per repository, sorted by
 * id, all as of one date.
 */
public record Measurements(LocalDate asOf, List<RepositoryScan> repositories) {
  public Measurements {
    Objects.requireNonNull(asOf, "asOf");
    repositories = List.copyOf(repositories);
  }

  public Optional<RepositoryScan> repository(String id) {
    return repositories.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
