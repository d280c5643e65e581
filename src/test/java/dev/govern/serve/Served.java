package dev.govern.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.cli.GovernCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code govern serve} run in-process, as {@code main} would run it, on a data folder at a free
 * port, until {@link #stop}: what it prints, and requests to it.
 */
public final class Served implements AutoCloseable {
  /** Fixed, so that pages do not depend on the day the tests run. */
  public static final String AS_OF = "2026-01-20";
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:(\\d+)/)");
  private static final Pattern HASH = Pattern.compile("data-page-hash=\"([^\"]*)\"");

  private final Path data;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final AtomicInteger code = new AtomicInteger(-1);
  private final Thread thread;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private String url;
  private int port;

  private Served(Path data, List<String> args) {
    this.data = data;
    this.thread = new Thread(() -> code.set(GovernCommand.run(args.toArray(String[]::new), new PrintWriter(out, true),
        new PrintWriter(err, true), Map.of("SOURCE_DATE_EPOCH", "1764028800"))), "govern-serve-test");
    thread.setDaemon(true);
  }

  /** Serves {@code data} at a free port and waits for the first build. */
  public static Served start(Path data, String... more) {
    List<String> args = new ArrayList<>(List.of("serve", "--data", data.toString(), "--port", "0", "--as-of", AS_OF));
    args.addAll(List.of(more));
    Served s = new Served(data, args);
    s.thread.start();
    Matcher m = s.await(URL);
    s.url = m.group(1);
    s.port = Integer.parseInt(m.group(2));
    s.awaitBuilds(1);
    return s;
  }

  public Path data() {
    return data;
  }

  public String url(String path) {
    return url + (path.startsWith("/") ? path.substring(1) : path);
  }

  public int port() {
    return port;
  }

  public String out() {
    return out.toString();
  }

  /** How many builds ended, well or with errors. */
  public int builds() {
    Matcher m = Pattern.compile("(?m)^(Rebuilt in |\\d+ errors?: )").matcher(out.toString());
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  public void awaitBuilds(int n) {
    long end = System.nanoTime() + PATIENCE.toNanos();
    while (builds() < n) {
      assertThat(System.nanoTime()).as("waited for build %d; printed:%n%s%s", n, out, err).isLessThan(end);
      assertThat(thread.isAlive()).as("serve stopped; printed:%n%s%s", out, err).isTrue();
      sleep(20);
    }
  }

  private Matcher await(Pattern pattern) {
    long end = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      Matcher m = pattern.matcher(out.toString());
      if (m.find()) {
        return m;
      }
      assertThat(thread.isAlive()).as("serve stopped (exit %s); printed:%n%s%s", code.get(), out, err).isTrue();
      assertThat(System.nanoTime()).as("waited for %s; printed:%n%s%s", pattern, out, err).isLessThan(end);
      sleep(20);
    }
  }

  /** Writes a data file, as an editor saves it. */
  public void write(String file, String text) {
    try {
      Files.writeString(data.resolve(file), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String read(String file) {
    try {
      return Files.readString(data.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public HttpResponse<byte[]> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
  }

  public HttpResponse<byte[]> send(HttpRequest.Builder request) {
    try {
      return http.send(request.timeout(PATIENCE).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String text(String path) {
    return new String(get(path).body(), StandardCharsets.UTF_8);
  }

  /** The digest the served page carries for its live reload. */
  public String hash(String path) {
    Matcher m = HASH.matcher(text(path));
    assertThat(m.find()).as("%s has the live-reload script", path).isTrue();
    return m.group(1);
  }

  /**
   * A request written byte for byte, as no HTTP client library would send it (a path with {@code
   * ..} in it): the status line and the body.
   */
  public String raw(String requestLine) {
    return rawWithHost(requestLine, "127.0.0.1:" + port);
  }

  /** {@link #raw}, with this Host header. */
  public String rawWithHost(String requestLine, String host) {
    try (Socket socket = new Socket(PreviewServer.loopback(), port)) {
      socket.setSoTimeout((int) PATIENCE.toMillis());
      OutputStream o = socket.getOutputStream();
      o.write((requestLine + "\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      o.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The events an open page receives, from now on: returns once the server listed the page as open. */
  public Events listen(String page, String hash) {
    Events events = new Events(url("__govern/events?page=" + page + "&hash=" + hash));
    try {
      assertThat(events.opened.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("the event stream opened").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return events;
  }

  /** One page's event stream: each event as its name and its data lines. */
  public final class Events implements AutoCloseable {
    private final BlockingQueue<List<String>> events = new LinkedBlockingQueue<>();
    private final java.util.concurrent.CountDownLatch opened = new java.util.concurrent.CountDownLatch(1);
    private final java.util.concurrent.CompletableFuture<?> stream;

    private Events(String url) {
      List<String> current = new ArrayList<>();
      stream = http.sendAsync(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofLines())
          .thenAccept(response -> response.body().forEach(line -> {
            opened.countDown();
            if (line.isEmpty()) {
              if (current.stream().anyMatch(l -> l.startsWith("event: "))) {
                events.add(List.copyOf(current));
              }
              current.clear();
            } else {
              current.add(line);
            }
          }));
    }

    /** The next event: its {@code event:} line and {@code data:} lines; fails after a minute. */
    public List<String> next() {
      try {
        List<String> e = events.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(e).as("an event within %s; printed:%n%s", PATIENCE, out).isNotNull();
        return e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /** The next event that arrives within {@code wait}, or null. */
    public List<String> poll(Duration wait) {
      try {
        return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void close() {
      stream.cancel(true);
    }
  }

  /** Stops serving as an interruption does and returns the exit code. */
  public int stop() {
    thread.interrupt();
    try {
      thread.join(PATIENCE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    assertThat(thread.isAlive()).as("serve stopped").isFalse();
    return code.get();
  }

  @Override
  public void close() {
    if (thread.isAlive()) {
      stop();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
