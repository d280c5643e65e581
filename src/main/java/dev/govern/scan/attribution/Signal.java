package dev.govern.scan.attribution;

/** How a commit came to be attributed to an assistant; figures are broken down by these. */
public enum Signal {
  TRAILER("trailer", "commit trailers"),
  MESSAGE("message", "commit message lines"),
  AUTHOR("author", "AI or bot authors and committers"),
  GIT_AI("git_ai", "git-ai notes"),
  AGENT_TRACE("agent_trace", "Agent Trace records");

  private final String id;
  private final String label;

  Signal(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The name figures use, in the measurement files and the JSON output. */
  public String id() {
    return id;
  }

  /** What the signal counts, in words for pages. */
  public String label() {
    return label;
  }

  public static Signal byId(String id) {
    for (Signal s : values()) {
      if (s.id.equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown signal '" + id + "'");
  }
}
