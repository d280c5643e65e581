package dev.govern.scan.attribution;

import java.util.List;
import java.util.Objects;
import org.eclipse.jgit.lib.ObjectId;

/**
 * What one commit contributes to the figures, independent of the window it is counted in: so it
 * can be cached by commit id and a rescan costs only new commits.
 *
 * @param note the git-ai note's blob id the facts were read with, or {@link ObjectId#zeroId()}:
 *     notes can be added to old commits, and a different note means different facts
 * @param time commit time, seconds since the epoch
 * @param linesAdded lines added in text files, Agent Trace records not included
 * @param aiLines lines the commit's git-ai note or Agent Trace records attribute to AI
 */
record CommitFacts(ObjectId id, ObjectId note, long time, long linesAdded, long aiLines,
    List<Attribution> attributions) {
  CommitFacts {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(note, "note");
    attributions = List.copyOf(attributions);
  }

  boolean attributed() {
    return !attributions.isEmpty();
  }
}
