package dev.govern.model;

import java.util.List;
import java.util.Objects;

/**
 * A key performance indicator: what is measured, how, the target per segment, and the values.
 *
 * @param source {@code scan.FIGURE} when the latest value is a figure of govern scan's measurements
 *     (see {@link Measurements#FIGURES}); null when every value is typed in
 */
public record Kpi(
    String id,
    String name,
    String definition,
    String measurement,
    List<Target> targets,
    List<KpiValue> values,
    String source) {
  public Kpi {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    targets = List.copyOf(targets);
    values = List.copyOf(values);
  }

  public Kpi(String id, String name, String definition, String measurement, List<Target> targets,
      List<KpiValue> values) {
    this(id, name, definition, measurement, targets, values, null);
  }

  public Kpi withValues(List<KpiValue> newValues) {
    return new Kpi(id, name, definition, measurement, targets, newValues, source);
  }

  /** The target as people read it: {@code >90%}, or {@code critical >99%, high >95%}. */
  public String targetText() {
    if (targets.size() == 1 && targets.get(0).segment().equals(Target.SINGLE)) {
      return targets.get(0).text();
    }
    return String.join(", ", targets.stream().map(t -> t.segment() + " " + t.text()).toList());
  }
}
