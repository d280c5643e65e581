package dev.govern.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A build killed at any step of publishing leaves either the previous site or the new one in place,
 * complete, and the next build recovers whatever it left behind (issue 12). The kill is real: a
 * child JVM publishes, stops at a named checkpoint, and is killed there.
 */
class PublishKillTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "killed at {0}")
  @ValueSource(strings = {"locked", "writing", "written", "swapped", "cleaning", "done"})
  void killedBuildLeavesTheOldOrTheNewSiteWhole(String step) throws Exception {
    Path site = dir.resolve("site");
    SitePublisher.publish(site, List.of(), PublishingChild.site("A"), SitePublisher.Checkpoint.NONE);

    killAt(site, "B", step, "exchange");

    assertThat(version(site)).as("the site after a kill at %s", step).isIn("A", "B");
  }

  @ParameterizedTest(name = "killed at {0} ({1})")
  @CsvSource({
    "locked, exchange", "writing, exchange", "written, exchange", "swapped, exchange", "cleaning, exchange",
    "done, exchange",
    "writing, rename", "written, rename", "moved-aside, rename", "swapped, rename", "cleaning, rename"
  })
  void nextBuildAfterAKillLeavesNothingBehind(String step, String mode) throws Exception {
    Path site = dir.resolve("site");
    SitePublisher.publish(site, List.of(), PublishingChild.site("A"), SitePublisher.Checkpoint.NONE);
    killAt(site, "B", step, mode);

    SitePublisher.publish(site, List.of(), PublishingChild.site("C"), SitePublisher.Checkpoint.NONE);

    assertThat(list(dir)).as("leftovers after the next build").containsExactly("site");
    assertThat(version(site)).isEqualTo("C");
  }

  @Test
  void folderWithNoSiteAfterAKillBetweenRenamesGetsThePreviousSiteBack() throws Exception {
    Path site = dir.resolve("site");
    SitePublisher.publish(site, List.of(), PublishingChild.site("A"), SitePublisher.Checkpoint.NONE);
    killAt(site, "B", "moved-aside", "rename");
    assertThat(site).doesNotExist();

    SitePublisher.recover(site.toAbsolutePath());

    assertThat(version(site)).isEqualTo("A");
  }

  @Test
  void buildWaitsForAnotherPublishingToTheSameFolder() throws Exception {
    Path site = dir.resolve("site");
    Process child = start(site, "B", "written", "exchange");
    awaitLine(child, "AT written");
    java.util.concurrent.atomic.AtomicReference<Exception> failure = new java.util.concurrent.atomic.AtomicReference<>();
    Thread publisher = new Thread(() -> {
      try {
        SitePublisher.publish(site, List.of(), PublishingChild.site("C"), SitePublisher.Checkpoint.NONE);
      } catch (PublishException e) {
        failure.set(e);
      }
    });
    publisher.start();
    publisher.join(1000);

    assertThat(failure.get()).isNull();
    assertThat(publisher.isAlive()).as("waits while the other build holds the lock").isTrue();
    assertThat(site).doesNotExist();
    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    publisher.join(30_000);
    assertThat(version(site)).isEqualTo("C");
    assertThat(list(dir)).containsExactly("site");
  }

  private static void killAt(Path site, String version, String step, String mode) throws Exception {
    Process child = start(site, version, step, mode);
    try {
      awaitLine(child, "AT " + step);
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  private static Process start(Path site, String version, String step, String mode) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
        System.getProperty("java.class.path"), PublishingChild.class.getName(), site.toString(), version, step, mode)
        .redirectErrorStream(true).start();
  }

  private static void awaitLine(Process child, String expected) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line; (line = out.readLine()) != null; ) {
      if (line.equals(expected)) {
        return;
      }
      seen.append(line).append('\n');
    }
    throw new AssertionError("the child ended before '" + expected + "':\n" + seen);
  }

  /**
   * The version of the complete site at {@code site}: every file of that version with its exact
   * bytes, the marker, and nothing else; "none" when there is no site, "partial" otherwise.
   */
  private static String version(Path site) throws IOException {
    if (!Files.exists(site)) {
      return "none";
    }
    Map<String, byte[]> actual = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(site)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        actual.put(site.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    if (actual.remove(SitePublisher.MARKER) == null) {
      return "partial";
    }
    for (String version : List.of("A", "B", "C")) {
      Map<String, byte[]> expected = PublishingChild.site(version);
      if (actual.keySet().equals(expected.keySet())
          && expected.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), actual.get(e.getKey())))) {
        return version;
      }
    }
    return "partial";
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
