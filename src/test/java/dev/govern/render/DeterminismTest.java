package dev.govern.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Same input, same bytes: two builds of the same data into different folders give identical trees,
 * also when the JVM's default locale and time zone differ (pages are rendered on all cores, so this
 * also catches output that depends on thread timing).
 */
class DeterminismTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"shipped", "second"})
  void twoBuildsGiveByteIdenticalTrees(String org) {
    Path data = SiteFixture.copy(source(org), dir.resolve("data"));

    Map<String, byte[]> first = build(data, dir.resolve("site"));
    Map<String, byte[]> second = build(data, dir.resolve("elsewhere").resolve("other-site"));

    assertSameTree(first, second);
  }

  @ParameterizedTest
  @ValueSource(strings = {"shipped", "second"})
  void anotherDefaultLocaleAndTimeZoneGiveTheSameBytes(String org) {
    Path data = SiteFixture.copy(source(org), dir.resolve("data"));
    Map<String, byte[]> usual = build(data, dir.resolve("site"));

    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    Map<String, byte[]> turkish;
    try {
      // Turkish changes "i".toUpperCase(); Kiritimati is UTC+14, a day ahead of UTC for most hours.
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      turkish = build(data, dir.resolve("site-tr"));
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }

    assertSameTree(usual, turkish);
  }

  private static Path source(String org) {
    return org.equals("shipped") ? SiteFixture.SHIPPED : SiteFixture.SECOND;
  }

  private static Map<String, byte[]> build(Path data, Path out) {
    SiteFixture.Run run = SiteFixture.build(data, out);
    assertThat(run.code()).as(run.all()).isZero();
    return tree(out);
  }

  /** Every file of a folder by its relative path, sorted. */
  private static Map<String, byte[]> tree(Path root) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static void assertSameTree(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    List<String> different = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : expected.entrySet()) {
      byte[] other = actual.get(file.getKey());
      if (!Arrays.equals(file.getValue(), other)) {
        different.add(file.getKey() + ": " + firstDifference(file.getValue(), other));
      }
    }
    assertThat(different).as("files that differ between the builds").isEmpty();
  }

  /** The first line that differs, to make a failure readable. */
  private static String firstDifference(byte[] a, byte[] b) {
    String[] left = new String(a, StandardCharsets.UTF_8).split("\n", -1);
    String[] right = new String(b, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      if (!left[i].equals(right[i])) {
        return "line " + (i + 1) + ": '" + shorten(left[i]) + "' vs '" + shorten(right[i]) + "'";
      }
    }
    return left.length + " lines vs " + right.length;
  }

  private static String shorten(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "…";
  }
}
