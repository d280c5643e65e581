package dev.govern.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders and everything under them (the data and the repo's templates), and the repo
 * root for either folder appearing or going, and hands over the changed paths in batches: a batch
 * ends when nothing changed for {@code quiet}, or at {@code longest} after its first change while
 * changes keep coming. An editor's save is several events (a temporary file, a rename, a change of
 * attributes) and a checkout many: each becomes one rebuild. Changes that arrive while a batch is
 * handled make the next batch. Editors' own files (hidden, backups, swap files) are ignored.
 */
final class Watcher implements AutoCloseable {
  static final Duration QUIET = Duration.ofMillis(40);
  static final Duration LONGEST = Duration.ofMillis(500);

  private final WatchService service;
  private final List<Path> trees;
  private final Path root;
  private final Map<WatchKey, Path> watched = new HashMap<>();
  private final Consumer<Set<Path>> onChange;
  private final Duration quiet;
  private final Duration longest;
  private final Thread thread;

  private Watcher(WatchService service, Path root, List<Path> trees, Consumer<Set<Path>> onChange, Duration quiet,
      Duration longest) {
    this.service = service;
    this.root = root;
    this.trees = trees;
    this.onChange = onChange;
    this.quiet = quiet;
    this.longest = longest;
    this.thread = new Thread(this::run, "govern-serve-watch");
    this.thread.setDaemon(true);
  }

  /**
   * Starts watching; {@code onChange} runs on the watcher's thread, one batch at a time.
   *
   * @param root the governance repo root (watched itself, not below)
   * @param trees folders watched with all their subfolders, such as data/ and templates/; they may be absent
   */
  static Watcher start(Path root, List<Path> trees, Consumer<Set<Path>> onChange) throws IOException {
    return start(root, trees, onChange, QUIET, LONGEST);
  }

  static Watcher start(Path root, List<Path> trees, Consumer<Set<Path>> onChange, Duration quiet, Duration longest)
      throws IOException {
    Path r = root.toAbsolutePath().normalize();
    List<Path> t = trees.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    Watcher w = new Watcher(r.getFileSystem().newWatchService(), r, t, onChange, quiet, longest);
    w.register(r);
    for (Path tree : t) {
      w.registerTree(tree);
    }
    w.thread.start();
    return w;
  }

  private void register(Path dir) throws IOException {
    watched.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
  }

  /** A folder and its subfolders; links are not followed, so nothing outside the repo is watched. */
  private void registerTree(Path tree) throws IOException {
    if (!Files.isDirectory(tree, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(tree, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        register(dir);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE; // gone already, or unreadable: the loader says which
      }
    });
  }

  private void run() {
    Set<Path> batch = new LinkedHashSet<>();
    long first = 0;
    try {
      while (true) {
        WatchKey key;
        if (batch.isEmpty()) {
          key = service.take();
        } else {
          long left = Math.min(quiet.toNanos(), first + longest.toNanos() - System.nanoTime());
          key = left <= 0 ? null : service.poll(left, TimeUnit.NANOSECONDS);
        }
        if (key == null) {
          Set<Path> done = Set.copyOf(batch);
          batch.clear();
          handle(done);
          continue;
        }
        if (batch.isEmpty()) {
          first = System.nanoTime();
        }
        collect(key, batch);
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: the preview is stopping
    }
  }

  private void handle(Set<Path> changed) {
    try {
      onChange.accept(changed);
    } catch (RuntimeException e) {
      // A failed rebuild must not stop the watching; the preview reports its own failures.
    }
  }

  private void collect(WatchKey key, Set<Path> batch) {
    Path dir = watched.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW) {
        batch.add(root); // too many to list: everything may have changed
        continue;
      }
      Path name = (Path) event.context();
      if (dir == null || ignored(name.toString())) {
        continue;
      }
      Path changed = dir.resolve(name);
      boolean inTree = trees.stream().anyMatch(changed::startsWith);
      boolean isTree = trees.contains(changed);
      if (dir.equals(root) && !isTree) {
        continue; // another file beside data/ and templates/
      }
      batch.add(changed);
      if (event.kind() == ENTRY_CREATE && (inTree || isTree) && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
        try {
          registerTree(changed);
        } catch (IOException e) {
          // It went again before it could be watched; its deletion is another event.
        }
      }
    }
    if (!key.reset()) {
      watched.remove(key);
    }
  }

  /** Editors' own files: hidden and lock files, backups, swap files, vim's write test. */
  static boolean ignored(String name) {
    return name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || name.endsWith(".swp")
        || name.endsWith(".swx") || name.endsWith(".tmp") || name.equals("4913");
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      // closing a watch service only releases it
    }
    thread.interrupt();
  }
}
