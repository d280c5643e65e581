package dev.govern.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.govern.bundle.Bundle;
import dev.govern.publish.PublishException;
import dev.govern.render.RenderException;
import dev.govern.render.Xml;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The preview over HTTP, on 127.0.0.1 only: GET and HEAD of the files of the built site, from
 * memory, each site page with the live-reload script added; the script, its stylesheet and the
 * event stream under {@code /__govern/}.
 *
 * <p>Nothing else is answered: no other method, no listing of a folder, no path that could climb
 * out of the site ({@link SitePath}), no request whose Host is not this server (a web page
 * elsewhere cannot reach it by renaming itself to 127.0.0.1: DNS rebinding). Every answer says
 * {@code no-store}, so the browser never shows a page older than the data.
 */
public final class PreviewServer implements AutoCloseable {
  /** Where the preview's own files are served; no site file can start with it (not a slug). */
  static final String OWN = "__govern/";
  /** The page digest of an error page: any good rebuild reloads it. */
  static final String ERROR_PAGE = "error";
  private static final byte[] LIVE_JS = Bundle.read("dev/govern/serve/live.js").orElseThrow();
  private static final byte[] LIVE_CSS = Bundle.read("dev/govern/serve/live.css").orElseThrow();

  private final Preview preview;
  private final HttpServer http;
  private final ExecutorService threads;
  private final int port;

  private PreviewServer(Preview preview, HttpServer http, ExecutorService threads) {
    this.preview = preview;
    this.http = http;
    this.threads = threads;
    this.port = http.getAddress().getPort();
  }

  /** 127.0.0.1, never another interface: the preview is for the person at this machine. */
  static InetAddress loopback() {
    try {
      return InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Starts serving.
   *
   * @param port the port on 127.0.0.1; 0 for any free one
   * @throws ServeException when the port is taken or may not be used
   */
  public static PreviewServer start(Preview preview, int port) throws ServeException {
    HttpServer http;
    try {
      http = HttpServer.create(new InetSocketAddress(loopback(), port), 0);
    } catch (BindException e) {
      throw new ServeException("cannot listen on 127.0.0.1:" + port + ": " + reason(e)
          + "; choose another port with --port N (--port 0 takes any free port)", e);
    } catch (IOException e) {
      throw new ServeException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
    }
    ExecutorService threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "govern-serve-http");
      t.setDaemon(true);
      return t;
    });
    http.setExecutor(threads);
    PreviewServer server = new PreviewServer(preview, http, threads);
    http.createContext("/", server::handle);
    http.start();
    return server;
  }

  private static String reason(BindException e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (m.contains("in use")) {
      return "the port is in use (another govern serve, or another server)";
    }
    if (m.contains("permission")) {
      return "not allowed to use this port (ports below 1024 need privileges)";
    }
    return e.getMessage();
  }

  public int port() {
    return port;
  }

  /** {@code http://127.0.0.1:PORT/}. */
  public String url() {
    return "http://127.0.0.1:" + port + "/";
  }

  private void handle(HttpExchange exchange) {
    boolean streaming = false;
    try {
      streaming = answer(exchange);
    } catch (IOException | RuntimeException e) {
      // The browser went away mid-answer, or a bug: the connection is closed below either way.
    } finally {
      if (!streaming) {
        exchange.close();
      }
    }
  }

  /** Answers one request; true when it became an event stream, which stays open. */
  private boolean answer(HttpExchange ex) throws IOException {
    Headers headers = ex.getResponseHeaders();
    headers.set("Cache-Control", "no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("X-Frame-Options", "DENY");
    String method = ex.getRequestMethod();
    boolean head = method.equals("HEAD");
    if (!head && !method.equals("GET")) {
      headers.set("Allow", "GET, HEAD");
      text(ex, 405, "Only GET and HEAD are answered here.", head);
      return false;
    }
    if (!isThisServer(ex.getRequestHeaders().getFirst("Host"))) {
      text(ex, 403, "This preview answers only requests addressed to 127.0.0.1:" + port + " or localhost:" + port + ".",
          head);
      return false;
    }
    String raw = ex.getRequestURI().getRawPath();
    Optional<String> path = SitePath.of(raw);
    if (path.isEmpty()) {
      text(ex, 400, "Not a path inside the site.", head);
      return false;
    }
    String p = path.get();
    if (p.startsWith(OWN)) {
      return own(ex, p.substring(OWN.length()), head);
    }
    site(ex, raw, p, head);
    return false;
  }

  private boolean isThisServer(String host) {
    if (host == null) {
      return false;
    }
    String h = host.trim().toLowerCase(Locale.ROOT);
    return h.equals("127.0.0.1:" + port) || h.equals("localhost:" + port)
        || (port == 80 && (h.equals("127.0.0.1") || h.equals("localhost")));
  }

  private boolean own(HttpExchange ex, String name, boolean head) throws IOException {
    switch (name) {
      case "live.js" -> send(ex, 200, "text/javascript; charset=utf-8", LIVE_JS, head);
      case "live.css" -> send(ex, 200, "text/css; charset=utf-8", LIVE_CSS, head);
      case "events" -> {
        if (head) {
          send(ex, 200, "text/event-stream; charset=utf-8", new byte[0], true);
          return false;
        }
        return events(ex);
      }
      default -> text(ex, 404, "Not found.", head);
    }
    return false;
  }

  /** {@code /__govern/events?page=/controls/TM-001.html&hash=…}: the stream one open page listens to. */
  private boolean events(HttpExchange ex) throws IOException {
    String query = ex.getRequestURI().getRawQuery();
    String page = "";
    String hash = "";
    for (String pair : query == null ? new String[0] : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      switch (pair.substring(0, eq)) {
        case "page" -> page = value;
        case "hash" -> hash = value;
        default -> { }
      }
    }
    Optional<String> sitePath = SitePath.of(page);
    if (sitePath.isEmpty()) {
      text(ex, 400, "Not a page of the site.", false);
      return false;
    }
    String p = sitePath.get();
    if (p.isEmpty() || p.endsWith("/")) {
      p += "index.html";
    }
    ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    ex.sendResponseHeaders(200, 0);
    LiveClients.Client client = new LiveClients.Client(p, hash, ex.getResponseBody(), ex::close);
    if (!preview.listen(client)) {
      client.close();
      return false;
    }
    // Written once the page is listed as open (a test waits for it), it asks the browser to
    // reconnect soon after a restart of the server, which it does by itself.
    client.send("retry: 1000\n\n");
    return true;
  }

  private void site(HttpExchange ex, String raw, String p, boolean head) throws IOException {
    Generation g = preview.current();
    if (g == null) {
      page(ex, 503, "The site is not built yet", "The data has problems, listed below; save a fix and this page"
          + " shows the site.", head);
      return;
    }
    String file = p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
    if (!g.has(file)) {
      if (g.isFolder(file) && g.has(file + "/index.html")) {
        // Relative links on the folder's page work only from the folder's own URL.
        ex.getResponseHeaders().set("Location", raw + "/");
        text(ex, 301, "Moved to " + raw + "/", head);
        return;
      }
      page(ex, 404, "Not found", "The site has no page /" + p + ". It may have been renamed or removed;"
          + " this page reloads if it comes back.", head);
      return;
    }
    byte[] bytes;
    try {
      bytes = g.file(file);
    } catch (RenderException | PublishException e) {
      page(ex, 500, "This page could not be made", e.getMessage(), head);
      return;
    }
    if (g.isPage(file)) {
      bytes = inject(bytes, Generation.digest(bytes));
    }
    send(ex, 200, ContentTypes.of(file), bytes, head);
  }

  /**
   * The page with the live-reload script and the overlay's stylesheet added at the end of its head.
   * Only served pages get them: a built site never holds either.
   */
  static byte[] inject(byte[] html, String hash) {
    String page = new String(html, StandardCharsets.UTF_8);
    String tags = "<link rel=\"stylesheet\" href=\"/" + OWN + "live.css\">"
        + "<script src=\"/" + OWN + "live.js\" data-page-hash=\"" + Xml.escape(hash) + "\" defer></script>";
    int at = page.toLowerCase(Locale.ROOT).lastIndexOf("</head>");
    String result = at < 0 ? page + tags : page.substring(0, at) + tags + page.substring(at);
    return result.getBytes(StandardCharsets.UTF_8);
  }

  /** A page of the preview's own (not found, not built, failed), with the script, so it reloads by itself. */
  private static void page(HttpExchange ex, int status, String title, String message, boolean head) throws IOException {
    String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + Xml.escape(title) + " — govern serve</title>\n</head>\n<body class=\"govern-serve-page\">\n"
        + "<main>\n<h1>" + Xml.escape(title) + "</h1>\n<p>" + Xml.escape(message) + "</p>\n"
        + "<p><a href=\"/\">The dashboard</a></p>\n</main>\n</body>\n</html>\n";
    byte[] bytes = inject(html.getBytes(StandardCharsets.UTF_8), status == 404 ? Generation.NO_PAGE : ERROR_PAGE);
    send(ex, status, ContentTypes.HTML, bytes, head);
  }

  private static void text(HttpExchange ex, int status, String message, boolean head) throws IOException {
    send(ex, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8), head);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body, boolean head) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    if (head) {
      ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** Stops answering and closes every open event stream. */
  @Override
  public void close() {
    preview.close();
    http.stop(0);
    threads.shutdownNow();
  }
}
