package dev.govern.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.render.SiteFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A killed build leaves no new file in the temp folder (issue 12: about 6 MB of fonts each time). */
class TempFilesTest {
  @TempDir Path dir;

  @Test
  void killedBuildsLeaveNoFontCopiesInTheTempFolder() throws Exception {
    Path data = SiteFixture.copy(Path.of("src", "test", "resources", "corpus", "_base", "data"), dir.resolve("repo/data"));
    Path tmp = Files.createDirectories(dir.resolve("tmp"));

    build(data, tmp);
    List<String> afterOne = list(tmp);
    build(data, tmp);

    assertThat(list(tmp)).as("the temp folder after a second killed build").isEqualTo(afterOne)
        .noneMatch(name -> name.startsWith("+~JF"));
  }

  private static void build(Path data, Path tmp) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Djava.io.tmpdir=" + tmp, "-Djava.awt.headless=true", "-cp",
        System.getProperty("java.class.path"), BuildThenHalt.class.getName(), "build", "--data", data.toString(),
        "--as-of", SiteFixture.AS_OF).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
  }

  /** Every file under the folder, as relative paths. */
  private static List<String> list(Path dir) throws Exception {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }
}
