package dev.govern.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a classification may require of its repositories, checked by {@code govern scan}
 * ({@code scan_requires} in governance.yaml). Whatever the level, a repository may configure only
 * assistants its classification allows: a level that allows nothing allows no assistant file at all.
 */
public enum ScanRequirement {
  /** At the repository root, the ignore file of every allowed tool whose inventory entry names one. */
  IGNORE_FILES("ignore_files"),
  /** A CODEOWNERS owner for every assistant file, so changes to them are reviewed (SEC-002). */
  CODEOWNERS("codeowners");

  private final String id;

  ScanRequirement(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<ScanRequirement> fromId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(ScanRequirement::id).toList();
  }
}
