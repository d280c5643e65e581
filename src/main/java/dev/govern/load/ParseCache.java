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
 * history, or the folder on disk as {@code govern serve} reloads it after each save), so that each
 * distinct version of a file is parsed once however many commits or reloads hold it.
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

  /** Whether the file with this content id is held (it may still be dropped before it is used). */
  boolean has(String contentId, String file) {
    SoftReference<Entry> ref = entries.get(new Key(contentId, file));
    return ref != null && ref.get() != null;
  }

  /** Keeps a file that was parsed elsewhere (ahead of binding, on another thread). */
  void put(String contentId, String file, Optional<Node> node, List<Problem> problems) {
    entries.put(new Key(contentId, file), new SoftReference<>(new Entry(node, List.copyOf(problems))));
  }

  /** How many parsed files are held: what a reload could reuse. */
  public int size() {
    entries.values().removeIf(ref -> ref.get() == null);
    return entries.size();
  }
}
