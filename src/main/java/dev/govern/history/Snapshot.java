package dev.govern.history;

import dev.govern.check.Checker;
import dev.govern.check.RepoPaths;
import dev.govern.load.DataFiles;
import dev.govern.load.GovernanceLoader;
import dev.govern.load.Loaded;
import dev.govern.load.ParseCache;
import dev.govern.model.Governance;
import dev.govern.problem.Problem;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The governance state at one revision, or in the working tree: the model when it could be bound,
 * and every problem loading and checking found.
 *
 * @param revision what the user named ({@code HEAD~1}, {@code v1.0}), or {@link #WORKING_TREE}
 * @param commit the full commit id; null for the working tree
 * @param date the commit's date; null for the working tree
 */
public record Snapshot(String revision, String commit, Instant date, Optional<Governance> governance,
    List<Problem> problems) {

  /** The revision name of the data on disk. */
  public static final String WORKING_TREE = "working tree";

  public Snapshot {
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(governance, "governance");
    problems = List.copyOf(problems);
  }

  /**
   * Loads and checks a data folder, as {@code govern check} does: the cross-file checks run only
   * when loading found no error.
   *
   * @param display how the folder is named in problems
   * @param asOf the date overdue warnings are judged at
   */
  public static Snapshot ofFolder(Path dataDir, String display, LocalDate asOf) {
    Path parent = dataDir.toAbsolutePath().normalize().getParent();
    return of(GovernanceLoader.load(dataDir, display), asOf, WORKING_TREE, null, null,
        parent == null ? null : RepoPaths.folder(parent));
  }

  /** @param repo the repository's files at this revision, for evidence paths; null when unknown */
  static Snapshot load(DataFiles files, String display, LocalDate asOf, String revision, String commit, Instant date,
      ParseCache cache, RepoPaths repo) {
    return of(GovernanceLoader.load(files, display, cache), asOf, revision, commit, date, repo);
  }

  private static Snapshot of(Loaded loaded, LocalDate asOf, String revision, String commit, Instant date,
      RepoPaths repo) {
    List<Problem> problems = new ArrayList<>(loaded.problems());
    if (loaded.governance().isPresent() && problems.stream().noneMatch(Problem::isError)) {
      problems.addAll(Checker.check(loaded.governance().get(), loaded.sources(), asOf, repo));
    }
    problems.sort(Problem.ORDER);
    return new Snapshot(revision, commit, date, loaded.governance(), problems);
  }

  public boolean isWorkingTree() {
    return commit == null;
  }

  /** Whether the data cannot be used: an error, or nothing bound at all. */
  public boolean hasErrors() {
    return governance.isEmpty() || problems.stream().anyMatch(Problem::isError);
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  /** The first 12 characters of the commit id; null for the working tree. */
  public String shortCommit() {
    return commit == null ? null : abbreviate(commit);
  }

  /** "v1.0 (0123456789ab)", "0123456789ab", or "the working tree": how outputs name this side. */
  public String label() {
    if (commit == null) {
      return "the " + WORKING_TREE;
    }
    return commit.startsWith(revision) ? shortCommit() : revision + " (" + shortCommit() + ")";
  }

  static String abbreviate(String commit) {
    return commit.length() <= 12 ? commit : commit.substring(0, 12);
  }
}
