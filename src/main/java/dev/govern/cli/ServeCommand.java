package dev.govern.cli;

import dev.govern.problem.Visible;
import dev.govern.git.GitInfo;
import dev.govern.load.ParseCache;
import dev.govern.model.Governance;
import dev.govern.render.ChangeHistory;
import dev.govern.serve.Checked;
import dev.govern.serve.ServeException;
import dev.govern.serve.Serving;
import dev.govern.load.DataFiles;
import dev.govern.problem.Position;
import dev.govern.problem.Problem;
import dev.govern.provenance.DataSnapshot;
import dev.govern.provenance.Provenance;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code govern serve}: a live preview of the site while the data is edited. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the site from memory on 127.0.0.1 and rebuild it whenever the data or templates/ change;"
        + " open pages reload by themselves and show the data's problems over the last good build."
        + " The PDF is made when asked for. Nothing is written to disk. Ctrl-C stops it.")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand GovernCommand parent;
  @Spec CommandSpec spec;
  @Mixin DataOptions data = new DataOptions();

  @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
      description = "The port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 takes any free port).")
  int port;

  @Option(names = "--open", description = "Open the site in the default browser.")
  boolean open;

  @Option(names = "--since", paramLabel = "REV",
      description = "Add \"Changes since REV\" to the pages and the PDF, as build does. Default: report.since in governance.yaml.")
  String since;

  /** Never released: serving goes on until Ctrl-C stops the JVM or the thread is interrupted (tests). */
  private final CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be from 0 to 65535, not " + port);
    }
    if (!data.present(err, "serve")) {
      return ExitCodes.USAGE;
    }
    Path root;
    try {
      root = Workspace.root(data.data.normalize(), data.root);
    } catch (Workspace.RootRefused e) {
      err.println(Visible.escape("govern serve: " + e.getMessage()));
      return ExitCodes.USAGE;
    }
    ParseCache cache = new ParseCache();
    OutputHistory history = new OutputHistory(data.data, err, "govern serve");
    Serving serving;
    try {
      serving = Serving.start(() -> load(cache, history), root, data.data, port, out);
    } catch (ServeException e) {
      err.println(Visible.escape("govern serve: " + e.getMessage()));
      return ExitCodes.BUILD_FAILED;
    }
    Thread hook = new Thread(() -> {
      serving.close();
      out.println("Stopped.");
      out.flush();
    }, "govern-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println(Visible.escape("Serving " + data.data + " at " + serving.url() + " (Ctrl-C to stop)"));
    out.flush();
    serving.rebuild();
    if (open) {
      openBrowser(serving.url(), err);
    }
    boolean interrupted = false;
    try {
      stop.await();
    } catch (InterruptedException e) {
      interrupted = true;
    }
    // Stopped from within (a test, an embedding): close here, as the hook would have, with the
    // interruption held back until then, since closing waits for the server's thread to let go of the port.
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
      hook.run();
    } catch (IllegalStateException e) {
      // the JVM is already stopping: the hook closes
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return ExitCodes.OK;
  }

  /**
   * The data as it is on disk, checked, with what the outputs add when it has no errors: the
   * history, and the provenance and files the PDF carries, as {@code govern build} makes them.
   */
  private Checked load(ParseCache cache, OutputHistory history) {
    Workspace ws;
    try {
      ws = Workspace.open(data, parent.env, true, cache);
    } catch (Workspace.RootRefused e) {
      // Checked once before serving began; the folders have been moved since.
      return new Checked(Optional.empty(), List.of(Problem.error(Position.startOf(data.data.toString()),
          e.getMessage())), Workspace.resolveAsOf(data.asOf, parent.env, Optional.empty()), null, false,
          Instant.EPOCH, null, null, null);
    }
    String commit = ws.git().map(GitInfo::commit).orElse(null);
    ChangeHistory h = null;
    Provenance provenance = null;
    DataSnapshot snapshot = null;
    List<Problem> problems = ws.problems();
    if (!ws.hasErrors() && ws.governance().isPresent()) {
      Governance g = ws.governance().get();
      String sinceRevision = since != null ? since : g.report().since();
      h = history.of(g, sinceRevision, commit);
      try {
        // Read after the load: a save in between is a change the watcher reports, and the next
        // rebuild replaces this one with data and digest that agree.
        snapshot = DataSnapshot.of(DataFiles.folder(ws.dataDir(), ws.root()));
        provenance = BuildCommand.provenance(ws, parent.env, snapshot, h, sinceRevision);
      } catch (IOException e) {
        problems = new ArrayList<>(problems);
        problems.add(Problem.error(Position.startOf(data.data.toString()), "cannot read the data folder: "
            + e.getMessage()));
      }
    }
    return new Checked(ws.governance(), problems, ws.asOf(), ws.git().map(GitInfo::shortCommit).orElse(null),
        ws.git().map(GitInfo::dirty).orElse(false), ws.documentDate(parent.env), h, provenance, snapshot);
  }

  private static void openBrowser(String url, PrintWriter err) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
        : os.contains("mac") ? List.of("open", url) : List.of("xdg-open", url);
    try {
      new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      err.println(Visible.escape("govern serve: could not open a browser (" + command.get(0) + ": " + e.getMessage() + "); open "
          + url + " yourself"));
    }
  }
}
