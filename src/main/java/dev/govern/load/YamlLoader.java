package dev.govern.load;

import dev.govern.problem.Position;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads YAML into SnakeYAML's node tree and nothing else: no Java objects are ever constructed, so
 * type tags cannot instantiate classes, and every scalar keeps its raw text for the binder.
 *
 * <p>Limits (SECURITY-NOTES): duplicate keys refused with both lines named, at most 50 aliases to
 * collections, nesting at most 50 deep, files at most {@value #MAX_BYTES} bytes, strict UTF-8, and
 * no tags beyond YAML's core schema.
 */
final class YamlLoader {
  static final int MAX_BYTES = 8 * 1024 * 1024;
  private static final Set<Tag> CORE_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

  private YamlLoader() {}

  /** Reads a file as strict UTF-8 text, or reports why it cannot be read. */
  static Optional<String> readText(Path path, Context ctx) {
    byte[] bytes;
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        ctx.problems().error(ctx.start(),
            "file is " + size + " bytes; the limit is " + MAX_BYTES + " bytes (split it into several files)");
        return Optional.empty();
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      ctx.problems().error(ctx.start(), "cannot read file: " + e.getMessage());
      return Optional.empty();
    }
    return decode(bytes, ctx);
  }

  static Optional<String> decode(byte[] bytes, Context ctx) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      out.flip();
      String before = out.toString();
      int line = 1;
      int column = 1;
      for (int i = 0; i < before.length(); i++) {
        if (before.charAt(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      ctx.problems().error(new Position(ctx.file(), line + ctx.lineOffset(), column),
          String.format("invalid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8",
              bytes[in.position()] & 0xff, in.position()));
      return Optional.empty();
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    // A byte-order mark is legal in YAML and harmless; editors on Windows add it.
    return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  /** Composes one YAML document; empty when the text is broken (with problems reported). */
  static Optional<Node> compose(String text, Context ctx) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setAllowRecursiveKeys(false);
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(50);
    options.setCodePointLimit(MAX_BYTES);
    options.setProcessComments(false);
    // Nothing is ever constructed from the nodes, so SnakeYAML may compose any tag: inspect()
    // then refuses it at its position as a type tag, not as a "syntax error".
    options.setTagInspector(tag -> true);
    DumperOptions dump = new DumperOptions();
    Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dump), dump, options);
    Node root;
    try {
      root = yaml.compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      ctx.problems().error(ctx.at(e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark()),
          describe(e));
      return Optional.empty();
    } catch (YAMLException e) {
      ctx.problems().error(ctx.start(), "YAML cannot be read: " + firstLine(e.getMessage()));
      return Optional.empty();
    } catch (RuntimeException e) {
      // SnakeYAML signals a few limits (e.g. nesting) with plain runtime exceptions.
      ctx.problems().error(ctx.start(), "YAML cannot be read: " + firstLine(String.valueOf(e.getMessage())));
      return Optional.empty();
    }
    if (root == null) {
      ctx.problems().error(ctx.start(), "the file is empty");
      return Optional.empty();
    }
    int before = ctx.problems().errorCount();
    inspect(root, ctx, new IdentityHashMap<>());
    return ctx.problems().errorCount() == before ? Optional.of(root) : Optional.empty();
  }

  /** Refuses type tags and duplicate keys anywhere in the tree, visiting shared nodes once. */
  private static void inspect(Node node, Context ctx, Map<Node, Boolean> seen) {
    if (seen.put(node, Boolean.TRUE) != null) {
      return;
    }
    if (!CORE_TAGS.contains(node.getTag())) {
      ctx.error(node, "type tag " + node.getTag().getValue().replace(Tag.PREFIX, "!!")
          + " is not allowed; write plain values");
      return;
    }
    if (node instanceof MappingNode map) {
      Map<String, Node> keys = new HashMap<>();
      for (NodeTuple tuple : map.getValue()) {
        Node key = tuple.getKeyNode();
        if (key instanceof ScalarNode scalar) {
          Node first = keys.putIfAbsent(scalar.getValue(), key);
          if (first != null) {
            ctx.error(key, "duplicate key '" + scalar.getValue() + "' (first at line "
                + ctx.at(first).line() + ", again at line " + ctx.at(key).line() + ")");
          }
        } else {
          ctx.error(key, "a key must be plain text, not a list or a map");
        }
        inspect(tuple.getValueNode(), ctx, seen);
      }
    } else if (node instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        inspect(item, ctx, seen);
      }
    }
  }

  private static String describe(MarkedYAMLException e) {
    String context = e.getContext();
    String problem = e.getProblem();
    StringBuilder sb = new StringBuilder("YAML syntax error: ");
    if (problem != null) {
      sb.append(firstLine(problem));
    }
    if (context != null) {
      sb.append(" (").append(firstLine(context));
      if (e.getContextMark() != null && e.getProblemMark() != null
          && e.getContextMark().getLine() != e.getProblemMark().getLine()) {
        sb.append(" at line ").append(e.getContextMark().getLine() + 1);
      }
      sb.append(')');
    }
    String message = sb.toString();
    // SnakeYAML writes the tab as '\t(TAB)'.
    if (message.contains("found character '\\t") || message.contains("found character '\t")) {
      message += "; YAML indentation must use spaces, not tabs";
    }
    return message;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
