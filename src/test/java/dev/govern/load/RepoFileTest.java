package dev.govern.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A repo file is read whole, within its size and time limits, or refused with a sentence. */
class RepoFileTest {
  @TempDir Path dir;

  @Test
  void aFileWithinItsLimitsIsReadWhole() throws Exception {
    byte[] bytes = new byte[200_000];
    bytes[199_999] = 7;
    Files.write(dir.resolve("a.bin"), bytes);

    assertThat(RepoFile.read(dir.resolve("a.bin"), dir.toRealPath(), "a.bin", 200_000)).isEqualTo(bytes);
  }

  @Test
  void aFileNotReadWithinTheTimeLimitIsRefused() throws Exception {
    Files.write(dir.resolve("slow.bin"), new byte[300_000]); // several chunks: the clock is looked at between them

    assertThatThrownBy(() -> RepoFile.bounded(dir.resolve("slow.bin"), 1 << 20, 0))
        .isInstanceOf(RepoFile.Refused.class).hasMessageStartingWith("not read within 0 s");
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedEvenWhenItsSizeWasNotLookedAt() throws Exception {
    Files.write(dir.resolve("big.bin"), new byte[5000]);

    assertThatThrownBy(() -> RepoFile.bounded(dir.resolve("big.bin"), 4096, 10_000))
        .isInstanceOf(RepoFile.Refused.class).hasMessage("larger than 4096 bytes");
  }

  @Test
  void aFifoIsRefusedWithoutOpeningIt() throws Exception {
    Path fifo = dir.resolve("pipe");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

    assertThatThrownBy(() -> RepoFile.read(fifo, dir.toRealPath(), "pipe", 1024))
        .hasMessage("pipe: not a regular file (a pipe, device or socket cannot be used)");
  }
}
