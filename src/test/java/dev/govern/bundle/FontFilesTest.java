package dev.govern.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Font bytes as files named by their content, written again when something removed them. */
class FontFilesTest {
  private static byte[] font(String seed) {
    return ("not a real font, only bytes to name: " + seed + System.nanoTime()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void theSameBytesGiveTheSameFileHoldingThem() throws Exception {
    byte[] data = font("same");
    Path first = FontFiles.of(data).orElseThrow();
    assertThat(FontFiles.of(data)).contains(first);
    assertThat(Files.readAllBytes(first)).isEqualTo(data);
    Files.deleteIfExists(first);
  }

  @Test
  void aFileRemovedSinceIsWrittenAgain() throws Exception {
    byte[] data = font("removed");
    Path file = FontFiles.of(data).orElseThrow();
    Files.delete(file);
    assertThat(FontFiles.of(data)).contains(file);
    assertThat(Files.readAllBytes(file)).isEqualTo(data);
    Files.deleteIfExists(file);
  }
}
