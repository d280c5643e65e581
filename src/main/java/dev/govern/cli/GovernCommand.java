package dev.govern.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code govern}: the top-level command. */
@Command(
    name = "govern",
    mixinStandardHelpOptions = true,
    versionProvider = GovernCommand.Version.class,
    description = "AI code generation governance as code: checks the governance data in a Git repo and"
        + " builds an internal compliance site and an auditor-ready PDF from it.",
    subcommands = {CheckCommand.class, AssessCommand.class, BuildCommand.class, ServeCommand.class, DiffCommand.class,
        ScanCommand.class, InitCommand.class, ExportCommand.class, ImportCommand.class, VerifyCommand.class,
        SchemaCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:everything fine",
        "1:the data has errors (or warnings, with --strict)",
        "2:wrong command line",
        "3:the output could not be produced",
        "4:check --against: the governance got worse",
        "5:check --against: the data at the revision does not load (see --allow-broken-base)",
        "6:verify: the report cannot be verified",
        "70:a bug in govern"})
public final class GovernCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  Map<String, String> env = Map.of();

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "a command is required: check, assess, build, serve, diff, scan, init, export, import, verify or schema");
  }

  /** Runs {@code args} as the CLI would, writing to {@code out} and {@code err}; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
    GovernCommand top = new GovernCommand();
    top.env = Map.copyOf(env);
    CommandLine cli = new CommandLine(top);
    // Subcommands have no version of their own: `govern check --version` prints govern's.
    cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new Version()));
    HelpWrap.install(cli);
    cli.setOut(out);
    cli.setErr(err);
    cli.registerConverter(LocalDate.class, GovernCommand::date);
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.INTERNAL);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof UsageException usage) {
        commandLine.getErr().print(dev.govern.format.Refusal.message(
            commandLine.getCommandSpec().qualifiedName() + ": " + usage.getMessage()));
        commandLine.getErr().flush();
        return ExitCodes.USAGE;
      }
      if (outOfMemory(e) != null) {
        // Run out of on a worker thread (the site and the report are built side by side), it
        // arrives wrapped; it is the heap's size, not a bug.
        commandLine.getErr().println(Main.outOfMemory(Runtime.getRuntime().maxMemory()));
        commandLine.getErr().flush();
        return ExitCodes.BUILD_FAILED;
      }
      commandLine.getErr().print(dev.govern.format.Refusal.message("govern: internal error: " + e));
      if (env.containsKey("GOVERN_DEBUG")) {
        e.printStackTrace(commandLine.getErr());
      } else {
        commandLine.getErr().println("(a bug in govern; set GOVERN_DEBUG=1 for details and report it)");
      }
      return ExitCodes.INTERNAL;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The OutOfMemoryError {@code e} is or was caused by, or null. */
  static OutOfMemoryError outOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OutOfMemoryError oom) {
        return oom;
      }
    }
    return null;
  }

  private static LocalDate date(String text) {
    try {
      if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw new CommandLine.TypeConversionException("expected a date as YYYY-MM-DD, found '" + text + "'");
      }
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a real date");
    }
  }

  /** govern's version, as the build recorded it. */
  static String version() {
    return dev.govern.bundle.Bundle.version();
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      // The same version the PDF's provenance states, recorded by the build.
      return new String[] {"govern " + version()};
    }
  }
}
