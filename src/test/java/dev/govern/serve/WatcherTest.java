package dev.govern.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes under the watched folders arrive in batches: quick saves make one. */
class WatcherTest {
  /** Long enough that a busy machine's pause between two writes does not end a batch. */
  private static final Duration QUIET = Duration.ofMillis(400);
  @TempDir Path root;
  private final BlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();

  private Watcher watch() throws IOException {
    return Watcher.start(root, List.of(root.resolve("data"), root.resolve("templates")), batches::add, QUIET,
        Duration.ofSeconds(10));
  }

  private Set<Path> nextBatch() throws InterruptedException {
    Set<Path> batch = batches.poll(30, TimeUnit.SECONDS);
    assertThat(batch).as("a batch of changes").isNotNull();
    return batch;
  }

  @Test
  void severalQuickSavesMakeOneBatch() throws Exception {
    Path data = Files.createDirectories(root.resolve("data"));
    try (Watcher w = watch()) {
      for (int i = 0; i < 5; i++) {
        Files.writeString(data.resolve("risks.yaml"), "risks: [] # " + i + "\n");
      }

      assertThat(nextBatch()).contains(data.resolve("risks.yaml").toAbsolutePath());
      assertThat(batches.poll(QUIET.multipliedBy(3).toMillis(), TimeUnit.MILLISECONDS)).isNull();
    }
  }

  @Test
  void aFileInAFolderMadeAfterTheStartIsWatched() throws Exception {
    Path data = Files.createDirectories(root.resolve("data"));
    try (Watcher w = watch()) {
      Path controls = Files.createDirectories(data.resolve("controls"));
      nextBatch();

      Files.writeString(controls.resolve("core.yaml"), "controls: []\n");

      assertThat(nextBatch()).contains(controls.resolve("core.yaml").toAbsolutePath());
    }
  }

  @Test
  void aTemplatesFolderMadeAfterTheStartIsWatched() throws Exception {
    Files.createDirectories(root.resolve("data"));
    try (Watcher w = watch()) {
      Path assets = Files.createDirectories(root.resolve("templates/assets"));
      nextBatch();

      Files.writeString(assets.resolve("style.css"), "body {}\n");

      assertThat(nextBatch()).contains(assets.resolve("style.css").toAbsolutePath());
    }
  }

  @Test
  void editorsOwnFilesAreIgnored() {
    assertThat(List.of(".risks.yaml.swp", "risks.yaml~", "4913", "#risks.yaml#", ".git"))
        .allMatch(Watcher::ignored);
    assertThat(Watcher.ignored("risks.yaml")).isFalse();
  }
}
