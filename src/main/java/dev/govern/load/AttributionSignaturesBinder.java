package dev.govern.load;

import dev.govern.bundle.Bundle;
import dev.govern.model.AttributionSignatures;
import dev.govern.model.AttributionSignatures.Identity;
import dev.govern.model.AttributionSignatures.LineSignature;
import dev.govern.model.AttributionSignatures.TrailerSignature;
import dev.govern.problem.Problems;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.function.Function;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a file of attribution signatures (the bundled one, or a governance repo's extension) with
 * the same safe YAML reading and located problems as the data files.
 */
public final class AttributionSignaturesBinder {
  /** The bundled file, documented entry by entry, beside the scan rules' {@code signatures.yaml}. */
  public static final String BUNDLED = "dev/govern/scan/attribution.yaml";

  private static final Pattern KEY = Pattern.compile(DataShapes.TRAILER_KEY);
  private static final Pattern ID = Pattern.compile(DataShapes.SIGNATURE_ID);

  private final Context ctx;
  private final Set<String> ids = new HashSet<>();

  private AttributionSignaturesBinder(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * Binds the text of a signatures file; empty when it has errors (reported to {@code problems}).
   * Lists that are absent are empty, so an extension names only what it adds.
   *
   * @param file how the file is named in problems
   */
  public static Optional<AttributionSignatures> bind(byte[] bytes, String file, Problems problems) {
    Problems own = new Problems();
    Context ctx = new Context(file, 0, own, new SourceMap());
    Optional<AttributionSignatures> out = YamlLoader.decode(bytes, ctx)
        .flatMap(text -> YamlLoader.compose(text, ctx))
        .flatMap(root -> new AttributionSignaturesBinder(ctx).bind(root));
    problems.addAll(own.sorted());
    return own.hasErrors() ? Optional.empty() : out;
  }

  /** Binds the {@code attribution:} section of a governance repo's scan-rules.yaml. */
  static Optional<AttributionSignatures> bind(Node node, Context ctx) {
    return new AttributionSignaturesBinder(ctx).bind(node);
  }

  /** Nothing added: what a scan-rules.yaml without an {@code attribution:} section extends by. */
  public static AttributionSignatures none() {
    return new AttributionSignatures(List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
  }

  private Optional<AttributionSignatures> bind(Node root) {
    Optional<Fields> top = Fields.of(root, ctx, "signatures", DataShapes.ATTRIBUTION);
    if (top.isEmpty()) {
      return Optional.empty();
    }
    Fields f = top.get();
    List<String> keys = new ArrayList<>();
    for (Fields.Item item : f.items("co_author_keys", false)) {
      String key = scalarText(item.node());
      if (key != null && !KEY.matcher(key).matches()) {
        ctx.error(item.node(), "'" + key + "' is not a trailer key (letters, digits and '-')");
      } else if (key != null) {
        keys.add(key);
      }
    }
    List<Identity> assistants = identities(f, "assistants", true);
    List<Identity> notAi = identities(f, "not_ai", false);
    List<TrailerSignature> trailers = new ArrayList<>();
    for (Fields.Item item : f.items("trailers", false)) {
      Fields.of(item.node(), ctx, "trailers", DataShapes.TRAILER).ifPresent(t -> {
        String id = id(t);
        String tool = t.text("tool");
        String key = t.text("key");
        if (key != null && !KEY.matcher(key).matches()) {
          ctx.problems().error(t.at("key"), "'" + key + "' is not a trailer key (letters, digits and '-')");
          t.fail();
        }
        Pattern value = pattern(t, "value", true);
        if (t.ok()) {
          trailers.add(new TrailerSignature(id, tool, key, value));
        }
      });
    }
    List<LineSignature> lines = new ArrayList<>();
    for (Fields.Item item : f.items("lines", false)) {
      Fields.of(item.node(), ctx, "lines", DataShapes.LINE).ifPresent(l -> {
        String id = id(l);
        String tool = l.text("tool");
        Pattern pattern = pattern(l, "pattern", true);
        if (l.ok()) {
          lines.add(new LineSignature(id, tool, pattern));
        }
      });
    }
    String notesRef = f.optText("git_ai_notes_ref");
    if (notesRef != null && !notesRef.startsWith("refs/")) {
      ctx.problems().error(f.at("git_ai_notes_ref"), "'" + notesRef + "' is not a ref name (refs/…)");
    }
    String traceFolder = f.optText("agent_trace_folder");
    if (traceFolder != null && (traceFolder.startsWith("/") || traceFolder.contains("..") || traceFolder.isBlank())) {
      ctx.problems().error(f.at("agent_trace_folder"), "'" + traceFolder + "' is not a folder inside a repository");
    }
    return Optional.of(new AttributionSignatures(keys, assistants, notAi, trailers, lines, notesRef, traceFolder));
  }

  private List<Identity> identities(Fields f, String key, boolean ai) {
    List<Identity> out = new ArrayList<>();
    for (Fields.Item item : f.items(key, false)) {
      Fields.of(item.node(), ctx, key, ai ? DataShapes.IDENTITY : DataShapes.NOT_AI).ifPresent(i -> {
        String id = id(i);
        String tool = ai ? i.text("tool") : null;
        Pattern name = pattern(i, "name", false);
        Pattern email = pattern(i, "email", false);
        if (name == null && email == null && i.ok()) {
          ctx.problems().error(i.at(), "an identity needs 'name', 'email' or both");
          i.fail();
        }
        if (i.ok()) {
          out.add(new Identity(id, tool, name, email));
        }
      });
    }
    return out;
  }

  private String id(Fields f) {
    String id = f.text("id");
    if (id == null) {
      return null;
    }
    if (!ID.matcher(id).matches()) {
      ctx.problems().error(f.at("id"), "'" + id + "' is not an id (lower-case letters, digits, '.', '_' and '-')");
      f.fail();
    } else if (!ids.add(id)) {
      ctx.problems().error(f.at("id"), "the id '" + id + "' is used twice in this file");
      f.fail();
    }
    return id;
  }

  private Pattern pattern(Fields f, String key, boolean required) {
    String text = required ? f.text(key) : f.optText(key);
    if (text == null) {
      return null;
    }
    try {
      return Pattern.compile(text, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      ctx.problems().error(f.at(key), "'" + text + "' is not a regular expression: " + e.getDescription());
      f.fail();
      return null;
    }
  }

  private String scalarText(Node node) {
    if (node instanceof org.yaml.snakeyaml.nodes.ScalarNode s && !Fields.Shapes.isNull(node)) {
      return s.getValue();
    }
    ctx.error(node, "expected text, found " + Fields.Shapes.describe(node));
    return null;
  }

  /** The bundled signatures; a problem in them is a bug in govern. */
  public static AttributionSignatures bundled() {
    byte[] bytes = Bundle.read(BUNDLED).orElseThrow(() -> new IllegalStateException("missing " + BUNDLED));
    Problems problems = new Problems();
    return bind(bytes, "govern:" + BUNDLED, problems)
        .orElseThrow(() -> new IllegalStateException("bundled attribution signatures: " + problems.sorted()));
  }

  /**
   * {@code base} extended by {@code extra}: entries with a new id are added after the base's, an
   * entry with a base entry's id replaces it in place, and a ref or folder given replaces the base's.
   */
  public static AttributionSignatures extend(AttributionSignatures base, AttributionSignatures extra) {
    Set<String> keys = new LinkedHashSet<>(base.coAuthorKeys());
    keys.addAll(extra.coAuthorKeys());
    return new AttributionSignatures(List.copyOf(keys),
        merge(base.assistants(), extra.assistants(), Identity::id),
        merge(base.notAi(), extra.notAi(), Identity::id),
        merge(base.trailers(), extra.trailers(), TrailerSignature::id),
        merge(base.lines(), extra.lines(), LineSignature::id),
        extra.gitAiNotesRef() != null ? extra.gitAiNotesRef() : base.gitAiNotesRef(),
        extra.agentTraceFolder() != null ? extra.agentTraceFolder() : base.agentTraceFolder());
  }

  private static <T> List<T> merge(List<T> base, List<T> extra, Function<T, String> id) {
    List<T> out = new ArrayList<>(base);
    for (T e : extra) {
      int at = -1;
      for (int i = 0; i < out.size(); i++) {
        if (id.apply(out.get(i)).equals(id.apply(e))) {
          at = i;
        }
      }
      if (at >= 0) {
        out.set(at, e);
      } else {
        out.add(e);
      }
    }
    return out;
  }
}
