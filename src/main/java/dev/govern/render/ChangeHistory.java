package dev.govern.render;

import dev.govern.history.GovernanceDiff;
import dev.govern.history.HistoryEntry;
import dev.govern.history.Trend;
import java.util.List;

/**
 * What the governance repo's Git history adds to the outputs.
 *
 * @param entries the commits that changed the data, newest first; empty outside Git
 * @param notes plain sentences about what history could not be read (no repo, a shallow clone …)
 * @param trend the governance over those commits; may be empty
 * @param diff the changes since {@code since}; null when no "since" revision was asked for or it
 *     could not be loaded
 * @param since how the baseline revision is named, e.g. "v1.0 (3f2a…)"; null without a diff
 */
public record ChangeHistory(List<HistoryEntry> entries, List<String> notes, Trend trend, GovernanceDiff diff,
    String since) {
  public ChangeHistory {
    entries = List.copyOf(entries);
    notes = List.copyOf(notes);
  }

  public static ChangeHistory none() {
    return new ChangeHistory(List.of(), List.of(), null, null, null);
  }
}
