package dev.govern.scan.attribution;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Per-commit facts of one repository kept between scans, keyed by commit id. The file starts with
 * a fingerprint of the signatures and of this format: facts read with other signatures are never
 * reused. A missing, stale or damaged file is an empty cache, never an error.
 */
public final class FactsCache {
  private static final int MAGIC = 0x47564132; // "GVA2"

  private final Path file;
  private final String fingerprint;
  private final Map<ObjectId, CommitFacts> facts = new HashMap<>();
  private String window = "";

  private FactsCache(Path file, String fingerprint) {
    this.file = file;
    this.fingerprint = fingerprint;
  }

  /** No cache: every commit is read. */
  public static FactsCache none() {
    return new FactsCache(null, "");
  }

  /** The cache in {@code file}, valid only for facts read with the signatures of {@code fingerprint}. */
  public static FactsCache open(Path file, String fingerprint) {
    FactsCache cache = new FactsCache(file, fingerprint);
    if (Files.isRegularFile(file)) {
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
        if (in.readInt() == MAGIC && in.readUTF().equals(fingerprint)) {
          cache.window = in.readUTF();
          int n = in.readInt();
          Signal[] signals = Signal.values();
          for (int i = 0; i < n; i++) {
            ObjectId id = readId(in);
            ObjectId note = readId(in);
            long time = in.readLong();
            long lines = in.readLong();
            long aiLines = in.readLong();
            int a = in.readUnsignedShort();
            List<Attribution> attributions = new ArrayList<>(a);
            for (int k = 0; k < a; k++) {
              attributions.add(new Attribution(signals[in.readUnsignedByte()], in.readUTF(), in.readUTF()));
            }
            cache.facts.put(id, new CommitFacts(id, note, time, lines, aiLines, attributions));
          }
        }
      } catch (IOException | RuntimeException e) {
        // A damaged cache costs a full read, nothing else: forget the window too, or the facts
        // read before the damage would pass for all of them.
        cache.facts.clear();
        cache.window = "";
      }
    }
    return cache;
  }

  /**
   * What the last scan read: the branch tip, the notes tip and the window. When a scan would read
   * the same, the facts kept are exactly the commits it would count, and no walk is needed.
   */
  String window() {
    return window;
  }

  /** The facts kept, in no particular order. */
  Collection<CommitFacts> all() {
    return facts.values();
  }

  CommitFacts get(ObjectId commit) {
    return facts.get(commit);
  }

  int size() {
    return facts.size();
  }

  /** Replaces the file with exactly these facts (the ones the last scan used), atomically. */
  void save(String window, Collection<CommitFacts> used) throws IOException {
    this.window = window;
    facts.clear();
    for (CommitFacts f : used) {
      facts.put(f.id(), f);
    }
    if (file == null) {
      return;
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeUTF(fingerprint);
      out.writeUTF(window);
      out.writeInt(used.size());
      byte[] raw = new byte[20];
      for (CommitFacts f : used) {
        f.id().copyRawTo(raw, 0);
        out.write(raw);
        f.note().copyRawTo(raw, 0);
        out.write(raw);
        out.writeLong(f.time());
        out.writeLong(f.linesAdded());
        out.writeLong(f.aiLines());
        out.writeShort(f.attributions().size());
        for (Attribution a : f.attributions()) {
          out.writeByte(a.signal().ordinal());
          out.writeUTF(a.signature());
          out.writeUTF(a.tool());
        }
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static ObjectId readId(DataInputStream in) throws IOException {
    byte[] raw = new byte[20];
    in.readFully(raw);
    return ObjectId.fromRaw(raw);
  }
}
