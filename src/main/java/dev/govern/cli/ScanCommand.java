package dev.govern.cli;

import dev.govern.problem.Visible;
import dev.govern.format.CheckText;
import dev.govern.format.OutputFormat;
import dev.govern.format.Refusal;
import dev.govern.format.ScanGithub;
import dev.govern.format.ScanGitlab;
import dev.govern.format.ScanJson;
import dev.govern.format.ScanJunit;
import dev.govern.format.ScanResult;
import dev.govern.format.ScanSarif;
import dev.govern.format.ScanText;
import dev.govern.load.MeasurementBinder;
import dev.govern.model.Governance;
import dev.govern.model.RepositoryScan;
import dev.govern.problem.Problem;
import dev.govern.scan.Inventory;
import dev.govern.scan.MeasurementFolder;
import dev.govern.scan.Scanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govern scan}: measures AI assistant use in the repositories of repositories.yaml. */
@Command(name = "scan", mixinStandardHelpOptions = true,
    description = "Read the repositories of repositories.yaml (read-only) and write to data/measurements/, replacing"
        + " it whole: what AI assistants configure there at HEAD, what the rules find in those files, how each"
        + " repository meets its classification, and per month how many commits of the default branch carry an AI"
        + " assistant's signal (trailers, bot authors, git-ai notes, Agent Trace). Exits 1 when an error-level"
        + " finding or violation exists, including an AI-attributed commit where the classification prohibits AI.")
final class ScanCommand implements Callable<Integer> {
  @ParentCommand GovernCommand parent;
  @Spec CommandSpec spec;
  @Mixin DataOptions data = new DataOptions();

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", converter = FormatOption.class,
      description = "Output format: text (default), REPO:FILE:LINE:COL: SEVERITY: MESSAGE [RULE]; json; sarif (code"
          + " scanning), github (workflow annotations), gitlab (code quality report) or junit (test report), which"
          + " place each finding on the line of the measurement file that records it.")
  OutputFormat format;

  @Option(names = "--jobs", paramLabel = "N", description = "Repositories read at once (default: the number of cores).")
  Integer jobs;

  @Option(names = "--shard", paramLabel = "K/N",
      description = "Scan only the K-th of N slices of the inventory (needs --part).")
  String shard;

  @Option(names = "--part", paramLabel = "FILE",
      description = "Write this scan's measurements to FILE instead of data/measurements/, for --merge.")
  Path part;

  @Option(names = "--merge", paramLabel = "FILE", arity = "1..*",
      description = "Join part files into data/measurements/, as one scan of the whole inventory would write it.")
  List<Path> merge;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD",
      description = "Count AI-attributed commits from this date (default: 12 months before the as-of date).")
  LocalDate since;

  @Option(names = "--no-cache", description = "Read every repository again instead of reusing results by HEAD commit.")
  boolean noCache;

  @Override
  public Integer call() {
    FormatOption.require(spec, format, OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.SARIF, OutputFormat.GITHUB,
        OutputFormat.GITLAB, OutputFormat.JUNIT);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int[] slice = slice();
    if (merge != null && (shard != null || part != null || since != null)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--merge joins parts: it takes no --shard, --part or --since");
    }
    Workspace ws;
    try {
      ws = Workspace.openForScan(data, parent.env);
    } catch (Workspace.RootRefused e) {
      err.print(Refusal.message("govern scan: " + e.getMessage()));
      err.flush();
      return ExitCodes.USAGE;
    }
    // The measurements are what this scan replaces, so they are not read: a broken one must not stop
    // the scan that mends it.
    boolean blocking = ws.problems().stream().anyMatch(Problem::isError);
    if (blocking || ws.governance().isEmpty()) {
      err.print(Refusal.errors(ws.problems()));
      err.flush();
      return ExitCodes.DATA_PROBLEMS;
    }
    Governance g = ws.governance().get();
    LocalDate asOf = asOf();
    List<RepositoryScan> repositories;
    if (merge != null) {
      Optional<List<RepositoryScan>> merged = merge(asOf, err);
      if (merged.isEmpty()) {
        return ExitCodes.DATA_PROBLEMS;
      }
      repositories = merged.get();
      asOf = data.asOf; // the parts' own date, checked to be one
    } else {
      Inventory.Resolved inventory = Inventory.resolve(g.repositories(), ws.root(), ws.sources());
      Scanner.Result result;
      List<Problem> problems = new ArrayList<>(inventory.problems());
      List<Inventory.Target> targets = new ArrayList<>();
      for (int i = 0; i < inventory.targets().size(); i++) {
        if (i % slice[1] == slice[0] - 1) {
          targets.add(inventory.targets().get(i));
        }
      }
      if (problems.isEmpty()) {
        Path cache = noCache ? null : ws.root().resolve(".govern").resolve("cache").resolve("scan");
        LocalDate from = since != null ? since : asOf.minusMonths(12);
        if (from.isAfter(asOf)) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              "--since " + from + " is after the as-of date " + asOf);
        }
        result = new Scanner(g, cache, jobs != null ? jobs : Runtime.getRuntime().availableProcessors(), from, asOf)
            .scan(targets, ws.sources());
        problems.addAll(result.problems());
      } else {
        result = null;
      }
      if (!problems.isEmpty()) {
        err.print(CheckText.problems(problems.stream().sorted(Problem.ORDER).toList()));
        err.println(Visible.escape(problems.size() + " repositor" + (problems.size() == 1 ? "y" : "ies")
            + " could not be scanned; nothing was written (a scan records every repository of the inventory or none)"));
        err.flush();
        return ExitCodes.DATA_PROBLEMS;
      }
      repositories = result.repositories();
      if (part != null) {
        String key = slice[0] + "/" + slice[1];
        try {
          Files.writeString(part, MeasurementFolder.part(asOf, key, inventory.targets().size(), repositories),
              StandardCharsets.UTF_8);
        } catch (IOException e) {
          err.print(Refusal.message("govern scan: cannot write " + part + ": " + e.getMessage()));
          err.flush();
          return ExitCodes.BUILD_FAILED;
        }
        return report(out, ws, g, asOf, repositories);
      }
    }
    try {
      MeasurementFolder.write(ws.dataDir(), asOf, repositories);
    } catch (IOException e) {
      err.print(Refusal.message("govern scan: cannot write " + ws.dataDir().resolve(MeasurementFolder.NAME) + ": "
          + e.getMessage()));
      err.flush();
      return ExitCodes.BUILD_FAILED;
    }
    return report(out, ws, g, asOf, repositories);
  }

  private int report(PrintWriter out, Workspace ws, Governance g, LocalDate asOf, List<RepositoryScan> repositories) {
    ScanResult result = new ScanResult(ws.repoPath(), asOf, repositories, g.scanRules().rules());
    out.print(switch (format) {
      case JSON -> ScanJson.render(result);
      case SARIF -> ScanSarif.render(result, GovernCommand.version());
      case GITHUB -> ScanGithub.render(result);
      case GITLAB -> ScanGitlab.render(result);
      case JUNIT -> ScanJunit.render(result);
      default -> ScanText.render(result);
    });
    out.flush();
    return result.failed() ? ExitCodes.DATA_PROBLEMS : ExitCodes.OK;
  }

  /** The parts, checked to be one whole scan: same date, every repository once, none missing. */
  private Optional<List<RepositoryScan>> merge(LocalDate asOf, PrintWriter err) {
    List<Problem> problems = new ArrayList<>();
    List<RepositoryScan> all = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<LocalDate> dates = new HashSet<>();
    Set<Integer> inventories = new HashSet<>();
    for (Path file : merge) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        err.print(Refusal.message(file + ":1:1: error: cannot read the part file: " + e.getMessage()));
        err.flush();
        return Optional.empty();
      }
      Optional<MeasurementBinder.Part> p = MeasurementBinder.part(bytes, file.toString(), problems);
      if (p.isEmpty()) {
        continue;
      }
      dates.add(p.get().asOf());
      inventories.add(p.get().inventory());
      for (RepositoryScan r : p.get().repositories()) {
        if (!ids.add(r.id())) {
          problems.add(new Problem(dev.govern.problem.Severity.ERROR, file.toString(), 1, 1,
              "repository '" + r.id() + "' is in two parts: were the same shards given twice?"));
        }
        all.add(r);
      }
    }
    if (problems.isEmpty()) {
      if (dates.size() > 1 || dates.contains(null)) {
        problems.add(new Problem(dev.govern.problem.Severity.ERROR, merge.get(0).toString(), 1, 1,
            "the parts were scanned as of different dates: " + dates + "; scan every shard with the same --as-of"));
      } else if (data.asOf != null && !dates.contains(asOf)) {
        problems.add(new Problem(dev.govern.problem.Severity.ERROR, merge.get(0).toString(), 1, 1,
            "the parts were scanned as of " + dates.iterator().next() + ", not " + asOf));
      }
      if (inventories.size() > 1 || inventories.stream().anyMatch(n -> n != all.size())) {
        problems.add(new Problem(dev.govern.problem.Severity.ERROR, merge.get(0).toString(), 1, 1,
            "the parts hold " + all.size() + " repositories of an inventory of " + inventories
                + ": give every shard's part file"));
      }
    }
    if (!problems.isEmpty()) {
      err.print(CheckText.problems(problems.stream().sorted(Problem.ORDER).toList()));
      err.flush();
      return Optional.empty();
    }
    all.sort(Comparator.comparing(RepositoryScan::id));
    data.asOf = dates.iterator().next();
    return Optional.of(List.copyOf(all));
  }

  /** {@code --shard K/N} as {K, N}; {1, 1} without it. */
  private int[] slice() {
    if (shard == null) {
      return new int[] {1, 1};
    }
    if (part == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--shard writes a part file: give --part FILE");
    }
    String[] kn = shard.split("/", -1);
    try {
      int k = Integer.parseInt(kn[0]);
      int n = Integer.parseInt(kn[1]);
      if (kn.length == 2 && k >= 1 && n >= 1 && k <= n && n <= 100_000) {
        return new int[] {k, n};
      }
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      // reported below
    }
    throw new CommandLine.ParameterException(spec.commandLine(),
        "--shard takes K/N with 1 <= K <= N, such as 2/8, not '" + shard + "'");
  }

  /**
   * The date the scan speaks for: --as-of, else SOURCE_DATE_EPOCH, else today (UTC). Unlike the
   * other commands, not the last commit's date: a scan measures the repositories as they are now.
   */
  private LocalDate asOf() {
    if (data.asOf != null) {
      return data.asOf;
    }
    String epoch = parent.env.get("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.matches("\\d{1,12}")) {
      return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch)), ZoneOffset.UTC);
    }
    return LocalDate.now(ZoneOffset.UTC);
  }
}
