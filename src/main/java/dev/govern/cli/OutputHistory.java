package dev.govern.cli;

import dev.govern.problem.Visible;
import dev.govern.git.GovernanceRepository;
import dev.govern.history.GovernanceDiff;
import dev.govern.history.GovernanceHistory;
import dev.govern.history.HistoryEntry;
import dev.govern.history.Snapshot;
import dev.govern.history.Trend;
import dev.govern.model.Governance;
import dev.govern.render.ChangeHistory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The Git history the site and the PDF show: versions, trends and "changes since" a revision.
 *
 * <p>An output never fails for lack of history: outside Git, in a shallow clone or at a revision
 * whose data does not load, it says so on {@code err} and goes on without that part. What Git holds
 * is read once per HEAD commit and revision; only the comparison with the current data is made
 * again for each {@link #of}, so that {@code govern serve} pays for the history once, not per save.
 */
final class OutputHistory {
  private final Path dataDir;
  private final PrintWriter err;
  private final String command;
  private String readAtHead;
  private String readForSince;
  private Read read;

  /** What was read from Git; {@code then} is the data at the "since" revision, when it loaded. */
  private record Read(List<HistoryEntry> entries, List<String> notes, Trend trend, Governance then, String label) {
    ChangeHistory with(Governance g) {
      GovernanceDiff diff = then == null ? null : GovernanceDiff.between(then, g);
      return new ChangeHistory(entries, notes, trend, diff, diff == null ? null : label);
    }
  }

  /** @param command how messages on {@code err} begin, e.g. {@code govern build} */
  OutputHistory(Path dataDir, PrintWriter err, String command) {
    this.dataDir = dataDir;
    this.err = err;
    this.command = command;
  }

  /**
   * @param since the revision to list changes since, or null
   * @param head the HEAD commit the data was read at, or null outside Git: a new one means a new history
   */
  ChangeHistory of(Governance g, String since, String head) {
    if (read == null || !Objects.equals(head, readAtHead) || !Objects.equals(since, readForSince)) {
      try (GovernanceHistory h = GovernanceHistory.open(dataDir)) {
        read = read(h, since, err, command);
      }
      readAtHead = head;
      readForSince = since;
    }
    return read.with(g);
  }

  /**
   * The history of an opened repository, read once: {@code govern verify} rebuilds a report with the
   * history as of the report's commit.
   */
  static ChangeHistory of(GovernanceHistory h, Governance g, String since, PrintWriter err, String command) {
    return read(h, since, err, command).with(g);
  }

  private static Read read(GovernanceHistory h, String since, PrintWriter err, String command) {
    if (!h.isAvailable()) {
      if (since != null) {
        err.println(Visible.escape(command + ": no changes since " + since + ": " + String.join("; ", h.notes())));
      }
      return new Read(List.of(), h.notes(), null, null, null);
    }
    Governance then = null;
    String label = null;
    if (since != null) {
      try {
        Snapshot snapshot = h.snapshot(since);
        if (snapshot.hasErrors()) {
          err.println(Visible.escape(command + ": the data at " + snapshot.label() + " has errors, so \"changes since\" is left out"
              + " (`govern diff " + since + "` lists them)"));
        } else {
          then = snapshot.governance().orElseThrow();
          label = snapshot.label();
        }
      } catch (GovernanceRepository.UnknownRevisionException e) {
        err.println(Visible.escape(command + ": \"changes since\" is left out: " + e.getMessage()));
      }
    }
    return new Read(h.entries(), h.notes(), h.trend(Trend.By.COMMIT), then, label);
  }
}
