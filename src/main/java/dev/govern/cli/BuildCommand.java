package dev.govern.cli;

import dev.govern.git.GitInfo;
import dev.govern.render.ChangeHistory;
import dev.govern.model.Governance;
import dev.govern.problem.Problem;
import dev.govern.publish.PublishException;
import dev.govern.publish.SiteBuild;
import dev.govern.render.RenderException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govern build}: the compliance site (and the PDF) from the checked data. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Build the internal compliance site, with the PDF report inside it, from the checked data."
        + " The previous site stays in place until the new one is complete.")
final class BuildCommand implements Callable<Integer> {
  @ParentCommand GovernCommand parent;
  @Spec CommandSpec spec;
  @Mixin DataOptions data = new DataOptions();

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where to write the site (default: site/ beside the data folder). Only a folder govern created is replaced.")
  Path out;

  @Option(names = "--no-pdf", description = "Skip the PDF report.")
  boolean noPdf;

  @Option(names = "--since", paramLabel = "REV",
      description = "Add \"Changes since REV\" (e.g. the tag of the last audit) to the site and the PDF."
          + " Default: report.since in governance.yaml.")
  String since;

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    var stdout = spec.commandLine().getOut();
    Workspace ws = Workspace.open(data.data, data.asOf, parent.env, !noPdf);
    if (ws.hasErrors() || ws.governance().isEmpty()) {
      CheckCommand.printErrors(ws, err);
      return ExitCodes.DATA_PROBLEMS;
    }
    ws.problems().stream().filter(p -> !p.isError()).map(Problem::toString).forEach(err::println);
    Governance g = ws.governance().get();
    Path target = out != null ? out : ws.root().resolve("site");
    ChangeHistory history = new OutputHistory(data.data, err, "govern build")
        .of(g, since != null ? since : g.report().since(), ws.git().map(GitInfo::commit).orElse(null));
    SiteBuild.Options options = new SiteBuild.Options(ws.root(), ws.dataDir(), target, !noPdf, ws.asOf(),
        ws.git().map(GitInfo::shortCommit).orElse(null), ws.git().map(GitInfo::dirty).orElse(false),
        ws.documentDate(parent.env), history);
    try {
      SiteBuild.Result result = SiteBuild.run(g, options);
      result.warnings().forEach(err::println);
      stdout.println("Built " + result.pages() + " pages" + (result.pdf() ? " and " + SiteBuild.PDF_NAME : "")
          + " in " + target + " (as of " + ws.asOf() + "; " + CheckCommand.summary(ws.count(true), ws.count(false))
          + (result.warnings().isEmpty() ? "" : ", " + result.warnings().size() + " build warnings") + ")");
      stdout.flush();
      return ExitCodes.OK;
    } catch (RenderException | PublishException e) {
      err.println("govern build: " + e.getMessage());
      err.println("The previous site, if any, was left as it was.");
      return ExitCodes.BUILD_FAILED;
    }
  }
}
