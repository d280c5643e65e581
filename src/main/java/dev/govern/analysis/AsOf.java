package dev.govern.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date freshness is judged at, and where it came from, so output never depends silently on
 * the clock: {@code --as-of}, else {@code SOURCE_DATE_EPOCH}, else the last commit, else today.
 */
public record AsOf(LocalDate date, String source) {
  public AsOf {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
  }

  @Override
  public String toString() {
    return date + " (" + source + ")";
  }
}
