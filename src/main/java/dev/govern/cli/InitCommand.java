package dev.govern.cli;

import dev.govern.init.Starter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govern init DIR}: a new governance repo from the default content. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Create a new governance repo in DIR from the default content, with every control"
        + " not implemented, no evidence dates and no KPI values: an honest starting point.")
final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "A new or empty folder.")
  Path dir;

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    if (Files.exists(dir)) {
      if (!Files.isDirectory(dir)) {
        err.println("govern init: " + dir + " is a file, not a folder");
        return ExitCodes.USAGE;
      }
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          err.println("govern init: " + dir + " is not empty; choose a new or empty folder");
          return ExitCodes.USAGE;
        }
      }
    }
    int files = Starter.write(dir).size();
    var out = spec.commandLine().getOut();
    out.println("Created a governance repo in " + dir + " (" + files + " files).");
    out.println("Next: name your organisation in " + dir.resolve("data/governance.yaml")
        + ", then run `govern check --data " + dir.resolve("data") + "`.");
    out.flush();
    return ExitCodes.OK;
  }
}
