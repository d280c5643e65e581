package dev.govern.model;

import java.util.List;
import java.util.Objects;

/**
 * The signatures {@code govern scan} looks for, as data: which files each assistant reads, which
 * ignore files exist, and the rules applied to the assistant files' contents. The bundled set is
 * extended (or its rules replaced by id, or disabled) by a governance repo's {@code scan-rules.yaml}.
 *
 * @param attribution the traces that attribute a commit to an assistant (its {@code attribution:}
 *     section); null only in a part not yet merged with the bundled set
 */
public record ScanRules(List<Assistant> assistants, List<String> ignoreFiles, List<Rule> rules,
    AttributionSignatures attribution) {
  public ScanRules {
    assistants = List.copyOf(assistants);
    ignoreFiles = List.copyOf(ignoreFiles);
    rules = List.copyOf(rules);
  }

  /**
   * An assistant and the files it reads.
   *
   * @param tool the id matched against the tool inventory; {@code null} for files several assistants
   *     read ({@code AGENTS.md})
   * @param files globs on repository paths: {@code *} within a name, {@code **}{@code /} any folders
   */
  public record Assistant(String tool, String name, List<String> files) {
    public Assistant {
      Objects.requireNonNull(name, "name");
      files = List.copyOf(files);
    }
  }

  /**
   * One content rule.
   *
   * @param in what the pattern is matched against: each line of text, each setting of a JSON or YAML
   *     file as {@code key.path=value}, or each MCP server as its command line
   * @param files globs limiting the rule to some assistant files; empty for all
   * @param pattern a Java regular expression, found anywhere in the subject
   * @param control the control this rule is evidence for; may be null
   */
  public record Rule(String id, FindingSeverity severity, Target in, List<String> files, String pattern,
      String message, String control) {
    public Rule {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(in, "in");
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(message, "message");
      files = List.copyOf(files);
    }
  }

  /** What a rule's pattern is matched against. */
  public enum Target {
    TEXT("text"),
    SETTING("setting"),
    MCP_SERVER("mcp_server");

    private final String id;

    Target(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    public static java.util.Optional<Target> fromId(String id) {
      return java.util.Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
      return java.util.Arrays.stream(values()).map(Target::id).toList();
    }
  }
}
