package dev.govern.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A KPI target such as {@code >99%} or {@code <24 hours}, for one segment.
 *
 * @param segment the segment name ("critical", "high"), or {@link #SINGLE} for a plain target
 * @param unit "%", a word such as "hours", or empty
 * @param text the target as written
 */
public record Target(String segment, Comparison comparison, BigDecimal number, String unit, String text) {
  /** The segment name of a KPI with a single target; its values use the key {@code value}. */
  public static final String SINGLE = "value";

  public Target {
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(text, "text");
  }

  public boolean isMetBy(BigDecimal value) {
    return comparison.test(value, number);
  }
}
