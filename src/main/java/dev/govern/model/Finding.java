package dev.govern.model;

import java.util.Objects;

/**
 * Something found in the content of one file of a scanned repository.
 *
 * @param file the path inside the repository, with {@code /}
 * @param line 1-based
 * @param column 1-based, counted in Unicode code points
 * @param excerpt the line as text, with invisible characters written as {@code <U+200B>}; may be empty
 */
public record Finding(String rule, FindingSeverity severity, String file, int line, int column, String message,
    String excerpt) {
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    excerpt = excerpt == null ? "" : excerpt;
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
    }
  }

  public boolean isError() {
    return severity == FindingSeverity.ERROR;
  }
}
