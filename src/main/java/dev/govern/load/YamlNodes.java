package dev.govern.load;

import dev.govern.problem.Problem;
import dev.govern.problem.Problems;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * YAML (and JSON, which it reads too) composed to nodes with the loader's limits, for files that are
 * not governance data, such as the assistant settings {@code govern scan} reads.
 */
public final class YamlNodes {
  private YamlNodes() {}

  /**
   * One document's nodes; empty when the text cannot be read, with the problem added to {@code problems}.
   * Node marks are 0-based.
   */
  public static Optional<Node> compose(String text, String display, List<Problem> problems) {
    Problems found = new Problems();
    Optional<Node> node = YamlLoader.compose(text, new Context(display, 0, found, new SourceMap()));
    problems.addAll(found.sorted());
    return found.hasErrors() ? Optional.empty() : node;
  }
}
