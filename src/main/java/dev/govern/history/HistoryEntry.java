package dev.govern.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * A version of the governance data: a commit that changed the data folder and whose data loads
 * without errors, for the document control's version history.
 *
 * @param commit the full commit id
 * @param date the commit's date
 * @param author the author's name (never the e-mail address: the document is shared)
 * @param subject the first line of the commit message
 * @param tags the tags that name this version, sorted; a tag on a later commit that did not change
 *     the data names this version too
 */
public record HistoryEntry(String commit, Instant date, String author, String subject, List<String> tags) {
  public HistoryEntry {
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(subject, "subject");
    tags = List.copyOf(tags);
  }

  /** The first 12 characters of the commit id, as the cover shows it. */
  public String shortCommit() {
    return Snapshot.abbreviate(commit);
  }

  /** The commit's day in UTC. */
  public LocalDate day() {
    return LocalDate.ofInstant(date, ZoneOffset.UTC);
  }
}
