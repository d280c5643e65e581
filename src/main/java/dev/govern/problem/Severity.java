package dev.govern.problem;

/** How bad a {@link Problem} is: errors stop a build, warnings are reported and allowed. */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The word printed in diagnostics, as compilers and CI annotators expect it. */
  public String label() {
    return label;
  }
}
