package dev.govern.analysis;

import java.time.LocalDate;
import java.time.Period;

/** Whether a dated item (evidence, a review) is still within its cadence as of a date. */
public enum Freshness {
  FRESH("fresh", "Fresh"),
  OVERDUE("overdue", "Overdue"),
  /** Dated after the as-of date: evidence or a review not yet given cannot be fresh (issue 11). */
  FUTURE("future", "Future-dated"),
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
   * Undated when there is no date; future-dated when the date is after {@code asOf} (a review dated
   * 9999-12-31 would otherwise silence "overdue" for ever); overdue when the date plus the cadence
   * is before {@code asOf}; fresh otherwise, including when there is no cadence to be late against.
   */
  public static Freshness of(LocalDate date, Period every, LocalDate asOf) {
    if (date == null) {
      return UNDATED;
    }
    if (date.isAfter(asOf)) {
      return FUTURE;
    }
    if (every == null) {
      return FRESH;
    }
    return date.plus(every).isBefore(asOf) ? OVERDUE : FRESH;
  }
}
