package dev.govern.cli;

import dev.govern.problem.Visible;
import java.io.PrintWriter;
import java.nio.file.Files;
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

  /**
   * True when the data folder is there. Otherwise says so plainly on {@code err}, with the folder's
   * full path and what to do: a folder that does not exist has no line and column to point at.
   */
  boolean present(PrintWriter err, String command) {
    if (Files.isDirectory(data)) {
      return true;
    }
    Path where = data.toAbsolutePath().normalize();
    err.println(Visible.escape("govern " + command + ": " + (Files.exists(data)
        ? where + " is a file, not the governance data folder"
        : "there is no governance data folder at " + where)));
    err.println(Visible.escape("Run govern in a governance repo (the folder that holds data/), point --data at its data folder,"
        + " or start one with `govern init DIR`."));
    err.flush();
    return false;
  }
}
