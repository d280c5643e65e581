package dev.govern.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Options shared by every command that reads a governance repo. */
final class DataOptions {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
      description = "The governance data folder (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--root", paramLabel = "DIR",
      description = "The governance repo root: the only folder templates, fonts, images and data files are read from"
          + " (default: the folder that holds the data folder). Never the file system root.")
  Path root;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "Judge evidence and review freshness as of this date "
          + "(default: SOURCE_DATE_EPOCH, else the last commit's date, else today).")
  LocalDate asOf;
}
