package dev.govern.publish.pdf;

import dev.govern.cli.GovernCommand;
import java.io.PrintWriter;
import java.util.Map;

/**
 * For {@link TempFilesTest}: a build with the PDF, then an end like a kill's — {@code halt} runs
 * no shutdown hook, so whatever the build meant to delete at exit stays where it is.
 */
public final class BuildThenHalt {
  private BuildThenHalt() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    int code = GovernCommand.run(args, out, out, Map.of("SOURCE_DATE_EPOCH", "1795564800"));
    out.flush();
    Runtime.getRuntime().halt(code);
  }
}
