package dev.govern.render.chart;

import dev.govern.analysis.KpiStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import dev.govern.i18n.Messages;

/**
 * Numbers, units and months as charts and their descriptions write them: always the same way,
 * whatever the default locale (so never {@code String.format} or {@code NumberFormat} defaults).
 */
final class Words {
  private Words() {}

  /** "92.4%", "12 hours", "3" for an empty unit: as the KPI tables write it. */
  static String withUnit(BigDecimal n, String unit) {
    return KpiStatus.withUnit(n, unit);
  }

  /** "Jan 2026", "Jan. 2026", "2026年1月": the language's short month. */
  static String month(LocalDate date, Messages m) {
    return m.monthShort(java.time.YearMonth.from(date));
  }

  /** "Jan", "janv.": the language's short month name alone. */
  static String monthName(LocalDate date, Messages m) {
    return m.monthShortName(date.getMonthValue());
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
