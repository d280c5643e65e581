package dev.govern.cli;

import dev.govern.problem.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govern check}: every problem in the data, at once. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check the governance data and print every problem as file:line:column: severity: message.")
final class CheckCommand implements Callable<Integer> {
  @ParentCommand GovernCommand parent;
  @Spec CommandSpec spec;
  @Mixin DataOptions data = new DataOptions();

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "Output format: text (default) or json.")
  Format format;

  @Option(names = "--strict", description = "Fail on warnings too.")
  boolean strict;

  @Option(names = "--against", paramLabel = "REV",
      description = "Then compare with the data at REV (a branch, tag or commit) and exit with 4 when the governance"
          + " got worse: a lower maturity level, a control status down, a residual risk level up, a KPI newly missed.")
  String against;

  @Option(names = "--allow-broken-base",
      description = "With --against: when the data at REV does not load, skip the gate and pass instead of"
          + " failing closed with exit 5.")
  boolean allowBrokenBase;

  enum Format { text, json }

  @Override
  public Integer call() {
    if (!data.present(spec.commandLine().getErr(), "check")) {
      return ExitCodes.USAGE;
    }
    Workspace ws;
    try {
      ws = Workspace.open(data, parent.env, true);
    } catch (Workspace.RootRefused e) {
      spec.commandLine().getErr().println("govern check: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    long errors = ws.count(true);
    long warnings = ws.count(false);
    var out = spec.commandLine().getOut();
    // The gate compares valid data only: errors exit 1 first.
    DiffCommand.Gated gate = against == null || errors > 0 ? null
        : DiffCommand.gate(ws, against, allowBrokenBase, spec.commandLine().getErr());
    if (gate != null && gate.exitCode() == ExitCodes.USAGE) {
      return ExitCodes.USAGE;
    }
    if (format == Format.json) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("as_of", ws.asOf().date().toString());
      json.put("as_of_source", ws.asOf().source());
      json.put("errors", errors);
      json.put("warnings", warnings);
      json.put("problems", ws.problems().stream().map(CheckCommand::json).toList());
      if (gate != null) {
        json.putAll(DiffCommand.json(gate));
      }
      out.print(Json.write(json));
    } else {
      ws.problems().forEach(out::println);
      out.println(summary(errors, warnings) + " in " + ws.dataDir() + ", as of " + ws.asOf());
      if (gate != null) {
        DiffCommand.print(gate, out);
      }
    }
    out.flush();
    if (errors > 0 || (strict && warnings > 0)) {
      return ExitCodes.DATA_PROBLEMS;
    }
    if (gate != null && gate.exitCode() != ExitCodes.OK) {
      return gate.exitCode();
    }
    return gate != null && !gate.regressions().isEmpty() ? ExitCodes.REGRESSION : ExitCodes.OK;
  }

  static String summary(long errors, long warnings) {
    return plural(errors, "error") + ", " + plural(warnings, "warning");
  }

  /** "1 warning", "2 warnings". */
  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static Map<String, Object> json(Problem p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("severity", p.severity().label());
    m.put("file", p.file());
    m.put("line", p.line());
    m.put("column", p.column());
    m.put("message", p.message());
    return m;
  }

  /** Prints errors (for commands that need valid data) and says why nothing was produced. */
  static void printErrors(Workspace ws, java.io.PrintWriter err) {
    List<Problem> problems = ws.problems();
    problems.stream().filter(Problem::isError).forEach(err::println);
    err.println(summary(ws.count(true), ws.count(false)) + "; fix the errors first (`govern check` lists warnings too)");
    err.flush();
  }
}
