package dev.govern.model;

import java.util.List;
import java.util.Objects;

/**
 * A roadmap phase over months counted from 1.
 *
 * @param targetMaturity the maturity level the phase aims for; null when not given
 */
public record Phase(
    String id, String name, int firstMonth, int lastMonth, Integer targetMaturity, List<Activity> activities) {
  public Phase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (firstMonth < 1 || lastMonth < firstMonth) {
      throw new IllegalArgumentException("months must be 1 <= first <= last");
    }
    activities = List.copyOf(activities);
  }
}
