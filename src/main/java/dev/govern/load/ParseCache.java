package dev.govern.load;

import dev.govern.problem.Problem;
import dev.govern.problem.Problems;
import java.lang.ref.SoftReference;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parsed YAML files by content id, shared by the loads of many versions of one data folder (the Git
 * history), so that each distinct version of a file is parsed once however many commits hold it.
 *
 * <p>An entry keeps the composed node tree, which binders only read, and the problems parsing
 * found, which are reported again on every use. Entries are held softly: the garbage collector may
 * drop them when memory runs short, and the file is then parsed again. Thread-safe.
 */
public final class ParseCache {

  private record Key(String contentId, String file) {}

  private record Entry(Optional<Node> node, List<Problem> problems) {}

  private final Map<Key, SoftReference<Entry>> entries = new ConcurrentHashMap<>();

  /**
   * The node parsed from a file with this content id, parsing it with {@code parse} the first time.
   * The problems it found are added to {@code ctx} each time.
   */
  Optional<Node> compose(String contentId, Context ctx, Function<Context, Optional<Node>> parse) {
    // Problems name the file, so the same contents under another name are another entry.
    Key key = new Key(contentId, ctx.file());
    SoftReference<Entry> ref = entries.get(key);
    Entry entry = ref == null ? null : ref.get();
    if (entry == null) {
      Problems found = new Problems();
      Optional<Node> node = parse.apply(new Context(ctx.file(), ctx.lineOffset(), found, ctx.sources()));
      entry = new Entry(node, found.sorted());
      entries.put(key, new SoftReference<>(entry));
    }
    ctx.problems().addAll(entry.problems());
    return entry.node();
  }
}
