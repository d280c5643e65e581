package dev.govern.git;

import dev.govern.check.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The Git repository that holds a data folder, read through JGit: revisions, every commit with the
 * id of its data folder's tree, and the files of that tree. Nothing here knows what the files mean.
 *
 * <p>The data folder's tree id is what "changed the data" is judged by: a commit changed it when
 * the id differs from its parents'. Equal ids mean equal contents, so callers can cache anything
 * derived from the data by that id.
 */
public final class GovernanceRepository implements AutoCloseable {

  /**
   * One commit reachable from HEAD.
   *
   * @param dataTree the data folder's tree at this commit; null when the folder is absent
   * @param changesData whether {@code dataTree} differs from every parent's (a root commit changes it
   *     when it has the folder); merges that keep one side's data do not count
   * @param parents parent ids, first parent first; empty for a root or a shallow clone's boundary
   */
  public record CommitRecord(ObjectId id, List<ObjectId> parents, ObjectId dataTree, boolean changesData,
      Instant date, String author, String subject) {
    public CommitRecord {
      Objects.requireNonNull(id, "id");
      parents = List.copyOf(parents);
    }

    public String name() {
      return id.getName();
    }
  }

  /** The repository, or a sentence for people saying why there is none to read (never an exception). */
  public record Opened(Optional<GovernanceRepository> repository, Optional<String> note) {}

  /** A revision that names no commit. */
  public static final class UnknownRevisionException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnknownRevisionException(String message) {
      super(message);
    }
  }

  private final Repository repo;
  private final String dataPath;
  private final Set<ObjectId> shallowCommits;

  private ObjectId tip;

  private GovernanceRepository(Repository repo, String dataPath, Set<ObjectId> shallowCommits) {
    this.repo = repo;
    this.dataPath = dataPath;
    this.shallowCommits = Set.copyOf(shallowCommits);
  }

  /** Opens the repository around {@code dataDir}; a note says why not when there is none to read. */
  public static Opened open(Path dataDir) {
    NoPrograms.ensure();
    Path data = dataDir.toAbsolutePath().normalize();
    FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().setMustExist(true);
    // The folder itself may be missing at this point (deleted in the working tree): search from the
    // nearest folder that exists.
    Path start = data;
    while (start != null && !Files.isDirectory(start)) {
      start = start.getParent();
    }
    if (start != null) {
      builder.findGitDir(start.toFile());
    }
    if (builder.getGitDir() == null) {
      return none(display(dataDir) + " is not in a Git repository: no version history, trends or comparisons");
    }
    Repository repo = null;
    try {
      repo = builder.build();
      if (repo.isBare()) {
        repo.close();
        return none("the Git repository around " + display(dataDir) + " has no working tree: no version history");
      }
      Path top = real(repo.getWorkTree().toPath());
      Path inRepo = real(data);
      if (!inRepo.startsWith(top)) {
        repo.close();
        return none(display(dataDir) + " is outside its Git repository's working tree: no version history");
      }
      String relative = top.relativize(inRepo).toString().replace('\\', '/');
      if (repo.resolve(Constants.HEAD) == null) {
        repo.close();
        return none("the Git repository has no commits yet: no version history");
      }
      return new Opened(Optional.of(new GovernanceRepository(repo, relative,
          repo.getObjectDatabase().getShallowCommits())), Optional.empty());
    } catch (IOException | RuntimeException e) {
      // An unusual or broken repository must never fail a build: history is optional.
      if (repo != null) {
        repo.close();
      }
      return none("cannot read the Git repository around " + display(dataDir) + ": " + e.getMessage());
    }
  }

  private static Opened none(String note) {
    return new Opened(Optional.empty(), Optional.of(note));
  }

  /**
   * How notes name the data folder: by its own name only, since notes end up in published pages,
   * which must not carry the paths of the machine that built them.
   */
  private static String display(Path dataDir) {
    Path name = dataDir.toAbsolutePath().normalize().getFileName();
    return "the folder " + (name == null ? "/" : name.toString());
  }

  /** The real path of a folder, or of its nearest existing ancestor with the rest appended. */
  private static Path real(Path path) throws IOException {
    Path existing = path;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return path;
    }
    return existing.toRealPath().resolve(existing.relativize(path));
  }

  /**
   * Walks the history from {@code commit} instead of HEAD: the history as it was when that commit
   * was the newest (used to rebuild a report made at that commit).
   */
  public void startAt(ObjectId commit) {
    this.tip = commit.copy();
  }

  /**
   * A tree (folder) at a commit by its path in the repository, or null when there is no folder
   * there; {@code ""} is the top folder.
   */
  public ObjectId treeAt(RevCommit commit, String path) throws IOException {
    if (path.isEmpty()) {
      return commit.getTree().getId();
    }
    try (ObjectReader reader = repo.newObjectReader();
        TreeWalk walk = TreeWalk.forPath(reader, path, commit.getTree())) {
      return walk == null || !FileMode.TREE.equals(walk.getFileMode(0)) ? null : walk.getObjectId(0);
    }
  }

  /** The data folder's path inside the repository, with {@code /}; empty when it is the top folder. */
  public String dataPath() {
    return dataPath;
  }

  /** Whether this is a shallow clone: commits before the boundary are not available. */
  public boolean isShallow() {
    return !shallowCommits.isEmpty();
  }

  /** Whether the history stops at this commit because the clone is shallow. */
  public boolean isShallowBoundary(ObjectId commit) {
    return shallowCommits.contains(commit);
  }

  /** The commit a revision names: anything {@code git rev-parse} accepts (HEAD~1, a tag, a branch, an id). */
  public RevCommit resolve(String revision) throws UnknownRevisionException, IOException {
    ObjectId id;
    try {
      id = repo.resolve(revision + "^{commit}");
    } catch (AmbiguousObjectException e) {
      throw new UnknownRevisionException("'" + revision + "' is ambiguous: it abbreviates several objects");
    } catch (IncorrectObjectTypeException e) {
      throw new UnknownRevisionException("'" + revision + "' does not name a commit");
    } catch (RevisionSyntaxException e) {
      throw new UnknownRevisionException("'" + revision + "' is not a revision");
    }
    if (id == null) {
      throw new UnknownRevisionException("unknown revision '" + revision + "'"
          + (isShallow() ? " (this is a shallow clone: fetch more history, e.g. `git fetch --unshallow`)" : ""));
    }
    try (RevWalk walk = new RevWalk(repo)) {
      return walk.parseCommit(id);
    }
  }

  /**
   * The governance repository's files at a commit, for evidence paths: its root is the folder
   * that holds the data folder. Null when the data folder is the top of the Git repository, so
   * that its root lies outside what Git records.
   */
  public RepoPaths paths(RevCommit commit, String where) {
    if (dataPath.isEmpty()) {
      return null;
    }
    int slash = dataPath.lastIndexOf('/');
    String prefix = slash < 0 ? "" : dataPath.substring(0, slash + 1);
    return new RepoPaths() {
      @Override
      public boolean exists(String path) {
        try (TreeWalk walk = TreeWalk.forPath(repo, prefix + path, commit.getTree())) {
          return walk != null;
        } catch (IOException | RuntimeException e) {
          return false;
        }
      }

      @Override
      public String where() {
        return where;
      }
    };
  }

  /** The data folder's tree at a commit; null when the commit has no such folder. */
  public ObjectId dataTree(RevCommit commit) throws IOException {
    try (ObjectReader reader = repo.newObjectReader()) {
      return dataTree(reader, commit);
    }
  }

  private ObjectId dataTree(ObjectReader reader, RevCommit commit) throws IOException {
    if (dataPath.isEmpty()) {
      return commit.getTree().getId();
    }
    try (TreeWalk walk = TreeWalk.forPath(reader, dataPath, commit.getTree())) {
      if (walk == null || !FileMode.TREE.equals(walk.getFileMode(0))) {
        return null;
      }
      return walk.getObjectId(0);
    }
  }

  /**
   * Every commit reachable from HEAD, newest first (commit time, parents after children), each with
   * its data tree and whether it changed the data.
   */
  public List<CommitRecord> commits() throws IOException {
    List<CommitRecord> records = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repo)) {
      ObjectReader reader = walk.getObjectReader();
      walk.sort(RevSort.TOPO, true);
      walk.sort(RevSort.COMMIT_TIME_DESC, true);
      walk.markStart(walk.parseCommit(tip != null ? tip : repo.resolve(Constants.HEAD)));
      Map<ObjectId, ObjectId> trees = new HashMap<>();
      for (RevCommit c : walk) {
        ObjectId tree = treeOf(reader, walk, c, trees);
        List<ObjectId> parents = new ArrayList<>();
        boolean changes = c.getParentCount() == 0 ? tree != null : true;
        for (RevCommit p : c.getParents()) {
          parents.add(p.copy());
          if (Objects.equals(tree, treeOf(reader, walk, p, trees))) {
            changes = false;
          }
        }
        records.add(new CommitRecord(c.copy(), parents, tree, changes,
            Instant.ofEpochSecond(c.getCommitTime()), c.getAuthorIdent().getName(), c.getShortMessage()));
      }
    }
    return records;
  }

  private ObjectId treeOf(ObjectReader reader, RevWalk walk, RevCommit c, Map<ObjectId, ObjectId> trees)
      throws IOException {
    if (trees.containsKey(c)) {
      return trees.get(c);
    }
    walk.parseHeaders(c);
    ObjectId tree = dataTree(reader, c);
    trees.put(c.copy(), tree);
    return tree;
  }

  /** Tag names by the commit they point to (annotated tags peeled), each list sorted by name. */
  public Map<ObjectId, List<String>> tags() throws IOException {
    Map<ObjectId, List<String>> byCommit = new HashMap<>();
    try (RevWalk walk = new RevWalk(repo)) {
      for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
        ObjectId target = ref.getObjectId();
        if (target == null) {
          continue;
        }
        RevObject object = walk.peel(walk.parseAny(target));
        if (object instanceof RevCommit commit) {
          byCommit.computeIfAbsent(commit.copy(), k -> new ArrayList<>())
              .add(ref.getName().substring(Constants.R_TAGS.length()));
        }
      }
    }
    byCommit.values().forEach(names -> names.sort(null));
    return byCommit;
  }

  /** The files of a tree, read from Git without writing them anywhere; close them after use. */
  public TreeFiles files(ObjectId tree) throws IOException {
    return new TreeFiles(repo, tree, null);
  }

  /**
   * The files of a data tree from {@link #dataTree}, which know where the data folder is in the
   * repository (policies' relative image paths start there); close them after use.
   */
  public TreeFiles dataFiles(ObjectId dataTree) throws IOException {
    return new TreeFiles(repo, dataTree, dataPath);
  }

  @Override
  public void close() {
    repo.close();
  }
}
