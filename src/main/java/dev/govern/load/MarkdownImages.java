package dev.govern.load;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.govern.problem.Position;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The images a policy's Markdown shows, with where each is written: {@code ![alt](url)} and
 * {@code ![alt][ref]} whose reference is defined. Read from the body as written, so that each
 * image is reported at its own line; the renderer sees the same images in the same order.
 */
final class MarkdownImages {
  /** One image: its URL as the Markdown wrote it (escapes removed), its alt text, and where. */
  record Found(String url, String alt, Position at) {}

  private static final Parser PARSER_WITHOUT_TABLES = Parser.builder(new MutableDataSet()).build();

  private MarkdownImages() {}

  /** @param firstLine the line of the file the body starts on */
  static List<Found> of(String body, String file, int firstLine) {
    Document document;
    try {
      document = MarkdownNesting.PARSER.parse(body);
    } catch (RuntimeException e) {
      document = PARSER_WITHOUT_TABLES.parse(body); // as the renderer falls back
    }
    List<Found> found = new ArrayList<>();
    // Iterative and in document order; MarkdownNesting has bounded the depth already.
    Deque<Node> nodes = new ArrayDeque<>();
    nodes.push(document);
    while (!nodes.isEmpty()) {
      Node node = nodes.pop();
      String url = null;
      if (node instanceof Image image) {
        url = image.getUrl().unescape();
      } else if (node instanceof ImageRef ref && ref.isDefined()) {
        Reference reference = ref.getReferenceNode(document);
        url = reference == null ? null : reference.getUrl().unescape();
      }
      if (url != null && !url.isBlank()) {
        int line = node.getStartLineNumber();
        int column = node.getStartOffset() - document.getChars().startOfLine(node.getStartOffset()) + 1;
        String alt = new TextCollectingVisitor().collectAndGetText(node).strip();
        found.add(new Found(url, alt, new Position(file, firstLine + line, column)));
      }
      for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
        nodes.push(child);
      }
    }
    return found;
  }
}
