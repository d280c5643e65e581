package dev.govern.cli;

import dev.govern.analysis.MaturityAssessment;
import dev.govern.format.AssessmentJson;
import dev.govern.format.AssessmentText;
import dev.govern.format.OutputFormat;
import dev.govern.format.Refusal;
import dev.govern.model.Governance;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govern assess}: the maturity level reached and the gaps to the next. */
@Command(name = "assess", mixinStandardHelpOptions = true,
    description = "Assess maturity: the level reached and the gaps to the next level.")
final class AssessCommand implements Callable<Integer> {
  @ParentCommand GovernCommand parent;
  @Spec CommandSpec spec;
  @Mixin DataOptions data = new DataOptions();

  @Option(names = "--implemented", split = ",", paramLabel = "ID",
      description = "What-if: assess as if exactly these controls were implemented (comma-separated ids;"
          + " \"\" for none).")
  List<String> implemented;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", converter = FormatOption.class,
      description = "Output format: text (default) or json.")
  OutputFormat format;

  @Override
  public Integer call() {
    FormatOption.require(spec, format, OutputFormat.TEXT, OutputFormat.JSON);
    if (!data.present(spec.commandLine().getErr(), "assess")) {
      return ExitCodes.USAGE;
    }
    var err = spec.commandLine().getErr();
    Workspace ws;
    try {
      ws = Workspace.open(data, parent.env);
    } catch (Workspace.RootRefused e) {
      err.print(Refusal.message("govern assess: " + e.getMessage()));
      err.flush();
      return ExitCodes.USAGE;
    }
    if (ws.hasErrors() || ws.governance().isEmpty()) {
      err.print(Refusal.errors(ws.problems()));
      err.flush();
      return ExitCodes.DATA_PROBLEMS;
    }
    Governance g = ws.governance().get();
    MaturityAssessment a;
    if (implemented != null) {
      // `--implemented ""` is the what-if "nothing implemented": an empty item names no control.
      Set<String> ids = new LinkedHashSet<>();
      implemented.stream().map(String::strip).filter(id -> !id.isEmpty()).forEach(ids::add);
      List<String> unknown = new ArrayList<>();
      for (String id : ids) {
        if (g.control(id).isEmpty()) {
          unknown.add(id);
        }
      }
      if (!unknown.isEmpty()) {
        err.print(Refusal.message("govern assess: unknown control id(s) in --implemented: " + String.join(", ", unknown)));
        err.flush();
        return ExitCodes.USAGE;
      }
      a = MaturityAssessment.of(g.maturity(), g.controls(), ids);
    } else {
      a = MaturityAssessment.of(g.maturity(), g.controls());
    }
    var out = spec.commandLine().getOut();
    out.print(format == OutputFormat.JSON ? AssessmentJson.render(a) : AssessmentText.render(a));
    out.flush();
    return ExitCodes.OK;
  }
}
