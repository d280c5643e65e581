package dev.govern.cli;

import dev.govern.format.DiffJson;
import dev.govern.format.DiffMarkdown;
import dev.govern.format.DiffText;
import dev.govern.format.OutputFormat;
import dev.govern.format.Refusal;
import dev.govern.history.GovernanceDiff;
import dev.govern.history.GovernanceHistory;
import dev.govern.history.Snapshot;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govern diff}: what changed in the governance between two revisions, by meaning. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Show what changed in the governance between REV and REV2 (default: the working tree):"
        + " controls, risks, maturity, KPI status, framework coverage, policies and the committed scan.")
final class DiffCommand implements Callable<Integer> {
  @ParentCommand GovernCommand parent;
  @Spec CommandSpec spec;
  @Mixin DataOptions data = new DataOptions();

  @Parameters(index = "0", paramLabel = "REV", description = "The older revision: a tag, branch, commit or HEAD~1.")
  String from;

  @Parameters(index = "1", arity = "0..1", paramLabel = "REV2",
      description = "The newer revision (default: the data folder as it is on disk).")
  String to;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|markdown", converter = FormatOption.class,
      description = "Output format: text (default), json, or markdown (for a pull-request comment).")
  OutputFormat format;

  @Override
  public Integer call() {
    FormatOption.require(spec, format, OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.MARKDOWN);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (to == null && !data.present(err, "diff")) {
      return ExitCodes.USAGE;
    }
    Snapshot before;
    Snapshot after;
    try (GovernanceHistory history = GovernanceHistory.open(data.data)) {
      Optional<Snapshot> b = Revisions.at(history, from, "govern diff", err);
      if (b.isEmpty()) {
        return ExitCodes.USAGE;
      }
      before = b.get();
      if (to == null) {
        Workspace ws;
        try {
          ws = Workspace.open(data, parent.env);
        } catch (Workspace.RootRefused e) {
          err.print(Refusal.message("govern diff: " + e.getMessage()));
          err.flush();
          return ExitCodes.USAGE;
        }
        after = new Snapshot(Snapshot.WORKING_TREE, null, null, ws.governance(), ws.problems());
      } else {
        Optional<Snapshot> a = Revisions.at(history, to, "govern diff", err);
        if (a.isEmpty()) {
          return ExitCodes.USAGE;
        }
        after = a.get();
      }
    }
    List<Snapshot> broken = List.of(before, after).stream().filter(Snapshot::hasErrors).toList();
    if (!broken.isEmpty()) {
      broken.forEach(s -> err.print(Refusal.errorsAt(s)));
      err.flush();
      return ExitCodes.DATA_PROBLEMS;
    }
    GovernanceDiff diff = GovernanceDiff.between(before.governance().get(), after.governance().get());
    out.print(switch (format) {
      case JSON -> DiffJson.render(diff, before, after);
      case MARKDOWN -> DiffMarkdown.render(diff, before, after);
      default -> DiffText.render(diff, before, after);
    });
    out.flush();
    return ExitCodes.OK;
  }
}
