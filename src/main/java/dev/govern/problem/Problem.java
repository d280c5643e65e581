package dev.govern.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * One diagnostic about the governance data, with a 1-based position and the rule that found it.
 *
 * <p>Problems are values: loading and checking collect all of them and the CLI prints them at once
 * as {@code file:line:column: severity: message}, the form editors and CI annotate.
 */
public record Problem(Severity severity, String file, int line, int column, String message, Rule rule) {

  /** File, then line, then column, then errors before warnings: the order people read them in. */
  public static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::file)
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::severity)
          .thenComparing(Problem::message)
          .thenComparing(Problem::rule);

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(rule, "rule");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
    }
  }

  /** A problem with the shape of the data: the rule of everything loading finds. */
  public Problem(Severity severity, String file, int line, int column, String message) {
    this(severity, file, line, column, message, Rule.DATA_FORMAT);
  }

  public static Problem error(Position at, String message) {
    return error(Rule.DATA_FORMAT, at, message);
  }

  public static Problem warning(Position at, String message) {
    return warning(Rule.DATA_FORMAT, at, message);
  }

  public static Problem error(Rule rule, Position at, String message) {
    return new Problem(Severity.ERROR, at.file(), at.line(), at.column(), message, rule);
  }

  public static Problem warning(Rule rule, Position at, String message) {
    return new Problem(Severity.WARNING, at.file(), at.line(), at.column(), message, rule);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** Where the problem is. */
  public Position position() {
    return new Position(file, line, column);
  }

  /**
   * {@code data/risks.yaml:14:5: error: message}, on one line, with characters that would hide or
   * reorder text (controls, bidi overrides, zero-width spaces) written as a backslash, u and four hex
   * digits (U+202E as backslash-u202E); the format package prints problems in every other form.
   */
  @Override
  public String toString() {
    return Visible.escape(file) + ":" + line + ":" + column + ": " + severity.label() + ": " + Visible.escape(message);
  }
}
