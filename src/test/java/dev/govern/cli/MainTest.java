package dev.govern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the entry point says when the heap runs out. */
class MainTest {
  @Test
  void runningOutOfMemoryNamesTheLimitAndHowToRaiseIt() {
    String message = Main.outOfMemory(1200L * 1024 * 1024);
    assertThat(message).startsWith("govern: out of memory: the Java heap (at most 1200 MiB)")
        .contains("GOVERN_JAVA_OPTS=\"-XX:+UseSerialGC -Xmx2400m\"");
  }

  @Test
  void runningOutOfMemoryOnAWorkerThreadIsFoundUnderItsWrappers() {
    OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
    assertThat(GovernCommand.outOfMemory(new CompletionException(new ExecutionException(oom)))).isSameAs(oom);
    assertThat(GovernCommand.outOfMemory(oom)).isSameAs(oom);
    assertThat(GovernCommand.outOfMemory(new CompletionException(new IllegalStateException("x")))).isNull();
  }

  @Test
  void aBuildThatRunsOutOfMemoryExitsThreeWithTheAdvice(@TempDir Path dir) throws IOException, InterruptedException {
    Path data = Fixture.copy(Fixture.SHIPPED, dir);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx24m", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "build", "--data", data.toString(),
        "--out", dir.resolve("site").toString(), "--as-of", "2026-11-25"))
        .directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isEqualTo(ExitCodes.BUILD_FAILED);
    assertThat(out).contains("govern: out of memory: the Java heap (at most ").doesNotContain("internal error");
    assertThat(Files.exists(dir.resolve("site/governance-report.pdf"))).isFalse();
  }
}
