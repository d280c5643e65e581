package dev.govern.cli;

import dev.govern.analysis.MaturityAssessment;
import dev.govern.model.Governance;
import dev.govern.model.MaturityLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "Output format: text (default) or json.")
  CheckCommand.Format format;

  @Override
  public Integer call() {
    if (!data.present(spec.commandLine().getErr(), "assess")) {
      return ExitCodes.USAGE;
    }
    var err = spec.commandLine().getErr();
    Workspace ws;
    try {
      ws = Workspace.open(data, parent.env);
    } catch (Workspace.RootRefused e) {
      err.println("govern assess: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (ws.hasErrors() || ws.governance().isEmpty()) {
      CheckCommand.printErrors(ws, err);
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
        err.println("govern assess: unknown control id(s) in --implemented: " + String.join(", ", unknown));
        return ExitCodes.USAGE;
      }
      a = MaturityAssessment.of(g.maturity(), g.controls(), ids);
    } else {
      a = MaturityAssessment.of(g.maturity(), g.controls());
    }
    var out = spec.commandLine().getOut();
    if (format == CheckCommand.Format.json) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("current_level", a.current() == null ? null : a.current().level());
      json.put("level_name", a.current() == null ? null : a.current().name());
      json.put("description", a.current() == null ? null : a.current().description());
      json.put("next_level", a.next() == null ? null : a.next().level());
      json.put("gaps_to_next_level", a.gaps());
      out.print(Json.write(json));
    } else {
      MaturityLevel c = a.current();
      out.println(c == null ? "Maturity: no level reached" : "Maturity: level " + c.level() + " " + c.name()
          + (c.description() == null ? "" : " — " + c.description()));
      if (a.next() == null) {
        out.println("This is the top level.");
      } else {
        out.println("Gaps to level " + a.next().level() + " " + a.next().name() + " (" + a.gaps().size() + "):");
        for (var s : a.levels()) {
          if (s.level() == a.next()) {
            s.requirements().stream().filter(r -> !r.met())
                .forEach(r -> out.println("  " + r.id() + "  " + r.name() + (r.kind().equals("capability") ? " (capability)" : "")));
          }
        }
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
