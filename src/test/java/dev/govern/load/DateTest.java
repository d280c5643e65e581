package dev.govern.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A date is YYYY-MM-DD and nothing else; anything else is an error at the value. */
class DateTest {
  @TempDir Path dir;

  /** The minimal controls file with C-1's last_reviewed (line 6, column 20) set to {@code date}. */
  private Path reviewedOn(String date) {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "controls/core.yaml", """
        controls:
          - id: C-1
            domain: core
            name: First control
            status: implemented
            last_reviewed: %s
          - id: C-2
            domain: core
            name: Second control
            status: planned
        """.formatted(date));
    return data;
  }

  @Test
  void isoDateIsRead() {
    Path data = reviewedOn("2026-01-10");

    assertThat(Fixture.governance(data).controls().get(0).lastReviewed()).isEqualTo(LocalDate.of(2026, 1, 10));
  }

  @Test
  void monthThirteenIsNotARealDate() {
    assertThat(Fixture.problems(reviewedOn("2026-13-01")))
        .containsExactly("data/controls/core.yaml:6:20: error: '2026-13-01' is not a real date");
  }

  @Test
  void februaryThirtiethIsNotARealDate() {
    assertThat(Fixture.problems(reviewedOn("2026-02-30")))
        .containsExactly("data/controls/core.yaml:6:20: error: '2026-02-30' is not a real date");
  }

  @Test
  void slashesAreNotADate() {
    assertThat(Fixture.problems(reviewedOn("2026/01/01")))
        .containsExactly("data/controls/core.yaml:6:20: error: expected a date as YYYY-MM-DD, found '2026/01/01'");
  }

  @Test
  void digitsWithoutDashesAreNotADate() {
    assertThat(Fixture.problems(reviewedOn("20260101")))
        .containsExactly("data/controls/core.yaml:6:20: error: expected a date as YYYY-MM-DD, found '20260101'");
  }

  @Test
  void unpaddedMonthIsNotADate() {
    assertThat(Fixture.problems(reviewedOn("2026-1-5")))
        .containsExactly("data/controls/core.yaml:6:20: error: expected a date as YYYY-MM-DD, found '2026-1-5'");
  }

  @Test
  void periodLongerThanACenturyIsAnErrorAtTheValue() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "controls/core.yaml", """
        controls:
          - id: C-1
            domain: core
            name: First control
            status: implemented
            review_every: P999999999Y
            last_reviewed: 2026-01-10
          - id: C-2
            domain: core
            name: Second control
            status: planned
        """);

    assertThat(Fixture.problems(data))
        .containsExactly("data/controls/core.yaml:6:19: error: the period 'P999999999Y' is longer than 100 years");
  }
}
