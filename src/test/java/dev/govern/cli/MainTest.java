package dev.govern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the entry point says when the heap runs out. */
class MainTest {
  @Test
  void runningOutOfMemoryNamesTheLimitAndHowToRaiseIt() {
    String message = Main.outOfMemory(1200L * 1024 * 1024);
    assertThat(message).startsWith("govern: out of memory: the Java heap (at most 1200 MiB)")
        .contains("GOVERN_JAVA_OPTS=\"-XX:+UseSerialGC -Xmx2400m\"");
  }
}
