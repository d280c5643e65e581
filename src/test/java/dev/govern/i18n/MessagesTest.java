package dev.govern.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static Messages shipped(String tag) {
    Map<String, String> texts = new HashMap<>(Messages.bundled("en"));
    texts.putAll(Messages.bundled(tag));
    return Messages.of(new Language(tag, tag), texts);
  }

  private static Messages with(String tag, Map<String, String> extra) {
    Map<String, String> texts = new HashMap<>(Messages.bundled("en"));
    texts.putAll(Messages.bundled(tag));
    texts.putAll(extra);
    return Messages.of(new Language(tag, tag), texts);
  }

  @Test
  void numbersUseEachLanguagesSeparatorsAndKeepEveryDigit() {
    BigDecimal n = new BigDecimal("12345.50");
    assertThat(shipped("en").number(n)).isEqualTo("12,345.50");
    assertThat(shipped("de").number(n)).isEqualTo("12.345,50");
    assertThat(shipped("fr").number(n)).isEqualTo("12\u202f345,50");
    assertThat(shipped("zh-TW").number(n)).isEqualTo("12,345.50");
    assertThat(shipped("de").number(-7)).isEqualTo("-7");
  }

  @Test
  void percentagesFollowTheLanguagesSpacing() {
    assertThat(shipped("en").percent(new BigDecimal("92.5"))).isEqualTo("92.5%");
    assertThat(shipped("de").percent(new BigDecimal("92.5"))).isEqualTo("92,5\u00a0%");
  }

  @Test
  void datesAndMonthsUseTheBundlesPatternsAndNames() {
    LocalDate d = LocalDate.of(2026, 3, 4);
    assertThat(shipped("en").date(d)).isEqualTo("2026-03-04");
    assertThat(shipped("de").date(d)).isEqualTo("04.03.2026");
    assertThat(shipped("fr").date(d)).isEqualTo("04/03/2026");
    assertThat(shipped("zh-TW").dateLong(d)).isEqualTo("2026年3月4日");
    assertThat(shipped("de").dateLong(d)).isEqualTo("4. März 2026");
    assertThat(shipped("fr").month(YearMonth.of(2026, 8))).isEqualTo("août 2026");
  }

  @Test
  void formatsDoNotDependOnTheMachinesLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertThat(shipped("en").number(new BigDecimal("1234.5"))).isEqualTo("1,234.5");
      assertThat(shipped("en").dateLong(LocalDate.of(2026, 1, 2))).isEqualTo("2 January 2026");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void argumentsFillPlaceholdersAndApostrophesStayAsWritten() {
    Messages m = with("fr", Map.of("x.test", "l'évaluation du {0} : {1}"));
    assertThat(m.get("x.test", LocalDate.of(2026, 11, 30), 1500)).isEqualTo("l'évaluation du 30/11/2026 : 1\u202f500");
  }

  @Test
  void countedMessagesPickTheLanguagesPluralForm() {
    Map<String, String> forms = Map.of("x.n.one", "{0} one", "x.n.other", "{0} other");
    assertThat(with("en", forms).plural("x.n", 1)).isEqualTo("1 one");
    assertThat(with("en", forms).plural("x.n", 0)).isEqualTo("0 other");
    assertThat(with("fr", forms).plural("x.n", 0)).isEqualTo("0 one");
    assertThat(with("zh-TW", forms).plural("x.n", 1)).isEqualTo("1 other");
  }

  @Test
  void aMissingKeyIsAnErrorNamingIt() {
    assertThatThrownBy(() -> shipped("de").get("no.such.key")).isInstanceOf(Messages.MissingMessage.class)
        .hasMessageContaining("no.such.key");
  }

  @Test
  void anUnusableFormatIsRefusedNamingItsKey() {
    assertThatThrownBy(() -> with("en", Map.of("format.date", "yyyy-QQ"))).hasMessageContaining("format.date")
        .hasMessageContaining("'QQ'");
    assertThatThrownBy(() -> with("en", Map.of("format.months", "Jan, Feb"))).hasMessageContaining("twelve");
  }
}
