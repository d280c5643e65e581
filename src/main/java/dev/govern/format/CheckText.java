package dev.govern.format;

import dev.govern.problem.Visible;
import dev.govern.history.Gate;
import dev.govern.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * {@code check --format text}: one {@code file:line:column: severity: message} line per problem, a
 * summary, then the regression gate's outcome. Every line is escaped ({@link Visible#escape}).
 */
public final class CheckText {
  private CheckText() {}

  public static String render(CheckResult r) {
    return problems(r.problems()) + summary(r, true);
  }

  /**
   * The summary line and the gate's outcome.
   *
   * @param regressions whether to list each regression (formats that annotate them do not)
   */
  static String summary(CheckResult r, boolean regressions) {
    StringBuilder sb = new StringBuilder();
    line(sb, Words.summary(r.errors(), r.warnings()) + " in " + r.data() + ", as of " + r.asOf());
    r.gate().filter(Gate.Result::compared).ifPresent(g -> {
      int n = g.regressions().size();
      line(sb, n == 0 ? "No regressions against " + g.baseline().label() + "."
          : Words.plural(n, "regression") + " against " + g.baseline().label() + (regressions ? ":" : "."));
      if (regressions) {
        g.regressions().forEach(x -> line(sb, "  " + x.message()));
      }
    });
    return sb.toString();
  }

  /**
   * The note (for standard error) when the gate could not compare: it either fails closed or, with
   * {@code --allow-broken-base}, was skipped. Empty when it compared or did not run.
   */
  public static Optional<String> gateNote(CheckResult r, String revision) {
    return r.gate().filter(g -> !g.compared()).map(g -> {
      String errors = Words.plural(Math.max(1, g.baseline().errors().size()), "error");
      return Visible.escape(g.failsClosed()
          ? "govern check: the data at " + g.baseline().label() + " has " + errors + ", so nothing could be compared"
              + " and the regression gate fails closed (`govern diff " + revision + "` lists them;"
              + " --allow-broken-base skips the gate instead)"
          : "govern check: the data at " + g.baseline().label() + " has " + errors + ", so the regression gate was"
              + " skipped as --allow-broken-base asks (`govern diff " + revision + "` lists them)") + "\n";
    });
  }

  /** Problems one per line, as compilers print them. */
  public static String problems(List<Problem> problems) {
    StringBuilder sb = new StringBuilder();
    problems(problems, sb);
    return sb.toString();
  }

  private static void problems(List<Problem> problems, StringBuilder sb) {
    problems.forEach(p -> line(sb, p.toString()));
  }

  private static void line(StringBuilder sb, String text) {
    sb.append(Visible.escape(text)).append('\n');
  }
}
