package dev.govern.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * A running preview: the server listening, the data and templates watched, the site built. Closing
 * it stops all three and closes the open pages' event streams.
 */
public final class Serving implements AutoCloseable {
  private final Preview preview;
  private final PreviewServer server;
  private final Watcher watcher;

  private Serving(Preview preview, PreviewServer server, Watcher watcher) {
    this.preview = preview;
    this.server = server;
    this.watcher = watcher;
  }

  /**
   * Listens on the port first (a taken port fails before any work), then watches; {@link #rebuild}
   * makes the first build, and a change saved during it makes a second one. Until then pages say
   * the site is not built yet, and reload by themselves when it is.
   *
   * @param root the governance repo root, whose templates/ is watched beside {@code dataDir}
   * @param port on 127.0.0.1; 0 for any free port
   * @param out where rebuilds and problems are reported
   */
  public static Serving start(Source source, Path root, Path dataDir, int port, PrintWriter out) throws ServeException {
    Preview preview = new Preview(source, root, dataDir, out);
    PreviewServer server = PreviewServer.start(preview, port);
    Watcher watcher;
    try {
      watcher = Watcher.start(root, List.of(dataDir, root.resolve("templates")), preview::rebuild);
    } catch (IOException e) {
      server.close();
      throw new ServeException("cannot watch " + dataDir + " for changes: " + e.getMessage(), e);
    }
    return new Serving(preview, server, watcher);
  }

  /** {@code http://127.0.0.1:PORT/}. */
  public String url() {
    return server.url();
  }

  public int port() {
    return server.port();
  }

  /** Builds from everything on disk, as after a change to every file: the first build. */
  public Preview.Outcome rebuild() {
    return preview.rebuild(null);
  }

  @Override
  public void close() {
    watcher.close();
    server.close();
  }
}
