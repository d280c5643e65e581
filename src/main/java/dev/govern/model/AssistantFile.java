package dev.govern.model;

import java.util.Objects;

/**
 * A file an AI assistant reads, found in a scanned repository.
 *
 * @param path inside the repository, with {@code /}
 * @param tool the assistant's id as the signatures name it ({@code claude-code}, {@code agents}…)
 */
public record AssistantFile(String path, String tool) {
  public AssistantFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(tool, "tool");
  }
}
