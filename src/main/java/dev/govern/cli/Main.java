package dev.govern.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Entry point: runs the command line and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code;
    try {
      code = GovernCommand.run(args, out, err, System.getenv());
    } catch (OutOfMemoryError e) {
      // An Error passes picocli by; uncaught it would exit 1, which says the data has errors.
      // What was built is unreachable once it unwinds, so there is room to say so.
      err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
      code = ExitCodes.BUILD_FAILED;
    }
    System.exit(code);
  }

  /** What govern says when the Java heap of at most {@code maxBytes} was not enough. */
  static String outOfMemory(long maxBytes) {
    return String.format(Locale.ROOT,
        "govern: out of memory: the Java heap (at most %d MiB) is too small for this data."
            + " Give it more, e.g. GOVERN_JAVA_OPTS=\"-XX:+UseSerialGC -Xmx%dm\" (the ./govern launcher's"
            + " options are replaced by it)",
        maxBytes / (1024 * 1024), Math.max(2048, 2 * (maxBytes / (1024 * 1024))));
  }
}
