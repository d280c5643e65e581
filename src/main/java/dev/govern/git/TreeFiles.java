package dev.govern.git;

import dev.govern.load.DataFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * One version of the data folder, read straight from a Git tree: nothing is written to disk. Each
 * file's content id is its blob id, so parses can be shared between versions.
 *
 * <p>Only regular files and folders are seen: symbolic links and submodules are left out, so a
 * commit cannot point the loader anywhere outside the folder. Not thread-safe; close it after use.
 */
public final class TreeFiles implements DataFiles, AutoCloseable {
  private final ObjectReader reader;
  private final Map<String, ObjectId> blobs = new HashMap<>();
  private final Map<String, List<String>> folders = new HashMap<>();
  private final String fromRoot;

  /** @param fromRoot the tree's path from the repository's top, for a data tree; null when not known */
  TreeFiles(Repository repo, ObjectId tree, String fromRoot) throws IOException {
    this.fromRoot = fromRoot;
    this.reader = repo.newObjectReader();
    try (TreeWalk walk = new TreeWalk(reader)) {
      walk.addTree(tree);
      Map<String, TreeMap<String, Boolean>> children = new HashMap<>();
      children.put("", new TreeMap<>());
      while (walk.next()) {
        FileMode mode = walk.getFileMode(0);
        String path = walk.getPathString();
        int slash = path.lastIndexOf('/');
        String parent = slash < 0 ? "" : path.substring(0, slash);
        if (FileMode.TREE.equals(mode)) {
          children.get(parent).put(walk.getNameString(), true);
          children.put(path, new TreeMap<>());
          walk.enterSubtree();
        } else if (FileMode.REGULAR_FILE.equals(mode) || FileMode.EXECUTABLE_FILE.equals(mode)) {
          children.get(parent).put(walk.getNameString(), true);
          blobs.put(path, walk.getObjectId(0));
        }
      }
      children.forEach((folder, names) -> folders.put(folder, List.copyOf(new ArrayList<>(names.keySet()))));
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  @Override
  public Optional<String> fromRoot() {
    return Optional.ofNullable(fromRoot);
  }

  @Override
  public List<String> list(String folder) {
    return folders.getOrDefault(folder, List.of());
  }

  @Override
  public boolean isFolder(String path) {
    return folders.containsKey(path);
  }

  @Override
  public boolean exists(String path) {
    return blobs.containsKey(path) || folders.containsKey(path);
  }

  @Override
  public byte[] read(String file, int limit) throws Unreadable {
    ObjectId blob = blobs.get(file);
    if (blob == null) {
      throw new Unreadable("not a regular file");
    }
    try {
      ObjectLoader loader = reader.open(blob, Constants.OBJ_BLOB);
      if (loader.getSize() > limit) {
        throw Unreadable.tooBig(loader.getSize(), limit);
      }
      return loader.getCachedBytes(limit);
    } catch (IOException e) {
      throw new Unreadable("cannot read file from Git: " + e.getMessage());
    }
  }

  @Override
  public Optional<String> contentId(String file) {
    return Optional.ofNullable(blobs.get(file)).map(ObjectId::getName);
  }

  @Override
  public void close() {
    reader.close();
  }
}
