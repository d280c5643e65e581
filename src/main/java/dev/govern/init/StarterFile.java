package dev.govern.init;

import java.util.Objects;

/**
 * One file {@code govern init} writes, by its path inside the new repo ({@code /}-separated).
 *
 * @param merge what to do when the folder already holds a file of that name
 */
public record StarterFile(String path, byte[] content, Merge merge) {
  /** How a file meets an existing one in a folder that is not empty (a fresh Git clone, say). */
  public enum Merge {
    /** The file must not exist: its presence makes the folder a governance repo already. */
    NEW,
    /** Written only when the folder has no file of the same base name (README.md beside a README.rst). */
    KEEP_EXISTING,
    /** Text lines: the missing ones are added at the end of the existing file, nothing else changes. */
    ADD_MISSING_LINES
  }

  public StarterFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(merge, "merge");
    if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
      throw new IllegalArgumentException("not a relative path: " + path);
    }
  }
}
