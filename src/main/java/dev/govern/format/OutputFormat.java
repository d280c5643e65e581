package dev.govern.format;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The output formats of govern's commands; each command accepts the ones that fit its result. */
public enum OutputFormat {
  TEXT("text"),
  JSON("json"),
  MARKDOWN("markdown"),
  SARIF("sarif"),
  GITHUB("github"),
  GITLAB("gitlab"),
  JUNIT("junit");

  private final String id;

  OutputFormat(String id) {
    this.id = id;
  }

  /** The name on the command line, {@code --format sarif}. */
  public String id() {
    return id;
  }

  public static Optional<OutputFormat> byId(String id) {
    String wanted = id.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
  }

  @Override
  public String toString() {
    return id;
  }
}
