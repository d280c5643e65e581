package dev.govern.history;

import dev.govern.git.GovernanceRepository;
import dev.govern.git.GovernanceRepository.CommitRecord;
import dev.govern.git.GovernanceRepository.UnknownRevisionException;
import dev.govern.git.TreeFiles;
import dev.govern.load.ParseCache;
import dev.govern.problem.Position;
import dev.govern.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The governance data's history in the Git repository around a data folder: the version history,
 * trends, and snapshots at revisions.
 *
 * <p>Never fails for lack of history: outside a repository, in a shallow clone, or where a commit's
 * data does not load, it does what it still can and says why in {@link #notes()} (one sentence
 * each), which commands print and documents may show.
 *
 * <p>Each distinct data tree is loaded once (equal tree ids mean equal files), straight from Git,
 * and only its numbers are kept, so a history of thousands of commits needs little memory; distinct
 * trees are loaded in parallel. Each distinct version of a YAML file is parsed once (by blob id), so
 * a commit that changes one file parses only that file. Not thread-safe.
 */
public final class GovernanceHistory implements AutoCloseable {

  /** What one data tree amounted to: its numbers, or why there are none. */
  private record Summary(Metrics metrics, int errors, String failure) {
    boolean usable() {
      return metrics != null;
    }

    String why() {
      if (failure != null) {
        return failure;
      }
      return "its data has " + errors + (errors == 1 ? " error" : " errors");
    }
  }

  private final Optional<GovernanceRepository> repo;
  private final List<String> notes = new ArrayList<>();
  private final Map<ObjectId, Summary> summaries = new HashMap<>();
  private final ParseCache cache = new ParseCache();
  private List<CommitRecord> commits;
  private List<CommitRecord> versions;
  private Map<ObjectId, List<String>> tags;

  private GovernanceHistory(Optional<GovernanceRepository> repo) {
    this.repo = repo;
  }

  /** Opens the history of the repository around {@code dataDir}; never throws. */
  public static GovernanceHistory open(Path dataDir) {
    GovernanceRepository.Opened opened = GovernanceRepository.open(dataDir);
    GovernanceHistory history = new GovernanceHistory(opened.repository());
    opened.note().ifPresent(history.notes::add);
    opened.repository().filter(GovernanceRepository::isShallow).ifPresent(r -> history.notes.add(
        "this is a shallow clone: the history before its oldest fetched commit is missing"
            + " (`git fetch --unshallow` fetches it)"));
    return history;
  }

  /**
   * Opens the history as it was at {@code revision}: only the commits reachable from it (tags are
   * the repository's current tags).
   */
  public static GovernanceHistory openAt(Path dataDir, String revision) throws UnknownRevisionException {
    GovernanceHistory history = open(dataDir);
    if (history.repo.isPresent()) {
      try {
        history.repo.get().startAt(history.repo.get().resolve(revision));
      } catch (IOException e) {
        throw new UnknownRevisionException("cannot read '" + revision + "': " + e.getMessage());
      }
    }
    return history;
  }

  /** Whether there is a repository with commits to read. */
  public boolean isAvailable() {
    return repo.isPresent();
  }

  /**
   * Why the history is incomplete or absent, one sentence each, in a stable order: first about the
   * repository, then each commit left out, newest first.
   */
  public List<String> notes() {
    return List.copyOf(new LinkedHashSet<>(notes));
  }

  /**
   * The version history, newest first: every commit that changed the data folder and whose data
   * loads without errors. Empty without a repository.
   */
  public List<HistoryEntry> entries() {
    List<CommitRecord> valid = versions();
    Map<ObjectId, List<String>> tagged = versionTags(valid);
    List<HistoryEntry> entries = new ArrayList<>();
    for (CommitRecord c : valid) {
      entries.add(new HistoryEntry(c.name(), c.date(), c.author(), c.subject(), tagged.getOrDefault(c.id(), List.of())));
    }
    return List.copyOf(entries);
  }

  /** The trend, oldest point first; empty without a repository. */
  public Trend trend(Trend.By by) {
    List<TrendPoint> points = new ArrayList<>();
    if (by == Trend.By.COMMIT) {
      List<CommitRecord> valid = new ArrayList<>(versions());
      Map<ObjectId, List<String>> tagged = versionTags(valid);
      Collections.reverse(valid);
      for (CommitRecord c : valid) {
        points.add(point(c, tagged.getOrDefault(c.id(), List.of()), summaries.get(c.dataTree()).metrics()));
      }
    } else {
      List<CommitRecord> tagged = new ArrayList<>();
      for (CommitRecord c : commits()) {
        if (tags().containsKey(c.id())) {
          tagged.add(c);
        }
      }
      summarise(tagged.stream().map(CommitRecord::dataTree).toList());
      Collections.reverse(tagged);
      for (CommitRecord c : tagged) {
        List<String> names = tags().get(c.id());
        Summary s = c.dataTree() == null ? null : summaries.get(c.dataTree());
        if (s == null || !s.usable()) {
          notes.add("tag " + String.join(", ", names) + " is left out of the trend: "
              + (s == null ? "it has no " + dataFolder() + " folder" : s.why()));
          continue;
        }
        points.add(point(c, names, s.metrics()));
      }
    }
    // The newest matrix's levels in its order, then levels only older matrices had: every point
    // gets every level, so chart series run straight across a change of matrix.
    Set<String> levels = new LinkedHashSet<>();
    for (int i = points.size() - 1; i >= 0; i--) {
      levels.addAll(points.get(i).risksByResidual().keySet());
    }
    List<TrendPoint> filled = new ArrayList<>();
    for (TrendPoint p : points) {
      Map<String, Integer> risks = new LinkedHashMap<>();
      levels.forEach(l -> risks.put(l, p.risksByResidual().getOrDefault(l, 0)));
      filled.add(new TrendPoint(p.commit(), p.date(), p.subject(), p.tags(), p.maturityLevel(), p.maturityName(),
          p.controlsByStatus(), risks, p.kpisByOutcome()));
    }
    return new Trend(by, Metrics.STATUSES, List.copyOf(levels), Metrics.OUTCOMES, filled);
  }

  private static TrendPoint point(CommitRecord c, List<String> tags, Metrics m) {
    return new TrendPoint(c.name(), c.date(), c.subject(), tags, m.maturityLevel(), m.maturityName(),
        m.controlsByStatus(), m.risksByResidual(), m.kpisByOutcome());
  }

  /**
   * The data at a revision, loaded and checked; problems name files as {@code REV:data/file.yaml}.
   *
   * @throws UnknownRevisionException when the revision names no commit, or there is no repository
   */
  public Snapshot snapshot(String revision) throws UnknownRevisionException {
    GovernanceRepository r = repo.orElseThrow(() -> new UnknownRevisionException(
        notes.isEmpty() ? "no Git repository" : notes.get(0)));
    RevCommit commit;
    try {
      commit = r.resolve(revision);
    } catch (IOException | RuntimeException e) {
      throw new UnknownRevisionException("cannot read '" + revision + "' from the Git repository: " + e.getMessage());
    }
    Instant date = Instant.ofEpochSecond(commit.getCommitTime());
    String display = revision + ":" + dataFolder();
    try {
      ObjectId tree = r.dataTree(commit);
      if (tree == null) {
        Problem missing = Problem.error(Position.startOf(display),
            "no data folder '" + dataFolder() + "' at this revision");
        return new Snapshot(revision, commit.getName(), date, Optional.empty(), List.of(missing));
      }
      try (TreeFiles files = r.dataFiles(tree)) {
        return Snapshot.load(files, display, LocalDate.ofInstant(date, ZoneOffset.UTC), revision, commit.getName(), date,
            cache, r.paths(commit, revision));
      }
    } catch (IOException e) {
      // A damaged repository is a problem with this revision's data, reported like any other.
      Problem unreadable = Problem.error(Position.startOf(display),
          "cannot read this revision's data from the Git repository: " + e.getMessage());
      return new Snapshot(revision, commit.getName(), date, Optional.empty(), List.of(unreadable));
    }
  }

  private String dataFolder() {
    String path = repo.map(GovernanceRepository::dataPath).orElse("data");
    return path.isEmpty() ? "." : path;
  }

  /** Every commit reachable from HEAD, newest first; empty (with a note) when they cannot be read. */
  private List<CommitRecord> commits() {
    if (commits == null) {
      commits = List.of();
      if (repo.isPresent()) {
        try {
          commits = repo.get().commits();
        } catch (IOException | RuntimeException e) {
          notes.add("cannot read the Git history: " + e.getMessage());
        }
      }
    }
    return commits;
  }

  private Map<ObjectId, List<String>> tags() {
    if (tags == null) {
      tags = Map.of();
      if (repo.isPresent()) {
        try {
          tags = repo.get().tags();
        } catch (IOException | RuntimeException e) {
          notes.add("cannot read the Git tags: " + e.getMessage());
        }
      }
    }
    return tags;
  }

  /** The commits that changed the data and whose data is usable, newest first; notes the others. */
  private List<CommitRecord> versions() {
    if (versions == null) {
      List<CommitRecord> changing = commits().stream().filter(CommitRecord::changesData).toList();
      summarise(changing.stream().map(CommitRecord::dataTree).toList());
      List<CommitRecord> valid = new ArrayList<>();
      for (CommitRecord c : changing) {
        if (c.dataTree() == null) {
          notes.add("commit " + Snapshot.abbreviate(c.name()) + " of " + day(c) + " removed the " + dataFolder()
              + " folder; it is left out of the version history and trends");
          continue;
        }
        Summary s = summaries.get(c.dataTree());
        if (s.usable()) {
          valid.add(c);
        } else {
          notes.add("commit " + Snapshot.abbreviate(c.name()) + " of " + day(c)
              + " is left out of the version history and trends: " + s.why()
              + " (`govern diff " + Snapshot.abbreviate(c.name()) + "` lists them)");
        }
      }
      versions = List.copyOf(valid);
    }
    return versions;
  }

  /**
   * Tags by the version they name: a tag on a commit that did not change the data (a release tag
   * on a README commit) names the newest version before it, found along first parents.
   */
  private Map<ObjectId, List<String>> versionTags(List<CommitRecord> valid) {
    Set<ObjectId> versionIds = new HashSet<>();
    valid.forEach(c -> versionIds.add(c.id()));
    Map<ObjectId, CommitRecord> byId = new HashMap<>();
    commits().forEach(c -> byId.put(c.id(), c));
    Map<ObjectId, List<String>> result = new HashMap<>();
    for (Map.Entry<ObjectId, List<String>> e : tags().entrySet()) {
      CommitRecord c = byId.get(e.getKey());
      Set<ObjectId> seen = new HashSet<>();
      while (c != null && !versionIds.contains(c.id()) && seen.add(c.id())) {
        c = c.parents().isEmpty() ? null : byId.get(c.parents().get(0));
      }
      if (c != null && versionIds.contains(c.id())) {
        result.computeIfAbsent(c.id(), k -> new ArrayList<>()).addAll(e.getValue());
      }
    }
    result.values().forEach(names -> names.sort(null));
    return result;
  }

  private static LocalDate day(CommitRecord c) {
    return LocalDate.ofInstant(c.date(), ZoneOffset.UTC);
  }

  /** Loads every tree not summarised yet, in parallel: each is independent of the others. */
  private void summarise(Collection<ObjectId> trees) {
    List<ObjectId> todo = trees.stream().filter(t -> t != null && !summaries.containsKey(t)).distinct().toList();
    if (todo.isEmpty() || repo.isEmpty()) {
      return;
    }
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), Math.min(8, todo.size())));
    if (threads == 1) {
      todo.forEach(t -> summaries.put(t, summary(t)));
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread t = new Thread(task, "govern-history");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Summary>> futures = new ArrayList<>();
      for (ObjectId tree : todo) {
        futures.add(pool.submit(() -> summary(tree)));
      }
      for (int i = 0; i < todo.size(); i++) {
        summaries.put(todo.get(i), futures.get(i).get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the Git history", e);
    } catch (ExecutionException e) {
      // summary() catches everything it expects; anything else is a bug worth seeing.
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private Summary summary(ObjectId tree) {
    try (TreeFiles files = repo.get().dataFiles(tree)) {
      // Errors do not depend on the as-of date (only overdue warnings do), so any date will do.
      // Nor on evidence paths (warnings only), so the repository's files are not looked up.
      Snapshot s = Snapshot.load(files, dataFolder(), LocalDate.EPOCH, tree.getName(), tree.getName(), Instant.EPOCH,
          cache, null);
      return s.hasErrors() ? new Summary(null, Math.max(1, s.errors().size()), null)
          : new Summary(Metrics.of(s.governance().get()), 0, null);
    } catch (IOException | RuntimeException e) {
      return new Summary(null, 0, "its data cannot be read from Git (" + e.getMessage() + ")");
    }
  }

  @Override
  public void close() {
    repo.ifPresent(GovernanceRepository::close);
  }
}
