package dev.govern.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.PackInserter;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;

/**
 * Writes bare Git repositories with a realistic mix of commits straight into one pack each (no
 * working tree, no loose objects), fast enough for a million commits: ten source files of which
 * each commit changes one (a line changed, two appended), a merge of a side branch every hundred
 * commits, and messages in the proportions below, spread evenly over the year before the as-of
 * date.
 *
 * <p>Of every 20 commits: 6 carry Claude Code's trailer and "Generated with" line, 2 a Copilot
 * co-author trailer (lower case), 1 is authored by aider, 1 is a squash merge with an assistant's
 * trailer in a middle paragraph only (not AI-attributed), 1 is by dependabot[bot], 9 are plain.
 */
public final class HistoryGenerator {
  static final int FILES = 10;
  static final int LINES = 30;
  private static final PersonIdent HUMAN = new PersonIdent("Ada Author", "ada@example.org");

  private final Repository repo;
  private final PackInserter inserter;
  private final List<List<String>> files = new ArrayList<>();
  private final ObjectId[] blobs = new ObjectId[FILES];
  private ObjectId tip;
  private int serial;

  private HistoryGenerator(Repository repo) {
    this.repo = repo;
    this.inserter = ((ObjectDirectory) repo.getObjectDatabase()).newPackInserter();
    this.inserter.checkExisting(false);
  }

  /**
   * A new bare repository at {@code dir} with {@code commits} commits (merges not counted) on
   * {@code main}, from the start of {@code since} to the end of {@code asOf}.
   */
  public static void generate(Path dir, int commits, LocalDate since, LocalDate asOf, int seed) throws IOException {
    try (Git git = Git.init().setBare(true).setDirectory(dir.toFile()).setInitialBranch("main").call();
        Repository repo = git.getRepository()) {
      HistoryGenerator g = new HistoryGenerator(repo);
      g.serial = seed;
      long from = since.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
      long span = asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() - from;
      for (int f = 0; f < FILES; f++) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= LINES; i++) {
          lines.add("file " + f + " line " + i + " of a realistic length, with some words in it");
        }
        g.files.add(lines);
      }
      for (int i = 0; i < commits; i++) {
        long time = from + span * (i + 1) / (commits + 2);
        if (i % 100 == 50 && g.tip != null && i + 1 < commits) {
          i = g.sideBranch(i, time, i + 1);
        } else {
          g.commit(i, time, g.tip == null ? List.of() : List.of(g.tip));
        }
      }
      g.inserter.flush();
      g.inserter.close();
      g.setMain();
    } catch (GitAPIException e) {
      throw new IOException(e);
    }
  }

  /** One more commit on {@code main} of an existing generated repository, at {@code time}. */
  public static void addCommit(Path dir, Instant time) throws IOException {
    try (Git git = Git.open(dir.toFile()); Repository repo = git.getRepository()) {
      HistoryGenerator g = new HistoryGenerator(repo);
      g.tip = repo.resolve("refs/heads/main");
      // The new commit replaces one whole file: the generator's state of the old tree is not kept.
      for (int f = 0; f < FILES; f++) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= LINES; i++) {
          lines.add("rewritten file " + f + " line " + i);
        }
        g.files.add(lines);
      }
      g.commit(0, time.getEpochSecond(), List.of(g.tip));
      g.inserter.flush();
      g.inserter.close();
      g.setMain();
    }
  }

  /** A side commit and a main commit, then their merge; returns the last index used. */
  private int sideBranch(int i, long time, int next) throws IOException {
    ObjectId base = tip;
    int sideFile = (i + 5) % FILES;
    List<String> before = new ArrayList<>(files.get(sideFile));
    ObjectId side = commit(i, time, List.of(base));
    List<String> sideLines = files.get(sideFile);
    ObjectId sideBlob = blobs[sideFile];
    files.set(sideFile, before);
    blobs[sideFile] = null;
    ObjectId main = commit(next, time + 1, List.of(base));
    files.set(sideFile, sideLines);
    blobs[sideFile] = sideBlob;
    tip = write(tree(), List.of(main, side), "Merge branch 'side-" + i + "'", HUMAN, time + 2);
    return next;
  }

  private ObjectId commit(int i, long time, List<ObjectId> parents) throws IOException {
    int f = (i * 7 + serial) % FILES;
    List<String> lines = files.get(f);
    int at = (i * 13 + serial) % lines.size();
    lines.set(at, lines.get(at) + " changed in commit " + i);
    lines.add("added in commit " + i + " a line of ordinary code");
    lines.add("added in commit " + i + " another line");
    blobs[f] = null;
    PersonIdent author = HUMAN;
    String message = "Change " + i + " of the service\n\nWhy: keep the generated history realistic.";
    switch ((i + serial) % 20) {
      case 0, 1, 2, 3, 4, 5 -> message += "\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\n"
          + "Co-Authored-By: Claude <noreply@anthropic.com>";
      case 6, 7 -> message += "\n\nco-authored-by: Copilot <223556219+Copilot@users.noreply.github.com>";
      case 8 -> author = new PersonIdent("Ada Author (aider)", "ada@example.org");
      case 9 -> message += "\n\n* a squashed commit\n\nCo-authored-by: Claude <noreply@anthropic.com>\n\n"
          + "Signed-off-by: Ada Author <ada@example.org>";
      case 10 -> author = new PersonIdent("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com");
      default -> { }
    }
    tip = write(tree(), parents, message, author, time);
    return tip;
  }

  private ObjectId tree() throws IOException {
    TreeFormatter src = new TreeFormatter();
    for (int f = 0; f < FILES; f++) {
      if (blobs[f] == null) {
        blobs[f] = inserter.insert(Constants.OBJ_BLOB,
            (String.join("\n", files.get(f)) + "\n").getBytes(StandardCharsets.UTF_8));
      }
      src.append("f" + f + ".txt", FileMode.REGULAR_FILE, blobs[f]);
    }
    ObjectId srcTree = inserter.insert(src);
    TreeFormatter root = new TreeFormatter();
    root.append("src", FileMode.TREE, srcTree);
    return inserter.insert(root);
  }

  private ObjectId write(ObjectId tree, List<ObjectId> parents, String message, PersonIdent author, long time)
      throws IOException {
    CommitBuilder c = new CommitBuilder();
    c.setTreeId(tree);
    c.setParentIds(parents);
    c.setAuthor(new PersonIdent(author, Instant.ofEpochSecond(time), ZoneOffset.UTC));
    c.setCommitter(new PersonIdent(author, Instant.ofEpochSecond(time), ZoneOffset.UTC));
    c.setMessage(message);
    return inserter.insert(c);
  }

  private void setMain() throws IOException {
    RefUpdate u = repo.updateRef("refs/heads/main");
    u.setNewObjectId(tip);
    u.setForceUpdate(true);
    RefUpdate.Result r = u.update();
    if (r != RefUpdate.Result.NEW && r != RefUpdate.Result.FORCED && r != RefUpdate.Result.FAST_FORWARD) {
      throw new IOException("cannot update main: " + r);
    }
  }
}
