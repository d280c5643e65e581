package dev.govern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SOURCE_DATE_EPOCH is ASCII digits or refused: a malformed one never falls back to the clock (issue 11). */
class SourceDateEpochTest {

  @ParameterizedTest
  @ValueSource(strings = {"abc", "1.5", "-1", "", " 1764028800", "1764028800\n", "١٧٦٤٠٢٨٨٠٠", "0x10", "1e9",
      "999999999999"})
  void malformedValueIsAUsageError(String value) {
    Cli.Result r = Cli.runWith(Map.of("SOURCE_DATE_EPOCH", value), "check", "--data", "data");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("govern check: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC")
        .doesNotContain("internal error");
    assertThat(r.out()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1764028800", "01764028800"})
  void digitsAreTheAsOfDate(String value) {
    Cli.Result r = Cli.runWith(Map.of("SOURCE_DATE_EPOCH", value), "check", "--data", "data");

    assertThat(r.out()).contains("as of 2025-11-25 (SOURCE_DATE_EPOCH)");
  }

  @Test
  void buildRefusesItBeforeWritingAnything(@TempDir Path dir) {
    Cli.Result r = Cli.runWith(Map.of("SOURCE_DATE_EPOCH", "1.5"), "build", "--data", "data", "--no-pdf",
        "--out", dir.resolve("site").toString());

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("SOURCE_DATE_EPOCH must be a whole number");
    assertThat(dir.resolve("site")).doesNotExist();
  }

  @Test
  void helpReadsNothingAndIgnoresIt() {
    assertThat(Cli.runWith(Map.of("SOURCE_DATE_EPOCH", "abc"), "check", "--help").code()).isZero();
  }
}
