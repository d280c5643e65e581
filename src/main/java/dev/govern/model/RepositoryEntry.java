package dev.govern.model;

import java.util.Objects;

/**
 * One entry of the repository inventory ({@code repositories.yaml}): a local clone, or a glob that
 * stands for every Git repository directly under a folder.
 *
 * @param id the repository's id; null for a glob, whose repositories take their folder's name
 * @param path relative to the governance repo root, with {@code /}
 * @param owner may be null
 */
public record RepositoryEntry(String id, String path, String classification, String owner) {
  public RepositoryEntry {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(classification, "classification");
  }

  /** Whether the path's last part holds a wildcard ({@code ../repos/*}). */
  public boolean isGlob() {
    return id == null;
  }
}
