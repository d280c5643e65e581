package dev.govern.i18n;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Dates and numbers as one bundle writes them. Every symbol, pattern and month name comes from the
 * bundle's {@code format.*} keys, never from the JDK's locale data or the machine's default locale,
 * so a report is the same bytes on every machine and JDK, and an organisation can change a format as
 * it changes any message.
 */
final class Formats {
  /** The keys a bundle must define, with what each holds. */
  static final List<String> KEYS = List.of(
      "format.decimal", "format.group", "format.percent", "format.date", "format.date.long", "format.month",
      "format.month.short", "format.months", "format.months.short");

  private final String decimal;
  private final String group;
  private final String percent;
  private final DateTimeFormatter date;
  private final DateTimeFormatter dateLong;
  private final DateTimeFormatter month;
  private final DateTimeFormatter monthShort;
  private final List<String> monthNames;
  private final List<String> monthShortNames;

  /**
   * @throws IllegalArgumentException naming the key whose value is unusable
   */
  Formats(Map<String, String> texts) {
    decimal = required(texts, "format.decimal");
    group = required(texts, "format.group");
    percent = required(texts, "format.percent");
    if (!percent.contains("{0}")) {
      throw new IllegalArgumentException("format.percent must hold {0}, where the number goes");
    }
    monthNames = months(texts, "format.months");
    monthShortNames = months(texts, "format.months.short");
    date = pattern(texts, "format.date");
    dateLong = pattern(texts, "format.date.long");
    month = pattern(texts, "format.month");
    monthShort = pattern(texts, "format.month.short");
  }

  private static String required(Map<String, String> texts, String key) {
    String value = texts.get(key);
    if (value == null) {
      throw new IllegalArgumentException(key + " is missing");
    }
    return value;
  }

  private static List<String> months(Map<String, String> texts, String key) {
    List<String> names = List.of(required(texts, key).split("\\s*,\\s*", -1));
    if (names.size() != 12 || names.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException(key + " must list twelve month names, separated by commas");
    }
    return names;
  }

  /**
   * A pattern of ASCII letters as {@link DateTimeFormatter} reads them ({@code d}, {@code dd},
   * {@code M}, {@code MM}, {@code yyyy}), with {@code MMMM} and {@code MMM} for the bundle's month
   * names; every other character, and text in single quotes, is written as it is.
   */
  private DateTimeFormatter pattern(Map<String, String> texts, String key) {
    String p = required(texts, key);
    Map<Long, String> full = new HashMap<>();
    Map<Long, String> abbreviated = new HashMap<>();
    for (int m = 0; m < 12; m++) {
      full.put(m + 1L, monthNames.get(m));
      abbreviated.put(m + 1L, monthShortNames.get(m));
    }
    DateTimeFormatterBuilder b = new DateTimeFormatterBuilder();
    int i = 0;
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == '\'') {
        int end = p.indexOf('\'', i + 1);
        if (end < 0) {
          throw new IllegalArgumentException(key + ": a quote opened at character " + (i + 1) + " is never closed");
        }
        b.appendLiteral(end == i + 1 ? "'" : p.substring(i + 1, end));
        i = end + 1;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        int j = i;
        while (j < p.length() && p.charAt(j) == c) {
          j++;
        }
        String run = p.substring(i, j);
        switch (run) {
          case "MMMM" -> b.appendText(ChronoField.MONTH_OF_YEAR, full);
          case "MMM" -> b.appendText(ChronoField.MONTH_OF_YEAR, abbreviated);
          case "d", "dd", "M", "MM", "yyyy", "yy" -> b.appendPattern(run);
          default -> throw new IllegalArgumentException(key + ": '" + run
              + "' is not a date field here (use d, dd, M, MM, MMM, MMMM, yy, yyyy; quote other letters)");
        }
        i = j;
      } else {
        b.appendLiteral(c);
        i++;
      }
    }
    // Locale.ROOT only for the digits, which the patterns above write as ASCII in any locale.
    return b.toFormatter(Locale.ROOT);
  }

  String date(LocalDate d) {
    return date.format(d);
  }

  String dateLong(LocalDate d) {
    return dateLong.format(d);
  }

  String month(YearMonth m) {
    return month.format(m.atDay(1));
  }

  String monthShort(YearMonth m) {
    return monthShort.format(m.atDay(1));
  }

  String monthName(int month) {
    return monthNames.get(month - 1);
  }

  String monthShortName(int month) {
    return monthShortNames.get(month - 1);
  }

  /** {@code 1234.5} as {@code 1,234.5}, {@code 1.234,5}, {@code 1 234,5}: digits as given, never rounded. */
  String number(BigDecimal n) {
    String plain = n.toPlainString();
    boolean negative = plain.startsWith("-");
    if (negative) {
      plain = plain.substring(1);
    }
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot + 1);
    StringBuilder out = new StringBuilder();
    if (whole.length() > 3) {
      int head = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
      out.append(whole, 0, head);
      for (int k = head; k < whole.length(); k += 3) {
        out.append(group).append(whole, k, k + 3);
      }
    } else {
      out.append(whole);
    }
    if (!fraction.isEmpty()) {
      out.append(decimal).append(fraction);
    }
    return (negative ? "-" : "") + out;
  }

  String percent(String formattedNumber) {
    return percent.replace("{0}", formattedNumber);
  }
}
