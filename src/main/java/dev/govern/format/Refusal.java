package dev.govern.format;

import dev.govern.problem.Visible;
import dev.govern.history.Snapshot;
import dev.govern.problem.Problem;
import java.util.List;

/** What a command that needs valid data prints (to standard error) when the data has errors. */
public final class Refusal {
  private Refusal() {}

  /** The errors, then why nothing was produced. */
  public static String errors(List<Problem> problems) {
    List<Problem> errors = problems.stream().filter(Problem::isError).toList();
    long warnings = problems.size() - errors.size();
    return CheckText.problems(errors) + Words.summary(errors.size(), warnings)
        + "; fix the errors first (`govern check` lists warnings too)\n";
  }

  /** The errors at a revision, then that there is nothing to compare. */
  public static String errorsAt(Snapshot s) {
    List<Problem> errors = s.errors();
    return CheckText.problems(errors) + Visible.escape("The data at " + s.label() + " has "
        + Words.plural(Math.max(1, errors.size()), "error") + "; there is nothing to compare until it loads.") + "\n";
  }

  /** One message line from a command ("govern diff: …"), cleaned for the terminal. */
  public static String message(String text) {
    return Visible.escape(text) + "\n";
  }
}
