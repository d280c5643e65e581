package dev.govern.cli;

import dev.govern.format.Refusal;
import dev.govern.git.GovernanceRepository.UnknownRevisionException;
import dev.govern.history.GovernanceHistory;
import dev.govern.history.Snapshot;
import java.io.PrintWriter;
import java.util.Optional;

/** Reading the data at a revision the user named, for {@code diff} and {@code check --against}. */
final class Revisions {
  private Revisions() {}

  /**
   * The data at {@code revision}; empty, having said why on {@code err}, when there is no repository
   * or the revision names nothing (a usage error).
   */
  static Optional<Snapshot> at(GovernanceHistory history, String revision, String command, PrintWriter err) {
    if (!history.isAvailable()) {
      err.print(Refusal.message(command + ": cannot read " + revision + ": " + String.join("; ", history.notes())));
      err.flush();
      return Optional.empty();
    }
    try {
      return Optional.of(history.snapshot(revision));
    } catch (UnknownRevisionException e) {
      err.print(Refusal.message(command + ": " + e.getMessage()));
      err.flush();
      return Optional.empty();
    }
  }
}
