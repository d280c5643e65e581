package dev.govern.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean": a swap of two neighbouring letters is one slip (issue 11: 'titel' had no hint). */
class SuggestTest {
  @Test
  void swappedLettersSuggestTheKey() {
    assertThat(Suggest.didYouMean("titel", List.of("id", "title", "owner"))).isEqualTo(" (did you mean 'title'?)");
  }

  @Test
  void distanceCountsASwapAsOneEdit() {
    assertThat(Suggest.distance("owenr", "owner")).isEqualTo(1);
    assertThat(Suggest.distance("kitten", "sitting")).isEqualTo(3);
  }
}
