package dev.govern.load;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.govern.problem.Position;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * How deeply a policy's Markdown nests — blockquotes, list items, emphasis and links inside one
 * another. flexmark renders (and parses emphasis) by recursion, so a one-kilobyte policy a thousand
 * levels deep overflows the stack; such a policy is an error at the line where it goes too deep,
 * found by {@code check} before any page is rendered.
 */
final class MarkdownNesting {
  /** Far more than any document needs, far less than the renderer's stack allows. */
  static final int MAX = 64;

  /** flexmark's parser with the tables extension, as the renderer reads policies. */
  static final Parser PARSER =
      Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()))).build();

  private MarkdownNesting() {}

  /**
   * The problem with {@code body}'s nesting, if any.
   *
   * @param firstLine the line of the file the body starts on
   */
  static Optional<Problem> check(String body, String file, int firstLine) {
    Document document;
    try {
      document = PARSER.parse(body);
    } catch (StackOverflowError e) {
      // The parser itself recursed too deep (emphasis thousands of levels deep): the stack is
      // unwound here and nothing of the parse is kept.
      return Optional.of(new Problem(new Position(file, firstLine, 1),
          "the Markdown is nested too deeply to read (more than " + MAX + " levels of emphasis, lists or quotes)"));
    } catch (RuntimeException e) {
      return Optional.empty(); // the renderer has its own fallback for text the tables extension rejects
    }
    // Iterative: a recursive walk would overflow on exactly the documents it looks for.
    Deque<Node> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(document);
    depths.push(0);
    while (!nodes.isEmpty()) {
      Node node = nodes.pop();
      int depth = depths.pop();
      if (depth > MAX) {
        int line = node.getStartLineNumber();
        int column = node.getStartOffset() - node.getDocument().getChars().startOfLine(node.getStartOffset()) + 1;
        return Optional.of(new Problem(new Position(file, firstLine + line, column),
            "the Markdown is nested more than " + MAX + " levels deep here (quotes, lists, emphasis or links"
                + " inside one another); flatten it"));
      }
      for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
        nodes.push(child);
        depths.push(counts(child) ? depth + 1 : depth);
      }
    }
    return Optional.empty();
  }

  /** Whether a node is a level of nesting a writer made: not the list around items, nor a paragraph. */
  private static boolean counts(Node node) {
    return node.hasChildren() && !(node instanceof BulletList || node instanceof OrderedList
        || node instanceof Paragraph);
  }

  /** Where and what. */
  record Problem(Position at, String message) {}
}
