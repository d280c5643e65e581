package dev.govern.load;

import dev.govern.problem.Position;
import dev.govern.problem.Problem;
import dev.govern.problem.Rule;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;
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
  static final int MAX_ALIASES = 50;
  static final int MAX_NESTING = 50;
  private static final Set<Tag> CORE_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

  private YamlLoader() {}

  /** Decodes a file as strict UTF-8 text, or reports where it is not. */
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
      fail(ctx, new Position(ctx.file(), line + ctx.lineOffset(), column),
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
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_NESTING);
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
      fail(ctx, ctx.at(e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark()),
          describe(e));
      return Optional.empty();
    } catch (ReaderException e) {
      // Raised while reading characters, before there are marks: the position counts code points.
      fail(ctx, atCodePoint(text, e.getPosition(), ctx), String.format(
          "the character U+%04X is not allowed in YAML; delete it (it is usually invisible)", e.getCodePoint()));
      return Optional.empty();
    } catch (YAMLException e) {
      // The nesting and alias limits come without a position: find where they were crossed.
      Optional<Mark> limit = limitCrossed(text, options);
      fail(ctx, limit.map(ctx::at).orElse(ctx.start()), limit.isPresent()
          ? limitMessage(e) : "YAML cannot be read: " + firstLine(String.valueOf(e.getMessage())));
      return Optional.empty();
    } catch (RuntimeException e) {
      // SnakeYAML signals a few limits (e.g. nesting) with plain runtime exceptions.
      fail(ctx, ctx.start(), "YAML cannot be read: " + firstLine(String.valueOf(e.getMessage())));
      return Optional.empty();
    }
    if (root == null) {
      fail(ctx, ctx.start(), "the file is empty");
      return Optional.empty();
    }
    int before = ctx.problems().errorCount();
    inspect(root, ctx, new IdentityHashMap<>());
    return ctx.problems().errorCount() == before ? Optional.of(root) : Optional.empty();
  }

  /** The position of the code point at {@code index} (0-based), as the reader counted it. */
  private static Position atCodePoint(String text, int index, Context ctx) {
    int line = 1;
    int column = 1;
    int offset = 0;
    for (int cp = 0; cp < index && offset < text.length(); cp++) {
      char c = text.charAt(offset);
      offset += Character.charCount(text.codePointAt(offset));
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Position(ctx.file(), line + ctx.lineOffset(), column);
  }

  /**
   * Replays the parser's events to find the node that crossed the nesting limit or the alias that
   * crossed the alias limit, as SnakeYAML's composer counts them: a node inside more than
   * {@value #MAX_NESTING} open lists and maps, or the alias after {@value #MAX_ALIASES} aliases to
   * lists or maps.
   */
  private static Optional<Mark> limitCrossed(String text, LoaderOptions options) {
    Map<String, Boolean> anchorIsCollection = new HashMap<>();
    int open = 0;
    int aliases = 0;
    try {
      for (Event event : new Yaml(options).parse(new StringReader(text))) {
        if (event instanceof AliasEvent alias) {
          if (anchorIsCollection.getOrDefault(alias.getAnchor(), false) && ++aliases > MAX_ALIASES) {
            return Optional.of(event.getStartMark());
          }
          continue;
        }
        if (event instanceof NodeEvent node) {
          if (open > MAX_NESTING) {
            return Optional.of(event.getStartMark());
          }
          if (node.getAnchor() != null) {
            anchorIsCollection.put(node.getAnchor(), event instanceof CollectionStartEvent);
          }
        }
        if (event instanceof CollectionStartEvent) {
          open++;
        } else if (event instanceof CollectionEndEvent) {
          open--;
        }
      }
    } catch (YAMLException e) {
      // Not a limit after all; the caller reports the original message.
    }
    return Optional.empty();
  }

  private static String limitMessage(YAMLException e) {
    return String.valueOf(e.getMessage()).startsWith("Nesting")
        ? "lists and maps are nested more than " + MAX_NESTING + " deep here; governance data never needs"
            + " that many levels"
        : "more than " + MAX_ALIASES + " aliases (*name) to lists or maps; that many can expand to billions"
            + " of values (an alias bomb), so reading stops here";
  }

  /** Refuses type tags and duplicate keys anywhere in the tree, visiting shared nodes once. */
  private static void inspect(Node node, Context ctx, Map<Node, Boolean> seen) {
    if (seen.put(node, Boolean.TRUE) != null) {
      return;
    }
    if (!CORE_TAGS.contains(node.getTag())) {
      fail(ctx, node, "type tag " + node.getTag().getValue().replace(Tag.PREFIX, "!!")
          + " is not allowed; write plain values");
      return;
    }
    if (node instanceof ScalarNode scalar) {
      forbiddenCharacter(scalar, ctx);
    } else if (node instanceof MappingNode map) {
      Map<String, Node> keys = new HashMap<>();
      for (NodeTuple tuple : map.getValue()) {
        Node key = tuple.getKeyNode();
        if (key instanceof ScalarNode scalar) {
          forbiddenCharacter(scalar, ctx);
          Node first = keys.putIfAbsent(scalar.getValue(), key);
          if (first != null) {
            fail(ctx, key, "duplicate key '" + scalar.getValue() + "' (first at line "
                + ctx.at(first).line() + ", again at line " + ctx.at(key).line() + ")");
          }
        } else {
          fail(ctx, key, "a key must be plain text, not a list or a map");
        }
        inspect(tuple.getValueNode(), ctx, seen);
      }
    } else if (node instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        inspect(item, ctx, seen);
      }
    }
  }

  /**
   * Refuses a character XML cannot hold: a C0 control other than tab and line breaks, U+FFFE,
   * U+FFFF or an unpaired surrogate. SnakeYAML refuses them as they are, but a double-quoted escape
   * ({@code "\x01"}, {@code "\x1b"}, half a surrogate pair) makes them, and one would break the
   * print HTML the PDF is made from.
   */
  private static void forbiddenCharacter(ScalarNode scalar, Context ctx) {
    String s = scalar.getValue();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (!(c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD))) {
        fail(ctx, scalar, String.format("the character U+%04X (a control character or half of a surrogate pair)"
            + " is not allowed in text; remove the escape that makes it", (int) c));
        return;
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
      return "YAML syntax error: a tab where YAML expects spaces; indent with spaces, never tabs";
    }
    if (message.contains("expected <block end>, but found")) {
      // SnakeYAML names tokens ('?' is a key, '<block mapping start>' a new map); say what they mean.
      message = message.replace("found '?'", "found a key").replace("found '<block mapping start>'", "found a key")
          .replace("found '-'", "found a list item")
          + "; is this line indented differently from the lines above it? Keys of one map, and the items of one"
          + " list, start in the same column";
    }
    if (message.contains("mapping values are not allowed here")) {
      message += "; is this line indented too far, or does a value hold ': '? (quote such a value)";
    }
    return message;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Problems of YAML itself (syntax, limits, tags, characters) are reported under their own rule. */
  private static void fail(Context ctx, Position at, String message) {
    ctx.problems().add(Problem.error(Rule.YAML, at, message));
  }

  private static void fail(Context ctx, Node node, String message) {
    fail(ctx, ctx.at(node), message);
  }
}
