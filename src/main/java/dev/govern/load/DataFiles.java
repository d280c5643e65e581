package dev.govern.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the loader reads a data folder from: the folder on disk, or one version of it in the Git
 * history. Paths are relative to the data folder and use {@code /}.
 */
public interface DataFiles {

  /** The data folder on disk; files may link only to places inside {@code root}, the governance repo. */
  static DataFiles folder(Path dataDir, Path root) throws IOException {
    return new FolderFiles(dataDir, root);
  }

  /** The names in a folder ({@code ""} is the data folder itself), sorted; empty when it is absent. */
  List<String> list(String folder) throws IOException;

  boolean isFolder(String path);

  /** Whether there is anything at the path (a file, a folder or a link). */
  boolean exists(String path);

  /**
   * A file's bytes.
   *
   * @param limit the largest size read
   * @throws Unreadable with a sentence for people saying why not (too big, a link, not a file)
   */
  byte[] read(String file, int limit) throws Unreadable;

  /**
   * The data folder's path from the governance repo's root, with {@code /} ({@code data}; empty
   * for the root itself), which paths written in the data relative to a file start from; empty
   * when not known.
   */
  default Optional<String> fromRoot() {
    return Optional.empty();
  }

  /**
   * An id equal for equal contents, such as a Git blob id, so that what is derived from a file can
   * be reused for every version that has the same file; empty when there is none.
   */
  default Optional<String> contentId(String file) {
    return Optional.empty();
  }

  /** Why a file cannot be read, in a sentence for people. */
  final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    public Unreadable(String message) {
      super(message);
    }

    public static Unreadable tooBig(long size, int limit) {
      return new Unreadable("file is " + size + " bytes; the limit is " + limit + " bytes (split it into several files)");
    }
  }
}
