package dev.govern.scan;

import dev.govern.load.SourceMap;
import dev.govern.model.Classification;
import dev.govern.model.Governance;
import dev.govern.model.RepositoryScan;
import dev.govern.problem.Problem;
import dev.govern.scan.attribution.Attributor;
import dev.govern.scan.attribution.FactsCache;
import dev.govern.scan.attribution.HistoryScanner;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Scans the targets of an inventory on several threads, each repository through the cache, and
 * returns the measurements in id order with any repository that could not be read as a problem.
 */
public final class Scanner {
  private final Governance governance;
  private final Signatures signatures;
  private final RepositoryScanner scanner;
  private final ScanCache cache;
  private final int jobs;
  private final HistoryScanner history;
  private final java.nio.file.Path historyCache;
  /** Whole history results by {@link HistoryScanner#resultKey}, beside the per-commit facts. */
  private final ScanCache historyResults;
  private final LocalDate since;
  private final LocalDate asOf;
  /** Where the whole-inventory {@link ScanIndex} is kept; null for none. */
  private final java.nio.file.Path indexDir;
  /** The refs whose state decides whether a repository's last measurement still holds. */
  private final List<String> refs;

  /**
   * @param cacheDir where scan results are kept by HEAD commit, or null for none
   * @param jobs how many repositories are read at once
   */
  public Scanner(Governance governance, java.nio.file.Path cacheDir, int jobs) {
    this(governance, cacheDir, jobs, RepositoryScanner.MAX_TREE_ENTRIES, null, null);
  }

  /**
   * A scan that also measures AI attribution in each repository's history from {@code since} to
   * {@code asOf}; per-commit facts are cached beside the scan cache, under {@code history/}.
   */
  public Scanner(Governance governance, java.nio.file.Path cacheDir, int jobs, LocalDate since, LocalDate asOf) {
    this(governance, cacheDir, jobs, RepositoryScanner.MAX_TREE_ENTRIES, since, asOf);
  }

  Scanner(Governance governance, java.nio.file.Path cacheDir, int jobs, int maxTreeEntries) {
    this(governance, cacheDir, jobs, maxTreeEntries, null, null);
  }

  private Scanner(Governance governance, java.nio.file.Path cacheDir, int jobs, int maxTreeEntries, LocalDate since,
      LocalDate asOf) {
    this.governance = governance;
    this.signatures = new Signatures(governance.scanRules());
    this.scanner = new RepositoryScanner(signatures, maxTreeEntries);
    this.cache = cacheDir == null ? null : new ScanCache(cacheDir);
    this.jobs = Math.max(1, jobs);
    this.history = since == null ? null : new HistoryScanner(new Attributor(governance.scanRules().attribution()));
    this.historyCache = cacheDir == null ? null : cacheDir.resolve("history");
    this.historyResults = cacheDir == null ? null : new ScanCache(cacheDir.resolve("history-results"));
    this.since = since;
    this.asOf = asOf;
    this.indexDir = cacheDir;
    this.refs = history == null ? List.of(Constants.HEAD) : history.refs();
  }

  /**
   * What every measurement in the index depends on besides the repository itself: govern's version
   * (a new release may read differently), the index's form, the signatures and the history window.
   */
  private String indexContext() {
    return "govern " + ScanCache.GOVERN + "\nscan " + ScanCache.FORMAT + "\n"
        + ScanIndex.CODEC.shape() + "\nsignatures " + signatures.digest() + "\nhistory "
        + (history == null ? "-" : history.fingerprint() + " " + since + " " + asOf);
  }

  /** The measurements, sorted by id, and what could not be read. */
  public record Result(List<RepositoryScan> repositories, List<Problem> problems) {}

  public Result scan(List<Inventory.Target> targets, SourceMap sources) {
    List<RepositoryScan> out = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, Math.max(1, targets.size())), task -> {
      Thread t = new Thread(task, "govern-scan");
      t.setDaemon(true);
      return t;
    });
    ScanIndex index = indexDir == null ? ScanIndex.none() : ScanIndex.read(indexDir, indexContext());
    try {
      List<Future<RepositoryScan>> futures = new ArrayList<>();
      for (Inventory.Target t : targets) {
        futures.add(pool.submit(() -> scanOne(t, index)));
      }
      for (int i = 0; i < targets.size(); i++) {
        Inventory.Target t = targets.get(i);
        try {
          out.add(futures.get(i).get());
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          String why = cause instanceof RepositoryNotFoundException ? "not a Git repository"
              : cause.getClass().getSimpleName() + ": " + cause.getMessage();
          problems.add(Problem.error(sources.at("repositories/" + t.entry() + "/path"),
              "repository '" + t.id() + "' cannot be read: " + why));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while scanning", e);
    } finally {
      pool.shutdownNow();
    }
    index.save();
    problems.sort(Problem.ORDER);
    return new Result(List.copyOf(out), List.copyOf(problems));
  }

  /**
   * One repository: its last measurement when the index holds one made from the same repository
   * state, else read with JGit (through the per-repository caches). A measurement is kept for the
   * next scan only when the state read before the repository was opened is still its state after:
   * a repository changed while it was read is read again next time.
   */
  private RepositoryScan scanOne(Inventory.Target t, ScanIndex index) throws IOException {
    boolean prohibited = governance.classifications().stream()
        .filter(c -> c.id().equals(t.classification())).anyMatch(Classification::allowsNothing);
    Optional<String> before = RepositoryState.of(t.gitDir(), refs);
    String key = t.gitDir().toAbsolutePath().normalize() + "\n" + before.orElse("") + "\n" + prohibited;
    Optional<RepositoryScan> last = before.isEmpty() ? Optional.empty() : index.get(t.id(), key);
    if (last.isPresent()) {
      return complete(last.get(), t);
    }
    RepositoryScan measured = measure(t, prohibited);
    if (before.isPresent() && before.equals(RepositoryState.of(t.gitDir(), refs))) {
      index.put(t.id(), key, measured);
    }
    return complete(measured, t);
  }

  private RepositoryScan measure(Inventory.Target t, boolean prohibited) throws IOException {
    RepositoryScan measured;
    try (Repository repo = new FileRepositoryBuilder().setGitDir(t.gitDir().toFile()).setMustExist(true).build()) {
      ObjectId head = repo.resolve(Constants.HEAD + "^{commit}");
      if (head == null) {
        measured = new RepositoryScan(t.id(), t.classification(), t.owner(), "", List.of(), List.of(), List.of(),
            List.of(), List.of());
      } else {
        String key = ScanCache.key(head.name(), signatures);
        Optional<RepositoryScan> cached = cache == null ? Optional.empty() : cache.get(t.id(), key);
        if (cached.isPresent()) {
          measured = cached.get();
        } else {
          try (ObjectReader reader = repo.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            RevCommit commit = walk.parseCommit(head);
            measured = scanner.scan(reader, t.id(), t.classification(), t.owner(), head, commit.getTree());
          }
          if (cache != null) {
            cache.put(t.id(), key, measured);
          }
        }
      }
      if (history != null) {
        // An unchanged repository (same tips, window and rules) takes its last result whole: reading
        // back the facts of every commit in the window is what a warm rescan would otherwise cost.
        String key = historyResults == null ? null : history.resultKey(repo, since, asOf, prohibited);
        Optional<RepositoryScan> last = key == null ? Optional.empty()
            : historyResults.get(t.id(), "history " + key).filter(r -> r.history() != null);
        if (last.isPresent()) {
          measured = measured.withHistory(last.get().history());
        } else {
          FactsCache facts = historyCache == null ? FactsCache.none()
              : FactsCache.open(historyCache.resolve(t.id() + ".bin"), history.fingerprint());
          measured = measured.withHistory(history.scan(repo, since, asOf, prohibited, facts));
          if (key != null) {
            historyResults.put(t.id(), "history " + key, measured);
          }
        }
      }
    }
    return measured;
  }

  /** The measurement with the target's own id, classification and owner, and its violations. */
  private RepositoryScan complete(RepositoryScan m, Inventory.Target t) {
    RepositoryScan named = new RepositoryScan(t.id(), t.classification(), t.owner(), m.head(), m.assistantFiles(),
        m.ignoreFiles(), m.codeownersUncovered(), m.findings(), List.of());
    Optional<Classification> level = governance.classifications().stream()
        .filter(c -> c.id().equals(t.classification())).findFirst();
    return new RepositoryScan(t.id(), t.classification(), t.owner(), m.head(), m.assistantFiles(), m.ignoreFiles(),
        m.codeownersUncovered(), m.findings(), Requirements.check(named, level, governance.tools(), signatures),
        m.history());
  }
}
