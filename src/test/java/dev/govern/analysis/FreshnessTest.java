package dev.govern.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** Evidence is fresh until its date plus its cadence, overdue after, undated without a date. */
class FreshnessTest {
  private static final LocalDate DATED = LocalDate.of(2026, 1, 31);

  @Test
  void withinTheCadenceIsFresh() {
    assertThat(Freshness.of(DATED, Period.ofMonths(1), LocalDate.of(2026, 2, 15))).isEqualTo(Freshness.FRESH);
  }

  @Test
  void onTheDueDateIsStillFresh() {
    // 31 January plus one month is 28 February.
    assertThat(Freshness.of(DATED, Period.ofMonths(1), LocalDate.of(2026, 2, 28))).isEqualTo(Freshness.FRESH);
  }

  @Test
  void theDayAfterTheDueDateIsOverdue() {
    assertThat(Freshness.of(DATED, Period.ofMonths(1), LocalDate.of(2026, 3, 1))).isEqualTo(Freshness.OVERDUE);
  }

  @Test
  void aDateAfterTheAsOfDateIsNeverFresh() {
    assertThat(Freshness.of(LocalDate.of(9999, 12, 31), Period.ofMonths(1), DATED)).isEqualTo(Freshness.FUTURE);
    assertThat(Freshness.of(DATED.plusDays(1), null, DATED)).isEqualTo(Freshness.FUTURE);
  }

  @Test
  void theAsOfDateItselfIsFresh() {
    assertThat(Freshness.of(DATED, Period.ofMonths(1), DATED)).isEqualTo(Freshness.FRESH);
  }

  @Test
  void noDateIsUndated() {
    assertThat(Freshness.of(null, Period.ofMonths(1), DATED)).isEqualTo(Freshness.UNDATED);
  }

  @Test
  void noCadenceIsNeverOverdue() {
    assertThat(Freshness.of(DATED, null, LocalDate.of(2099, 1, 1))).isEqualTo(Freshness.FRESH);
  }
}
