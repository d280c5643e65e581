package dev.govern.scan;

import dev.govern.model.RepositoryScan;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last measurement of every repository of the inventory in one file, read once per scan, each
 * with what it was measured from: the repository's Git directory and its {@link RepositoryState}
 * (with whatever else of the target the measurement depends on). A repository whose key is
 * unchanged takes its measurement from here without being opened with JGit, and without a YAML
 * parse; this is what keeps a rescan of a large, mostly unchanged inventory to a few seconds.
 *
 * <p>The whole file is valid only for one context — govern's version, the index format, the shape
 * of the model, the signatures and the history window — and is ignored for any other. Like the
 * other caches it is an optimisation only: a missing, damaged or foreign file is an empty index.
 */
final class ScanIndex {
  static final String FILE = "index.bin";
  private static final int MAGIC = 0x47564931; // "GVI1"
  static final RecordCodec<RepositoryScan> CODEC = new RecordCodec<>(RepositoryScan.class);

  /** One repository's measurement, still encoded: only the ones used are decoded. */
  private record Entry(String key, byte[] measured) {}

  private final Path file;
  private final String context;
  private final Map<String, Entry> last;
  private final Map<String, Entry> next = new ConcurrentHashMap<>();

  private ScanIndex(Path file, String context, Map<String, Entry> last) {
    this.file = file;
    this.context = context;
    this.last = last;
  }

  /** An index that holds nothing and writes nothing. */
  static ScanIndex none() {
    return new ScanIndex(null, "", Map.of());
  }

  /** The index in {@code dir}, or an empty one when it is missing, damaged or for another context. */
  static ScanIndex read(Path dir, String context) {
    Path file = dir.resolve(FILE);
    Map<String, Entry> entries = new TreeMap<>();
    if (Files.isRegularFile(file)) {
      try (InputStream raw = Files.newInputStream(file);
          DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
        if (in.readInt() == MAGIC && in.readUTF().equals(context)) {
          int n = in.readInt();
          for (int i = 0; i < n; i++) {
            String id = in.readUTF();
            String key = in.readUTF();
            int length = in.readInt();
            if (length < 0 || length > RepositoryState.MAX_BYTES) {
              throw new IOException("a damaged entry");
            }
            byte[] measured = new byte[length];
            in.readFully(measured);
            entries.put(id, new Entry(key, measured));
          }
        }
      } catch (IOException | RuntimeException e) {
        entries.clear();
      }
    }
    return new ScanIndex(file, context, entries);
  }

  /**
   * The last measurement of {@code id} when it was made under {@code key}, and keeps it for the next
   * index; empty when there is none or it cannot be read back.
   */
  Optional<RepositoryScan> get(String id, String key) {
    Entry e = last.get(id);
    if (file == null || e == null || !e.key().equals(key)) {
      return Optional.empty();
    }
    try {
      RepositoryScan measured = CODEC.read(new DataInputStream(new ByteArrayInputStream(e.measured())));
      next.put(id, e);
      return Optional.of(measured);
    } catch (IOException | RuntimeException ex) {
      return Optional.empty();
    }
  }

  /** Records a fresh measurement of {@code id}, made under {@code key}, for the next index. */
  void put(String id, String key, RepositoryScan measured) {
    if (file == null) {
      return;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      CODEC.write(out, measured);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory failed", e);
    }
    next.put(id, new Entry(key, bytes.toByteArray()));
  }

  /**
   * Writes the index for the next scan: this scan's entries, and the last index's entries of
   * repositories this scan did not read (another shard's), so that shards sharing a cache folder do
   * not undo each other's work. Nothing is written when that is what the file already holds, so an
   * unchanged inventory costs no write. A file that cannot be written only makes the next scan slower.
   */
  void save() {
    if (file == null) {
      return;
    }
    Map<String, Entry> all = new TreeMap<>(last);
    all.putAll(next);
    if (all.size() == last.size() && all.entrySet().stream().allMatch(e -> last.get(e.getKey()) == e.getValue())) {
      return;
    }
    Path tmp = null;
    try {
      Files.createDirectories(file.getParent());
      tmp = Files.createTempFile(file.getParent(), ".index", ".tmp");
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
        out.writeInt(MAGIC);
        out.writeUTF(context);
        out.writeInt(all.size());
        for (Map.Entry<String, Entry> e : all.entrySet()) {
          out.writeUTF(e.getKey());
          out.writeUTF(e.getValue().key());
          out.writeInt(e.getValue().measured().length);
          out.write(e.getValue().measured());
        }
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      // A cache that cannot be written only makes the next scan slower.
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // left for the next scan's temporary file to sit beside; it is never read
        }
      }
    }
  }
}
