package dev.govern.cli;

import dev.govern.format.Refusal;
import dev.govern.schema.JsonSchemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govern schema}: the JSON Schemas of the data files, for editors and other validators. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Write the JSON Schemas (draft 2020-12) of the data files, one per kind of file, for editors:"
        + " with a '# yaml-language-server: $schema=…' line at the top of a YAML file, VS Code and IntelliJ"
        + " complete and check it as govern does.")
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOptions data = new DataOptions();

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write them (default: schema/ beside the data folder).")
  Path out;

  @Override
  public Integer call() {
    Path target;
    try {
      target = out != null ? out : Workspace.root(data.data.normalize(), data.root).resolve("schema");
    } catch (Workspace.RootRefused e) {
      spec.commandLine().getErr().print(Refusal.message("govern schema: " + e.getMessage()));
      spec.commandLine().getErr().flush();
      return ExitCodes.USAGE;
    }
    Map<String, String> schemas = JsonSchemas.all();
    try {
      Files.createDirectories(target);
      for (var e : schemas.entrySet()) {
        Files.writeString(target.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      spec.commandLine().getErr().print(Refusal.message("govern schema: cannot write " + target + ": " + e.getMessage()));
      spec.commandLine().getErr().flush();
      return ExitCodes.BUILD_FAILED;
    }
    spec.commandLine().getOut().print(Refusal.message("Wrote " + schemas.size() + " schemas to " + target));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
