package dev.govern.cli;

import dev.govern.problem.Visible;
import dev.govern.init.Scaffold;
import dev.govern.init.Starter;
import dev.govern.init.StarterFile;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govern init DIR}: a new governance repo from the default content. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Create a new governance repo in DIR from the default content, reset to an honest first draft:"
        + " every control not implemented, every tool under review, residual risk equal to inherent risk,"
        + " no evidence, approvals or KPI values. Prints the next steps.")
final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "A new or empty folder, or a fresh Git repository (one that holds"
      + " only .git, README, LICENSE, .gitignore and the like). Existing files are never overwritten.")
  Path dir;

  /** Where bytes reach the disk; tests replace it to fill the disk or make it read-only. */
  Scaffold.Disk disk = Scaffold.REAL_DISK;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<StarterFile> files = Starter.files();
    Scaffold.Result result;
    try {
      result = Scaffold.create(dir, files, disk);
    } catch (Scaffold.InitException e) {
      err.println(Visible.escape("govern init: " + e.getMessage()));
      err.flush();
      return e.refused() ? ExitCodes.USAGE : ExitCodes.BUILD_FAILED;
    }
    PrintWriter out = spec.commandLine().getOut();
    long data = result.written().stream().filter(p -> p.startsWith("data/")).count();
    long schemas = result.written().stream().filter(p -> p.startsWith("schema/")).count();
    out.println(Visible.escape("Created a governance repo in " + dir + ": data/ (" + data + " files)"
        + (schemas == 0 ? "" : ", schema/ (" + schemas + " JSON Schemas)") + others(result.written()) + "."));
    result.kept().forEach(p -> out.println(Visible.escape("Kept your " + p + " as it was.")));
    result.extended().forEach(p -> out.println(Visible.escape("Added govern's lines to your " + p + ".")));
    nextSteps(out, result.written().contains("README.md"));
    out.flush();
    return ExitCodes.OK;
  }

  private static String others(List<String> written) {
    List<String> others = written.stream().filter(p -> !p.startsWith("data/") && !p.startsWith("schema/")).toList();
    return others.isEmpty() ? "" : ", " + String.join(", ", others);
  }

  /** The commands to run next, spelled for where the user is: without --data when DIR is here. */
  private void nextSteps(PrintWriter out, boolean readme) {
    Path here = Path.of("").toAbsolutePath();
    Path repo = dir.toAbsolutePath().normalize();
    boolean inRepo = repo.equals(here);
    Path data = inRepo ? Path.of("data") : dir.resolve("data");
    String dataOption = inRepo ? "" : " --data " + data;
    Path site = inRepo ? Path.of("site") : dir.resolve("site");
    out.println();
    out.println(Visible.escape("Next steps:"));
    out.println(Visible.escape("  1. Name your organisation: organization.name in " + data.resolve("governance.yaml")));
    out.println(Visible.escape("  2. Check the data:          govern check" + dataOption));
    out.println(Visible.escape("  3. Build the site and PDF:  govern build" + dataOption));
    out.println(Visible.escape("     then open " + site.resolve("index.html") + " in a browser"));
    String cd = inRepo ? "" : "cd " + dir + " && ";
    String git = Files.exists(repo.resolve(".git")) ? "" : "git init && ";
    out.println(Visible.escape("  4. Commit it:               " + cd + git + "git add . && git commit -m \"Governance: first draft\""));
    out.println(Visible.escape("  5. Gate pull requests:      govern check" + dataOption + " --against main"));
    if (readme) {
      out.println(Visible.escape((inRepo ? "README.md" : dir.resolve("README.md")) + " says what each file is for."));
    }
  }
}
