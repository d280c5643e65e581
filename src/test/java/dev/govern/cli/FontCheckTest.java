package dev.govern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A font file report.fonts names is read by `check` and by a build that makes the PDF, and a
 * mistake is reported at its line in governance.yaml before anything is built.
 */
class FontCheckTest {
  @TempDir Path dir;

  private Path withFonts(String list) throws Exception {
    Path data = Fixture.minimal(dir);
    Files.writeString(data.resolve("governance.yaml"),
        Files.readString(data.resolve("governance.yaml")) + "report:\n  fonts: " + list + "\n");
    return data;
  }

  private static int fontsLine(Path data) throws Exception {
    List<String> lines = Files.readAllLines(data.resolve("governance.yaml"));
    return lines.indexOf("  fonts: [fonts/missing.ttf, fonts/notes.ttf]") + 1;
  }

  @Test
  void eachUnusableFontIsAnErrorAtItsPlaceInTheList() throws Exception {
    Path data = withFonts("[fonts/missing.ttf, fonts/notes.ttf]");
    Files.createDirectories(dir.resolve("fonts"));
    Files.writeString(dir.resolve("fonts/notes.ttf"), "not a font at all");
    int line = fontsLine(data);

    Cli.Result r = Cli.run("check", "--data", data.toString(), "--as-of", "2026-01-20");

    assertThat(r.code()).isEqualTo(ExitCodes.DATA_PROBLEMS);
    assertThat(r.out()).contains(
        "governance.yaml:" + line + ":11: error: report.fonts: font file fonts/missing.ttf does not exist",
        "governance.yaml:" + line + ":30: error: report.fonts: font file fonts/notes.ttf is not a TrueType font");
  }

  @Test
  void aBuildWithThePdfStopsAtTheSameErrorAndOneWithoutItDoesNotReadFonts() throws Exception {
    Path data = withFonts("[fonts/missing.ttf, fonts/notes.ttf]");
    Files.createDirectories(dir.resolve("fonts"));
    Files.writeString(dir.resolve("fonts/notes.ttf"), "not a font at all");
    int line = fontsLine(data);

    Cli.Result withPdf = Cli.run("build", "--data", data.toString(), "--out", dir.resolve("site").toString(),
        "--as-of", "2026-01-20");

    assertThat(withPdf.code()).isEqualTo(ExitCodes.DATA_PROBLEMS);
    assertThat(withPdf.err()).contains("governance.yaml:" + line + ":11: error: report.fonts: font file"
        + " fonts/missing.ttf does not exist");
    assertThat(dir.resolve("site")).doesNotExist();

    Cli.Result withoutPdf = Cli.run("build", "--no-pdf", "--data", data.toString(), "--out",
        dir.resolve("site").toString(), "--as-of", "2026-01-20");

    assertThat(withoutPdf.code()).isEqualTo(ExitCodes.OK);
  }
}
