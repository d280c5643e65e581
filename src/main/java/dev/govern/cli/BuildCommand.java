package dev.govern.cli;

import dev.govern.analysis.Analysis;
import dev.govern.model.Governance;
import dev.govern.problem.Problem;
import dev.govern.publish.PublishException;
import dev.govern.publish.SitePublisher;
import dev.govern.render.RenderException;
import dev.govern.render.SiteInfo;
import dev.govern.render.SiteRenderer;
import dev.govern.render.Templates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    var stdout = spec.commandLine().getOut();
    Workspace ws = Workspace.open(data.data, data.asOf, parent.env);
    if (ws.hasErrors() || ws.governance().isEmpty()) {
      CheckCommand.printErrors(ws, err);
      return ExitCodes.DATA_PROBLEMS;
    }
    ws.problems().stream().filter(p -> !p.isError()).map(Problem::toString).forEach(err::println);
    Governance g = ws.governance().get();
    Path target = out != null ? out : ws.root().resolve("site");
    Path templatesDir = ws.root().resolve("templates");
    List<Path> guarded = List.of(ws.dataDir(), templatesDir);
    try {
      SitePublisher.checkOutput(target, guarded);
      Analysis analysis = Analysis.of(g, ws.asOf().date());
      SiteInfo info = new SiteInfo(ws.asOf(), g.document().version(),
          ws.git().map(gi -> gi.shortCommit()).orElse(null), ws.git().map(gi -> gi.dirty()).orElse(false), null);
      Map<String, byte[]> files = new SiteRenderer(Templates.create(templatesDir), templatesDir).render(g, analysis, info);
      SitePublisher.publish(target, guarded, files, newSite -> { });
      long pages = files.keySet().stream().filter(f -> f.endsWith(".html")).count();
      stdout.println("Built " + pages + " pages in " + target + " (as of " + ws.asOf() + "; "
          + CheckCommand.summary(ws.count(true), ws.count(false)) + ")");
      stdout.flush();
      return ExitCodes.OK;
    } catch (RenderException | PublishException e) {
      err.println("govern build: " + e.getMessage());
      err.println("The previous site, if any, was left as it was.");
      return ExitCodes.BUILD_FAILED;
    }
  }
}
