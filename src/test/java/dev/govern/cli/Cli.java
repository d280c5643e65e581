package dev.govern.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the CLI in-process, as {@code main} would, with a fixed SOURCE_DATE_EPOCH (2025-11-25). */
final class Cli {
  static final Map<String, String> ENV = Map.of("SOURCE_DATE_EPOCH", "1764028800");

  /** An exit code and what was printed. */
  record Result(int code, String out, String err) {
    /** Both streams, for assertions that hold for everything printed. */
    String all() {
      return out + err;
    }
  }

  private Cli() {}

  static Result run(String... args) {
    return runWith(ENV, args);
  }

  /** Runs with exactly this environment. */
  static Result runWith(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovernCommand.run(args, new PrintWriter(out), new PrintWriter(err), env);
    return new Result(code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
  }
}
