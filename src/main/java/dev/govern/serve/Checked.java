package dev.govern.serve;

import dev.govern.analysis.AsOf;
import dev.govern.model.Governance;
import dev.govern.problem.Problem;
import dev.govern.provenance.DataSnapshot;
import dev.govern.provenance.Provenance;
import dev.govern.render.ChangeHistory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One look at the governance repo: the checked data and the facts its pages print.
 *
 * @param governance present when the data could be bound; the preview builds from it only when
 *     {@code problems} hold no error
 * @param commit the short Git commit, or null outside Git
 * @param dirty whether the data had uncommitted changes
 * @param pdfDate the PDF's creation date (SOURCE_DATE_EPOCH or the last commit), never the clock
 * @param history what the Git history adds to the outputs; null when the data has errors
 * @param provenance what the PDF states about where its data came from; null when the data has errors
 * @param data the data folder's files as they were read, attached to the PDF; null when the data has errors
 */
public record Checked(Optional<Governance> governance, List<Problem> problems, AsOf asOf, String commit,
    boolean dirty, Instant pdfDate, ChangeHistory history, Provenance provenance, DataSnapshot data) {
  public Checked {
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError) || governance.isEmpty();
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }
}
