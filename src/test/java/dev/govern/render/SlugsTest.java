package dev.govern.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Slugs name files: distinct for distinct ids, and short enough for any file system (issue 11). */
class SlugsTest {

  @Test
  void asciiIdIsItself() {
    assertThat(Slugs.of("TM-001")).isEqualTo("TM-001");
  }

  @Test
  void longChineseIdMakesABoundedName() {
    String id = "风险".repeat(32); // 64 characters, 192 UTF-8 bytes

    String slug = Slugs.of(id);

    assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
    assertThat(("risks/" + slug + ".html").getBytes(StandardCharsets.UTF_8).length).isLessThan(255);
    assertThat(slug).startsWith(Slugs.of("风险").repeat(5)).matches("[A-Za-z0-9._~-]+~~[0-9a-f]{20}");
  }

  @Test
  void longIdsThatShareTheirStartStillDiffer() {
    String start = "风险".repeat(30);

    assertThat(Slugs.of(start + "甲")).isNotEqualTo(Slugs.of(start + "乙"));
  }

  @Test
  void aCutNeverSplitsAnEscape() {
    String slug = Slugs.of("a" + "é".repeat(60));

    assertThat(slug.substring(0, slug.indexOf("~~"))).matches("a(~[0-9a-f]{2})+");
  }
}
