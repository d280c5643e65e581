package dev.govern.cli;

import dev.govern.format.CheckGithub;
import dev.govern.format.CheckGitlab;
import dev.govern.format.CheckJson;
import dev.govern.format.CheckJunit;
import dev.govern.format.CheckResult;
import dev.govern.format.CheckSarif;
import dev.govern.format.CheckText;
import dev.govern.format.OutputFormat;
import dev.govern.format.Refusal;
import dev.govern.history.Gate;
import dev.govern.history.GovernanceHistory;
import dev.govern.history.Snapshot;
import dev.govern.problem.Problem;
import java.util.List;
import java.util.Optional;
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

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", converter = FormatOption.class,
      description = "Output format: text (default), json, sarif (code scanning), github (workflow annotations),"
          + " gitlab (code quality report) or junit (test report).")
  OutputFormat format;

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

  @Override
  public Integer call() {
    FormatOption.require(spec, format, OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.SARIF, OutputFormat.GITHUB,
        OutputFormat.GITLAB, OutputFormat.JUNIT);
    var err = spec.commandLine().getErr();
    if (!data.present(err, "check")) {
      return ExitCodes.USAGE;
    }
    Workspace ws;
    try {
      ws = Workspace.open(data, parent.env, true);
    } catch (Workspace.RootRefused e) {
      err.print(Refusal.message("govern check: " + e.getMessage()));
      err.flush();
      return ExitCodes.USAGE;
    }
    Optional<Gate.Result> gate = Optional.empty();
    // The gate compares valid data only: errors exit 1 first.
    if (against != null && !ws.hasErrors() && ws.governance().isPresent()) {
      Optional<Snapshot> baseline;
      try (GovernanceHistory history = GovernanceHistory.open(ws.dataDir())) {
        baseline = Revisions.at(history, against, "govern check --against", err);
      }
      if (baseline.isEmpty()) {
        return ExitCodes.USAGE;
      }
      gate = Optional.of(Gate.against(baseline.get(), ws.governance().get(), allowBrokenBase));
    }
    List<Problem> regressions = gate.map(g -> g.regressions().stream()
        .map(x -> Problem.error(x.kind().rule(), ws.sources().at(x.path()), x.message())).toList()).orElse(List.of());
    CheckResult result = new CheckResult(ws.display(), ws.repoPath(), ws.asOf(), ws.problems(), gate, regressions,
        strict);
    CheckText.gateNote(result, against).ifPresent(note -> {
      err.print(note);
      err.flush();
    });
    var out = spec.commandLine().getOut();
    out.print(switch (format) {
      case JSON -> CheckJson.render(result);
      case SARIF -> CheckSarif.render(result, GovernCommand.version());
      case GITHUB -> CheckGithub.render(result);
      case GITLAB -> CheckGitlab.render(result);
      case JUNIT -> CheckJunit.render(result);
      default -> CheckText.render(result);
    });
    out.flush();
    if (result.failsOnProblems()) {
      return ExitCodes.DATA_PROBLEMS;
    }
    if (gate.isPresent() && gate.get().failsClosed()) {
      return ExitCodes.BASE_UNLOADABLE;
    }
    return gate.isPresent() && gate.get().failed() ? ExitCodes.REGRESSION : ExitCodes.OK;
  }
}
