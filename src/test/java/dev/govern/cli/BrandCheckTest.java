package dev.govern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** report.brand is checked like the rest of the data: each mistake an error at its line. */
class BrandCheckTest {
  @TempDir Path dir;

  private Path withBrand(String brand) throws Exception {
    Path data = Fixture.minimal(dir);
    Files.writeString(data.resolve("governance.yaml"),
        Files.readString(data.resolve("governance.yaml")) + "report:\n  brand:\n" + brand);
    return data;
  }

  private static int line(Path data, String text) throws Exception {
    List<String> lines = Files.readAllLines(data.resolve("governance.yaml"));
    return lines.indexOf(text) + 1;
  }

  @Test
  void aPaleColourIsAnErrorNamingItsContrast() throws Exception {
    Path data = withBrand("    primary: \"#ffcc00\"\n    accent: \"#1565c0\"\n");

    Cli.Result r = Cli.run("check", "--data", data.toString(), "--as-of", "2026-01-20");

    assertThat(r.code()).isEqualTo(ExitCodes.DATA_PROBLEMS);
    assertThat(r.out()).contains("governance.yaml:" + line(data, "    primary: \"#ffcc00\"")
        + ":14: error: report.brand.primary #ffcc00 has a contrast of 1.5:1 with white")
        .doesNotContain("report.brand.accent");
  }

  @Test
  void aColourThatIsNotHexIsAnError() throws Exception {
    Path data = withBrand("    accent: navy\n");

    Cli.Result r = Cli.run("check", "--data", data.toString(), "--as-of", "2026-01-20");

    assertThat(r.out()).contains("governance.yaml:" + line(data, "    accent: navy")
        + ":13: error: report.brand.accent must be #rrggbb, found 'navy'");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "brand/missing.svg | does not exist",
      "../outside.svg    | is outside the governance repository",
      "brand/logo.gif    | is neither an .svg nor a .png file",
      "brand/fake.png    | is not a PNG image"})
  void aMissingOutsideOrWrongLogoIsAnError(String logo, String why) throws Exception {
    Path data = withBrand("    logo: " + logo + "\n");
    Files.createDirectories(dir.resolve("brand"));
    Files.writeString(dir.resolve("brand/fake.png"), "<svg/>");
    Files.writeString(dir.getParent().resolve("outside.svg"), "<svg/>");

    Cli.Result r = Cli.run("check", "--data", data.toString(), "--as-of", "2026-01-20");

    assertThat(r.out()).contains("governance.yaml:" + line(data, "    logo: " + logo)
        + ":11: error: report.brand.logo: '" + logo + "' " + why);
  }

  @Test
  void aGoodBrandPasses() throws Exception {
    Path data = withBrand("    logo: brand/logo.svg\n    primary: \"#6A1B9A\"\n");
    Files.createDirectories(dir.resolve("brand"));
    Files.writeString(dir.resolve("brand/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

    Cli.Result r = Cli.run("check", "--data", data.toString(), "--as-of", "2026-01-20");

    assertThat(r.out()).doesNotContain("report.brand");
  }
}
