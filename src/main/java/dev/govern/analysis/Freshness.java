package dev.govern.analysis;

import java.time.LocalDate;
import java.time.Period;

/** Whether a dated item (evidence, a review) is still within its cadence as of a date. */
public enum Freshness {
  FRESH("fresh", "Fresh"),
  OVERDUE("overdue", "Overdue"),
  UNDATED("undated", "Undated");

  private final String id;
  private final String label;

  Freshness(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  /**
   * Undated when there is no date; overdue when the date plus the cadence is before {@code asOf};
   * fresh otherwise, including when there is no cadence to be late against.
   */
  public static Freshness of(LocalDate date, Period every, LocalDate asOf) {
    if (date == null) {
      return UNDATED;
    }
    if (every == null) {
      return FRESH;
    }
    return date.plus(every).isBefore(asOf) ? OVERDUE : FRESH;
  }
}
