package dev.govern.problem;

import java.util.Objects;

/** A 1-based place in a data file, as shown to people. */
public record Position(String file, int line, int column) {

  public Position {
    Objects.requireNonNull(file, "file");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
    }
  }

  /** The start of a file: for problems that concern a file as a whole. */
  public static Position startOf(String file) {
    return new Position(file, 1, 1);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
