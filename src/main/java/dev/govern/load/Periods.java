package dev.govern.load;

import java.time.Period;

/** Review periods in words, for policy text and pages. */
public final class Periods {
  private Periods() {}

  /** "monthly", "quarterly", "annually", or "every 6 months". */
  public static String describe(Period p) {
    long months = p.toTotalMonths();
    if (p.getDays() == 0) {
      if (months == 1) {
        return "monthly";
      }
      if (months == 3) {
        return "quarterly";
      }
      if (months == 12) {
        return "annually";
      }
      if (months % 12 == 0) {
        return "every " + months / 12 + " years";
      }
      return "every " + months + " months";
    }
    if (months == 0) {
      if (p.getDays() == 1) {
        return "daily";
      }
      if (p.getDays() == 7) {
        return "weekly";
      }
      return "every " + p.getDays() + " days";
    }
    return "every " + p;
  }
}
