package dev.govern.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The data folder on disk. Links that lead out of the governance repository are refused.
 *
 * <p>With content ids, each file is read once per load and its id is the SHA-256 of exactly the
 * bytes that are then parsed: a file saved again between the two reads cannot be cached under the
 * id of its older contents.
 */
final class FolderFiles implements DataFiles {
  private final Path dataDir;
  private final Path realRoot;
  private final boolean contentIds;
  private final String fromRoot;
  private final Map<String, byte[]> bytesRead = new ConcurrentHashMap<>();
  private final Map<String, String> ids = new ConcurrentHashMap<>();

  FolderFiles(Path dataDir, Path root) throws IOException {
    this(dataDir, root, false);
  }

  /**
   * @param root the governance repo: files may link only to places inside it
   * @param contentIds whether files have content ids, for a {@link ParseCache} kept between loads
   */
  FolderFiles(Path dataDir, Path root, boolean contentIds) throws IOException {
    this.dataDir = dataDir;
    this.contentIds = contentIds;
    this.realRoot = root.toRealPath();
    Path realData = dataDir.toRealPath();
    this.fromRoot = realData.startsWith(realRoot)
        ? realRoot.relativize(realData).toString().replace('\\', '/') : null;
  }

  @Override
  public Optional<String> fromRoot() {
    return Optional.ofNullable(fromRoot);
  }

  @Override
  public Optional<String> contentId(String file) {
    if (!contentIds) {
      return Optional.empty();
    }
    String known = ids.get(file);
    if (known != null) {
      return Optional.of(known);
    }
    try {
      String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(read(file, YamlLoader.MAX_BYTES)));
      ids.put(file, id);
      return Optional.of(id);
    } catch (Unreadable e) {
      return Optional.empty(); // read() reports why when the file is parsed
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public List<String> list(String folder) throws IOException {
    Path dir = resolve(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().map(p -> p.getFileName().toString()).toList();
    }
  }

  @Override
  public boolean isFolder(String path) {
    return Files.isDirectory(resolve(path));
  }

  @Override
  public boolean exists(String path) {
    return Files.exists(resolve(path), LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  public byte[] read(String file, int limit) throws Unreadable {
    if (!contentIds) {
      return readNow(file, limit);
    }
    byte[] bytes = bytesRead.get(file);
    if (bytes == null) {
      bytes = readNow(file, limit);
      bytesRead.put(file, bytes);
    } else if (bytes.length > limit) {
      throw Unreadable.tooBig(bytes.length, limit);
    }
    return bytes;
  }

  private byte[] readNow(String file, int limit) throws Unreadable {
    Path path = resolve(file);
    try {
      // A link out of the governance repo could smuggle any file on the machine into the site.
      if (!path.toRealPath().startsWith(realRoot)) {
        throw new Unreadable("this file links to a place outside the governance repository; copy it in instead");
      }
      if (!Files.isRegularFile(path)) {
        throw new Unreadable("not a regular file");
      }
      long size = Files.size(path);
      if (size > limit) {
        throw Unreadable.tooBig(size, limit);
      }
      return RepoFile.bounded(path, limit, RepoFile.READ_MILLIS);
    } catch (RepoFile.Refused e) {
      throw new Unreadable(e.getMessage());
    } catch (IOException e) {
      throw new Unreadable("cannot read file: " + e.getMessage());
    }
  }

  private Path resolve(String path) {
    return path.isEmpty() ? dataDir : dataDir.resolve(path);
  }
}
