package dev.govern.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;

/**
 * Builds Git repositories for tests straight from objects, as a hostile or ordinary remote could
 * have them: any path (even {@code ..}), symbolic links, big blobs and many files, with a fixed
 * author and date so that commit ids are the same on every machine.
 */
public final class RepoBuilder {
  private final Map<String, Object[]> files = new TreeMap<>();
  private final List<ObjectId> parents = new ArrayList<>();
  private long time = 1_763_000_000L;
  private boolean packed;

  /** Writes the objects as one pack, as a clone holds them, instead of one file per object. */
  public RepoBuilder packed() {
    this.packed = true;
    return this;
  }

  public RepoBuilder file(String path, String text) {
    return file(path, text.getBytes(StandardCharsets.UTF_8));
  }

  public RepoBuilder file(String path, byte[] bytes) {
    files.put(path, new Object[] {FileMode.REGULAR_FILE, bytes});
    return this;
  }

  public RepoBuilder link(String path, String target) {
    files.put(path, new Object[] {FileMode.SYMLINK, target.getBytes(StandardCharsets.UTF_8)});
    return this;
  }

  public RepoBuilder at(long epochSeconds) {
    this.time = epochSeconds;
    return this;
  }

  /** Writes a bare repository at {@code dir} (created) whose HEAD is one commit of the files. */
  public Path bare(Path dir) throws IOException {
    try (Repository repo = new FileRepository(dir.toFile())) {
      repo.create(true);
      commit(repo);
    }
    return dir;
  }

  /** Writes a non-bare repository's {@code .git} at {@code dir/.git}, with no checkout (scan reads objects only). */
  public Path clone(Path dir) throws IOException {
    try (Repository repo = new FileRepository(dir.resolve(".git").toFile())) {
      repo.create(false);
      commit(repo);
    }
    return dir;
  }

  /** Adds a commit of the current files on top of HEAD in an existing repository. */
  public void commitTo(Path gitDir) throws IOException {
    try (Repository repo = new FileRepository(gitDir.toFile())) {
      ObjectId head = repo.resolve(Constants.HEAD);
      parents.clear();
      if (head != null) {
        parents.add(head);
      }
      commit(repo);
    }
  }

  private void commit(Repository repo) throws IOException {
    try (ObjectInserter ins = packed
        ? ((org.eclipse.jgit.internal.storage.file.ObjectDirectory) repo.getObjectDatabase()).newPackInserter()
        : repo.newObjectInserter()) {
      ObjectId tree = tree(ins, "");
      PersonIdent who = new PersonIdent("Test Author", "author@example.com", time * 1000, 0);
      CommitBuilder c = new CommitBuilder();
      c.setTreeId(tree);
      c.setAuthor(who);
      c.setCommitter(who);
      c.setMessage("Add files\n");
      c.setParentIds(parents);
      ObjectId commit = ins.insert(c);
      ins.flush();
      RefUpdate u = repo.updateRef("refs/heads/main");
      u.setNewObjectId(commit);
      u.setForceUpdate(true);
      u.update();
      repo.getRefDatabase().newUpdate(Constants.HEAD, false).link("refs/heads/main");
    }
  }

  /** The tree of the folder {@code prefix} (with a trailing slash, or "" for the root). */
  private ObjectId tree(ObjectInserter ins, String prefix) throws IOException {
    // Git sorts tree entries by name, folders as if their name ended in '/'.
    TreeMap<String, Object[]> entries = new TreeMap<>();
    for (Map.Entry<String, Object[]> f : files.entrySet()) {
      if (!f.getKey().startsWith(prefix)) {
        continue;
      }
      String rest = f.getKey().substring(prefix.length());
      int slash = rest.indexOf('/');
      if (slash < 0) {
        entries.put(rest, f.getValue());
      } else {
        entries.putIfAbsent(rest.substring(0, slash) + "/", null);
      }
    }
    TreeFormatter fmt = new TreeFormatter();
    for (Map.Entry<String, Object[]> e : entries.entrySet()) {
      String name = e.getKey();
      if (name.endsWith("/")) {
        fmt.append(name.substring(0, name.length() - 1), FileMode.TREE, tree(ins, prefix + name));
      } else {
        byte[] bytes = (byte[]) e.getValue()[1];
        fmt.append(name, (FileMode) e.getValue()[0], ins.insert(Constants.OBJ_BLOB, bytes));
      }
    }
    return ins.insert(fmt);
  }
}
