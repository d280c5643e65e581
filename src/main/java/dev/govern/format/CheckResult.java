package dev.govern.format;

import dev.govern.analysis.AsOf;
import dev.govern.history.Gate;
import dev.govern.problem.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What {@code govern check} found, ready to be formatted.
 *
 * @param data the data folder as the user named it (how problems name their files)
 * @param repoPath the data folder's path from the top of the repository ({@code data}, {@code gov/data}),
 *     so CI formats can give repository-relative paths wherever govern was run from
 * @param asOf the date freshness was judged at
 * @param problems every problem, in reading order
 * @param gate the regression gate's outcome when {@code --against} was given and the data had no errors
 * @param regressions the gate's regressions as problems at the place in the current data they concern
 * @param strict whether warnings fail the check
 */
public record CheckResult(String data, String repoPath, AsOf asOf, List<Problem> problems, Optional<Gate.Result> gate,
    List<Problem> regressions, boolean strict) {

  public CheckResult {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(repoPath, "repoPath");
    Objects.requireNonNull(asOf, "asOf");
    problems = List.copyOf(problems);
    Objects.requireNonNull(gate, "gate");
    regressions = List.copyOf(regressions);
  }

  public long errors() {
    return problems.stream().filter(Problem::isError).count();
  }

  public long warnings() {
    return problems.stream().filter(p -> !p.isError()).count();
  }

  /** Whether the problems fail the check (errors, or warnings under {@code --strict}). */
  public boolean failsOnProblems() {
    return errors() > 0 || (strict && warnings() > 0);
  }

  /** Whether a problem of this severity fails the check. */
  public boolean fails(Problem p) {
    return p.isError() || strict;
  }

  /** The problems and then the regressions: what CI formats annotate. */
  public List<Problem> findings() {
    return Stream.concat(problems.stream(), regressions.stream()).toList();
  }

  /**
   * A problem's file as a repository-relative path: {@code ../gov/data/risks.yaml} when run from
   * elsewhere becomes {@code gov/data/risks.yaml}.
   */
  public String repoFile(Problem p) {
    String file = p.file();
    if (file.equals(data)) {
      return repoPath.isEmpty() ? "." : repoPath;
    }
    String prefix = data.equals(".") ? "" : data + "/";
    if (file.startsWith(prefix)) {
      String rest = file.substring(prefix.length());
      return repoPath.isEmpty() ? rest : repoPath + "/" + rest;
    }
    return file;
  }
}
