package dev.govern.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence and reviews dated after the as-of date are warned about and never fresh (issue 11). */
class FutureDatesTest {
  @TempDir Path dir;

  private Path edited(String file, String from, String to) throws Exception {
    Path data = Fixture.minimal(dir);
    String text = Files.readString(data.resolve(file));
    assertThat(text).contains(from);
    Fixture.write(data, file, text.replace(from, to));
    return data;
  }

  @Test
  void evidenceDatedAfterTheAsOfDateIsWarnedAtItsDate() throws Exception {
    Path data = edited("controls/core.yaml", "date: 2026-01-10", "date: 2026-02-10");

    assertThat(Fixture.problems(data)).containsExactly("data/controls/core.yaml:7:15: warning: control C-1: evidence"
        + " 'Review log' is dated 2026-02-10, after the as-of date 2026-01-20; it is not counted as fresh (a typo in"
        + " the year?)");
  }

  @Test
  void aReviewDatedAtTheEndOfTimeIsWarnedNotFresh() throws Exception {
    Path data = edited("controls/core.yaml", "last_reviewed: 2026-01-10", "last_reviewed: 9999-12-31");

    assertThat(Fixture.problems(data)).containsExactly("data/controls/core.yaml:10:20: warning: control C-1:"
        + " last_reviewed 9999-12-31 is after the as-of date 2026-01-20; a review cannot be dated in the future, and it"
        + " is not counted as fresh");
  }

  @Test
  void aPolicyReviewInTheFutureIsWarned() throws Exception {
    Path data = edited("policies/use.md", "last_reviewed: 2026-01-05", "last_reviewed: 2027-01-05");

    assertThat(Fixture.problems(data)).singleElement().asString()
        .startsWith("data/policies/use.md:6:").contains("policy POL-1: last_reviewed 2027-01-05 is after the as-of date");
  }
}
