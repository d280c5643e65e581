package dev.govern.cli;

import dev.govern.problem.Visible;
import dev.govern.format.Refusal;
import dev.govern.oscal.CatalogImport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govern import}: data from other tools into the governance repo. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import data from other tools into the governance repo.",
    subcommands = {ImportCommand.OscalCatalog.class})
final class ImportCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say what to import: oscal-catalog");
  }

  /** {@code govern import oscal-catalog FILE}: a framework catalogue from an OSCAL catalog. */
  @Command(name = "oscal-catalog", mixinStandardHelpOptions = true,
      description = "Turn an OSCAL catalog (JSON or YAML), such as NIST SP 800-53, into a framework catalogue"
          + " data/frameworks/ID.yaml that controls can map to and coverage is computed for.")
  static final class OscalCatalog implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The OSCAL catalog, in JSON or YAML.")
    Path file;

    @Option(names = "--id", paramLabel = "ID",
        description = "The framework id controls map with (default: made from the catalog's title).")
    String id;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
        description = "The governance data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--force", description = "Replace data/frameworks/ID.yaml when it exists.")
    boolean force;

    @Override
    public Integer call() {
      var err = spec.commandLine().getErr();
      if (id != null && !CatalogImport.ID.matcher(id).matches()) {
        err.println(Visible.escape("govern import oscal-catalog: --id '" + id + "': use lower-case letters, digits, '.', '-' or '_'"
            + " (at most 64, starting with a letter or digit)"));
        return ExitCodes.USAGE;
      }
      if (!Files.isDirectory(data)) {
        err.println(Visible.escape("govern import oscal-catalog: no data folder at " + data + "; give --data DIR"));
        return ExitCodes.USAGE;
      }
      CatalogImport.Result result;
      try {
        result = CatalogImport.read(file, id);
      } catch (CatalogImport.ImportException e) {
        err.print(Refusal.message("govern import oscal-catalog: " + e.getMessage()));
        return ExitCodes.DATA_PROBLEMS;
      } catch (IOException e) {
        err.print(Refusal.message("govern import oscal-catalog: could not read " + file + ": " + e.getMessage()));
        return ExitCodes.DATA_PROBLEMS;
      }
      Path target = data.resolve("frameworks").resolve(result.id() + ".yaml");
      try {
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + result.id() + ".yaml.tmp");
        Files.writeString(temp, result.yaml(), StandardCharsets.UTF_8);
        if (force) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } else {
          try {
            Files.move(temp, target);
          } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(temp);
            err.println(Visible.escape("govern import oscal-catalog: " + target + " exists; give --force to replace it,"
                + " or --id for another id"));
            return ExitCodes.USAGE;
          }
        }
      } catch (IOException e) {
        err.print(Refusal.message("govern import oscal-catalog: could not write " + target + ": " + e.getMessage()));
        return ExitCodes.BUILD_FAILED;
      }
      var out = spec.commandLine().getOut();
      out.println(Visible.escape("Wrote " + target + ": framework '" + result.id() + "' with " + result.items() + " items"
          + (result.withdrawn() == 0 ? "" : " (" + result.withdrawn() + " withdrawn controls left out)") + "."));
      out.println(Visible.escape("Next: map controls to it (mappings: { " + result.id() + ": [ITEM, ...] }) and run `govern check`."));
      out.flush();
      return ExitCodes.OK;
    }
  }
}
