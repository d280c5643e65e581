package dev.govern.browser;

import dev.govern.serve.ContentTypes;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A built site served over HTTP on 127.0.0.1 at a free port, the way a web server would serve it,
 * remembering every request it answers.
 */
final class SiteServer implements AutoCloseable {
  private final Path root;
  private final HttpServer server;
  private final List<String> requested = new ArrayList<>();
  private final List<String> notFound = new ArrayList<>();

  private SiteServer(Path root, HttpServer server) {
    this.root = root;
    this.server = server;
  }

  /** Serves the files under {@code root} until closed. */
  static SiteServer serve(Path root) throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    SiteServer site = new SiteServer(root.toAbsolutePath().normalize(), http);
    http.createContext("/", site::answer);
    http.start();
    return site;
  }

  /** {@code http://127.0.0.1:PORT/}: every URL the site may load starts with this. */
  String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  String url(String path) {
    return origin() + path;
  }

  /** How many requests have been answered so far. */
  synchronized int requests() {
    return requested.size();
  }

  /** The paths asked for that are not in the site, in the order asked. */
  synchronized List<String> notFound() {
    return List.copyOf(notFound);
  }

  private void answer(HttpExchange exchange) throws IOException {
    try {
      String path = exchange.getRequestURI().getPath();
      synchronized (this) {
        requested.add(path);
      }
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().add("Allow", "GET, HEAD");
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      Path file = resolve(path);
      if (file == null) {
        synchronized (this) {
          notFound.add(path);
        }
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body = Files.readAllBytes(file);
      exchange.getResponseHeaders().add("Content-Type", contentType(file));
      exchange.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
      if (method.equals("HEAD")) {
        exchange.sendResponseHeaders(200, -1);
        return;
      }
      exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } finally {
      exchange.close();
    }
  }

  /** The file for a URL path, with {@code index.html} for a folder; null outside the site or missing. */
  private Path resolve(String urlPath) {
    String relative = urlPath.startsWith("/") ? urlPath.substring(1) : urlPath;
    if (relative.isEmpty() || relative.endsWith("/")) {
      relative += "index.html";
    }
    Path file = root.resolve(relative).normalize();
    return file.startsWith(root) && Files.isRegularFile(file) ? file : null;
  }

  static String contentType(Path file) {
    // The same types govern serve sends, so the browser tests see what users of either see.
    return ContentTypes.of(file.getFileName().toString());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
