package dev.govern.load;

import dev.govern.problem.Position;
import dev.govern.problem.Problems;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** What a binder needs about the file it is reading: its display name, line offset and sinks. */
record Context(String file, int lineOffset, Problems problems, SourceMap sources) {

  /** SnakeYAML marks are 0-based; people and editors count from 1. */
  Position at(Node node) {
    return at(node.getStartMark());
  }

  Position at(Mark mark) {
    if (mark == null) {
      return new Position(file, 1 + lineOffset, 1);
    }
    return new Position(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
  }

  Position start() {
    return new Position(file, 1 + lineOffset, 1);
  }

  void error(Node node, String message) {
    problems.error(at(node), message);
  }
}
