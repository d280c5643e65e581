package dev.govern.scan;

import dev.govern.load.YamlNodes;
import dev.govern.model.Finding;
import dev.govern.model.FindingSeverity;
import dev.govern.model.ScanRules;
import dev.govern.problem.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Applies the content rules to one assistant file: text rules to each line; for JSON and YAML files,
 * setting rules to each value as {@code key.path=value} and MCP rules to each server's command line.
 */
final class ContentRules {
  private ContentRules() {}

  /** A subject a rule's pattern is matched against, and where it sits in the file (1-based). */
  private record Subject(String text, int line, int column, String excerpt) {}

  static void apply(Signatures signatures, String path, String text, Collection<Finding> findings,
      Collection<String> ignoreFiles) {
    List<Signatures.Rule> rules = signatures.rules().stream().filter(r -> r.appliesTo(path)).toList();
    String[] lines = text.split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      for (Signatures.Rule rule : rules) {
        if (rule.rule().in() != ScanRules.Target.TEXT) {
          continue;
        }
        Matcher m = rule.pattern().matcher(line);
        if (m.find()) {
          int column = line.codePointCount(0, m.start()) + 1;
          findings.add(finding(rule, path, i + 1, column, Excerpt.of(line, column)));
        }
      }
    }
    if (!isStructured(path)) {
      return;
    }
    List<Problem> problems = new ArrayList<>();
    Optional<Node> root = YamlNodes.compose(path.endsWith(".json") ? withoutLineComments(text) : text, path, problems);
    if (root.isEmpty()) {
      Problem p = problems.isEmpty() ? new Problem(dev.govern.problem.Severity.ERROR, path, 1, 1, "unreadable")
          : problems.get(0);
      findings.add(new Finding("unreadable-config", FindingSeverity.WARNING, path, p.line(), p.column(),
          RepositoryScanner.said("unreadable-config", p.message()),
          ""));
      return;
    }
    List<Subject> settings = new ArrayList<>();
    flatten(root.get(), "", settings, lines);
    List<Subject> servers = servers(root.get(), lines);
    for (Signatures.Rule rule : rules) {
      List<Subject> subjects = switch (rule.rule().in()) {
        case SETTING -> settings;
        case MCP_SERVER -> servers;
        case TEXT -> List.of();
      };
      for (Subject s : subjects) {
        if (rule.pattern().matcher(s.text()).find()) {
          findings.add(finding(rule, path, s.line(), s.column(), s.excerpt()));
        }
      }
    }
    if (path.matches("(?:.*/)?\\.claude/settings(?:\\.local)?\\.json")
        && settings.stream().anyMatch(s -> s.text().startsWith("permissions.deny[]="))) {
      ignoreFiles.add(path);
    }
  }

  private static boolean isStructured(String path) {
    return path.endsWith(".json") || path.endsWith(".yml") || path.endsWith(".yaml");
  }

  /**
   * VS Code's JSON files allow {@code //} comment lines, which YAML does not read: they become blank
   * (of the same length, so positions stay right).
   */
  static String withoutLineComments(String json) {
    return json.replaceAll("(?m)^([ \\t]*)//.*$", "$1");
  }

  private static void flatten(Node node, String key, List<Subject> out, String[] lines) {
    if (node instanceof MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        String name = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
        flatten(t.getValueNode(), key.isEmpty() ? name : key + "." + name, out, lines);
      }
    } else if (node instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        flatten(item, key + "[]", out, lines);
      }
    } else if (node instanceof ScalarNode s) {
      out.add(subject(key + "=" + s.getValue(), node, lines));
    }
  }

  /** Each MCP server ({@code mcpServers} or VS Code's {@code servers}) as its command line or url. */
  private static List<Subject> servers(Node root, String[] lines) {
    List<Subject> out = new ArrayList<>();
    if (!(root instanceof MappingNode top)) {
      return out;
    }
    for (NodeTuple t : top.getValue()) {
      String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
      if (!(key.equals("mcpServers") || key.equals("servers")) || !(t.getValueNode() instanceof MappingNode all)) {
        continue;
      }
      for (NodeTuple server : all.getValue()) {
        if (!(server.getValueNode() instanceof MappingNode fields)) {
          continue;
        }
        Node at = server.getKeyNode();
        String command = null;
        String url = null;
        List<String> args = new ArrayList<>();
        for (NodeTuple f : fields.getValue()) {
          String name = f.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
          Node value = f.getValueNode();
          if (name.equals("command") && value instanceof ScalarNode s) {
            command = s.getValue();
            at = value;
          } else if (name.equals("url") && value instanceof ScalarNode s) {
            url = s.getValue();
            at = value;
          } else if (name.equals("args") && value instanceof SequenceNode seq) {
            seq.getValue().stream().filter(ScalarNode.class::isInstance)
                .forEach(n -> args.add(((ScalarNode) n).getValue()));
          }
        }
        if (command != null) {
          List<String> words = new ArrayList<>();
          words.add(command);
          words.addAll(args);
          out.add(subject(String.join(" ", words), at, lines));
        } else if (url != null) {
          out.add(subject("url:" + url, at, lines));
        }
      }
    }
    return out;
  }

  private static Subject subject(String text, Node at, String[] lines) {
    int line = at.getStartMark().getLine();
    String source = line < lines.length ? lines[line] : "";
    // SnakeYAML counts columns in code points, as findings do.
    int column = at.getStartMark().getColumn() + 1;
    return new Subject(text, line + 1, column, Excerpt.of(source, column));
  }

  private static Finding finding(Signatures.Rule rule, String path, int line, int column, String excerpt) {
    ScanRules.Rule r = rule.rule();
    return new Finding(r.id(), r.severity(), path, line, column, r.message(), excerpt);
  }
}
