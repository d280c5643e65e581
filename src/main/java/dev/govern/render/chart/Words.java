package dev.govern.render.chart;

import dev.govern.analysis.KpiStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Numbers, units and months as charts and their descriptions write them: always the same way,
 * whatever the default locale (so never {@code String.format} or {@code NumberFormat} defaults).
 */
final class Words {
  /** English month abbreviations; the CLDR root locale would say "M01". */
  private static final List<String> MONTHS =
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

  private Words() {}

  /** "92.4%", "12 hours", "3" for an empty unit: as the KPI tables write it. */
  static String withUnit(BigDecimal n, String unit) {
    return KpiStatus.withUnit(n, unit);
  }

  /** "Jan 2026". */
  static String month(LocalDate date) {
    return MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
  }

  /** "Jan". */
  static String monthName(LocalDate date) {
    return MONTHS.get(date.getMonthValue() - 1);
  }

  /** The text with characters XML cannot hold removed, so a stray control character cannot break the SVG. */
  static String clean(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != 0xfffe && c != 0xffff) {
        s.append(c);
      } else if (c == '\n' || c == '\t' || c == '\r') {
        s.append(' ');
      }
    }
    return s.toString();
  }
}
