package dev.govern.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The data folder on disk. Links that lead out of the governance repository are refused. */
final class FolderFiles implements DataFiles {
  private final Path dataDir;
  private final Path realRoot;

  FolderFiles(Path dataDir, Path root) throws IOException {
    this.dataDir = dataDir;
    this.realRoot = root.toRealPath();
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
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new Unreadable("cannot read file: " + e.getMessage());
    }
  }

  private Path resolve(String path) {
    return path.isEmpty() ? dataDir : dataDir.resolve(path);
  }
}
