package dev.govern.load;

import java.time.Period;
import java.util.Locale;

/** Review periods in words, for policy text and pages, and from the words of a control's frequency. */
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

  /**
   * A review period from common frequency words ("Monthly", "Quarterly review", "Annual + …"); null
   * when the words name none.
   */
  public static Period fromWords(String frequency) {
    String f = frequency.toLowerCase(Locale.ROOT);
    if (f.startsWith("daily")) {
      return Period.ofDays(1);
    }
    if (f.startsWith("weekly")) {
      return Period.ofWeeks(1);
    }
    if (f.startsWith("monthly")) {
      return Period.ofMonths(1);
    }
    if (f.startsWith("quarterly")) {
      return Period.ofMonths(3);
    }
    if (f.startsWith("semi-annual") || f.startsWith("biannual") || f.startsWith("half-yearly")) {
      return Period.ofMonths(6);
    }
    if (f.startsWith("annual") || f.startsWith("yearly")) {
      return Period.ofYears(1);
    }
    return null;
  }
}
