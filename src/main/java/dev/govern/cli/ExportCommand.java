package dev.govern.cli;

import dev.govern.problem.Visible;
import dev.govern.analysis.Analysis;
import dev.govern.format.Refusal;
import dev.govern.git.GitInfo;
import dev.govern.model.Governance;
import dev.govern.oscal.OscalExport;
import dev.govern.oscal.OscalFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govern export}: the governance in a format other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export the governance in a format other tools read.",
    subcommands = {ExportCommand.Oscal.class})
final class ExportCommand implements Runnable {
  @ParentCommand GovernCommand parent;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say what to export: oscal");
  }

  /** {@code govern export oscal}: NIST OSCAL documents for GRC tools. */
  @Command(name = "oscal", mixinStandardHelpOptions = true,
      description = "Write the governance as NIST OSCAL " + OscalExport.OSCAL_VERSION + " documents: catalog,"
          + " a profile per maturity level (and one of every control), component definition (the AI tools),"
          + " system security plan, assessment results and plan of action and milestones.")
  static final class Oscal implements Callable<Integer> {
    @ParentCommand ExportCommand parent;
    @Spec CommandSpec spec;
    @Mixin DataOptions data = new DataOptions();

    @Option(names = "--out", paramLabel = "DIR",
        description = "Where to write the documents (default: oscal/ beside the data folder). A folder that holds"
            + " anything but an earlier OSCAL export is refused.")
    Path out;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|yaml",
        description = "json (default) or yaml.")
    OscalFiles.Kind format;

    @Override
    public Integer call() {
      Map<String, String> env = parent.parent.env;
      var err = spec.commandLine().getErr();
      if (!data.present(err, "export oscal")) {
        return ExitCodes.USAGE;
      }
      Workspace ws;
      try {
        ws = Workspace.open(data, env);
      } catch (Workspace.RootRefused e) {
        err.println(Visible.escape("govern export: " + e.getMessage()));
        return ExitCodes.USAGE;
      }
      if (ws.hasErrors() || ws.governance().isEmpty()) {
        err.print(Refusal.errors(ws.problems()));
        err.flush();
        return ExitCodes.DATA_PROBLEMS;
      }
      Governance g = ws.governance().get();
      Analysis analysis = Analysis.of(g, ws.asOf().date());
      OscalExport.Provenance provenance = new OscalExport.Provenance(ws.documentDate(env),
          ws.git().map(GitInfo::commit).orElse(null), ws.git().map(GitInfo::dirty).orElse(false));
      List<OscalExport.Document> documents = OscalExport.documents(g, analysis, provenance, format.name());
      Path target = out != null ? out : ws.root().resolve("oscal");
      try {
        List<Path> written = OscalFiles.write(target, OscalFiles.serialize(documents, format));
        var stdout = spec.commandLine().getOut();
        stdout.println(Visible.escape("Wrote " + written.size() + " OSCAL " + OscalExport.OSCAL_VERSION + " documents in " + target
            + " (as of " + ws.asOf() + "):"));
        written.forEach(p -> stdout.println(Visible.escape("  " + p.getFileName())));
        stdout.flush();
        return ExitCodes.OK;
      } catch (OscalFiles.RefusedException e) {
        err.print(Refusal.message("govern export oscal: " + e.getMessage()));
        return ExitCodes.BUILD_FAILED;
      } catch (IOException e) {
        err.print(Refusal.message("govern export oscal: could not write " + target + ": " + e.getMessage()));
        return ExitCodes.BUILD_FAILED;
      }
    }
  }
}
