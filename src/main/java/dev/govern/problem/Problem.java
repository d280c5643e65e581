package dev.govern.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * One diagnostic about the governance data, with a 1-based position.
 *
 * <p>Problems are values: loading and checking collect all of them and the CLI prints them at once
 * as {@code file:line:column: severity: message}, the form editors and CI annotate.
 */
public record Problem(Severity severity, String file, int line, int column, String message) {

  /** File, then line, then column, then errors before warnings: the order people read them in. */
  public static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::file)
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::severity)
          .thenComparing(Problem::message);

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
    }
  }

  public static Problem error(Position at, String message) {
    return new Problem(Severity.ERROR, at.file(), at.line(), at.column(), message);
  }

  public static Problem warning(Position at, String message) {
    return new Problem(Severity.WARNING, at.file(), at.line(), at.column(), message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * {@code data/risks.yaml:14:5: error: message}, on one line, with characters that would hide or
   * reorder text (controls, bidi overrides, zero-width spaces) written as a backslash, u and four hex digits (U+202E as backslash-u202E).
   */
  @Override
  public String toString() {
    return Visible.escape(file) + ":" + line + ":" + column + ": " + severity.label() + ": " + Visible.escape(message);
  }
}
