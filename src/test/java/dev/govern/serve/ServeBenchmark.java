package dev.govern.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A benchmark, not a test (surefire does not pick it up by name): runs {@code govern serve} as its
 * own process on a governance repo, the way a person does, and measures from outside:
 *
 * <ul>
 *   <li>event latency: a one-file change saved → the open page's {@code reload} event received;
 *   <li>page reload latency: the same save → the page's HTML and the files it loads fetched again,
 *       as the browser does on that event;
 *   <li>the first build (start-up to "Rebuilt"), and every page rendered after a change (a crawl of
 *       the site: what rendering all pages costs, which the preview avoids);
 *   <li>the PDF on request, the first time and warm after a change (optional);
 *   <li>the server's memory: peak and current resident set size.
 * </ul>
 *
 * <p>Prints one Markdown table row. {@code bench/serve.sh} runs it for each size and writes the
 * figures into bench/RESULTS.md. Usage: {@code ServeBenchmark JAR REPO LABEL CHANGES PDF(yes|no) [JVM options…]}.
 */
public final class ServeBenchmark {
  private static final Duration PATIENCE = Duration.ofMinutes(10);
  private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");
  private static final Pattern HASH = Pattern.compile("data-page-hash=\"([^\"]*)\"");
  private static final Pattern LOADS = Pattern.compile("(?:href|src)=\"([^\"#?]+\\.(?:css|js))\"");
  private static final Pattern LINK = Pattern.compile("href=\"([^\"#?:]+\\.html)\"");

  private final HttpClient http = HttpClient.newHttpClient();
  private final BlockingQueue<String> printed = new LinkedBlockingQueue<>();
  private String base;

  private ServeBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 5) {
      System.err.println("usage: ServeBenchmark JAR REPO LABEL CHANGES PDF(yes|no) [JVM options...]");
      System.exit(2);
    }
    new ServeBenchmark().run(Path.of(args[0]), Path.of(args[1]), args[2], Integer.parseInt(args[3]),
        args[4].equals("yes"), List.of(args).subList(5, args.length));
  }

  private void run(Path jar, Path repo, String label, int changes, boolean pdf, List<String> jvm) throws Exception {
    List<String> command = new ArrayList<>(List.of("java"));
    command.addAll(jvm);
    command.addAll(List.of("-Djava.awt.headless=true", "-jar", jar.toString(), "serve", "--data", "data", "--port", "0",
        "--as-of", "2026-11-25"));
    long started = System.nanoTime();
    Process server = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
    Thread reader = new Thread(() -> read(server.getInputStream()), "serve-output");
    reader.setDaemon(true);
    reader.start();
    try {
      Matcher m = URL.matcher(await(URL));
      m.find();
      base = m.group(1);
      await(Pattern.compile("^Rebuilt in "));
      double firstBuild = seconds(started);

      Path file = firstControlFile(repo.resolve("data/controls"));
      String original = Files.readString(file, StandardCharsets.UTF_8);
      Matcher id = Pattern.compile("(?m)^  - id: (\\S+)$").matcher(original);
      id.find();
      String page = "controls/" + id.group(1) + ".html";
      get(page);

      List<Double> events = new ArrayList<>();
      List<Double> reloads = new ArrayList<>();
      for (int i = 1; i <= changes; i++) {
        String hash = hash(get(page));
        try (Stream stream = new Stream(page, hash)) {
          long t0 = System.nanoTime();
          Files.writeString(file, rename(original, "Benchmark edit " + i), StandardCharsets.UTF_8);
          stream.awaitReload();
          events.add(millis(t0));
          String html = get(page);
          for (String asset : loads(html, page)) {
            get(asset);
          }
          reloads.add(millis(t0));
        }
        await(Pattern.compile("^Rebuilt in "));
        Thread.sleep(300);
      }

      // What the preview saves: every page rendered after a change (here by crawling the site).
      Files.writeString(file, rename(original, "Benchmark crawl"), StandardCharsets.UTF_8);
      await(Pattern.compile("^Rebuilt in "));
      long crawlStart = System.nanoTime();
      int pages = crawl();
      double crawl = seconds(crawlStart);

      String pdfFirst = "n/a";
      String pdfWarm = "n/a";
      if (pdf) {
        long t = System.nanoTime();
        byte[] first = bytes(SiteNames.PDF);
        pdfFirst = String.format(Locale.ROOT, "%.2f", seconds(t));
        List<Double> warm = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
          Files.writeString(file, rename(original, "Benchmark PDF " + i), StandardCharsets.UTF_8);
          await(Pattern.compile("^Rebuilt in "));
          t = System.nanoTime();
          byte[] again = bytes(SiteNames.PDF);
          warm.add(seconds(t));
          if (again.length == 0 || first.length == 0) {
            throw new IllegalStateException("no PDF");
          }
        }
        pdfWarm = String.format(Locale.ROOT, "%.2f", median(warm));
      }
      Files.writeString(file, original, StandardCharsets.UTF_8);
      await(Pattern.compile("^Rebuilt in "));
      long[] memory = memory(server.pid());
      System.out.printf(Locale.ROOT, "| %s | %.2f | %.0f | %.0f | %.0f | %.0f | %.0f | %d pages in %.2f s | %s | %s | %d | %d |%n",
          label, firstBuild, median(events), percentile(events, 90), median(reloads), percentile(reloads, 90),
          Collections.max(reloads), pages, crawl, pdfFirst, pdfWarm, memory[0] / 1024, memory[1] / 1024);
    } finally {
      server.destroy(); // SIGTERM: the shutdown hook stops the server, as Ctrl-C does
      if (!server.waitFor(30, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  /** The site's names the benchmark asks for. */
  private static final class SiteNames {
    static final String PDF = "governance-report.pdf";
  }

  private static Path firstControlFile(Path controls) throws IOException {
    try (var files = Files.list(controls)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().findFirst().orElseThrow();
    }
  }

  /** The file with its first control's name replaced: a change to one page's content and to the lists naming it. */
  private static String rename(String text, String name) {
    return text.replaceFirst("(?m)^    name: .*$", "    name: " + name);
  }

  private void read(InputStream in) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        printed.add(line);
      }
    } catch (IOException e) {
      // the server ended
    }
  }

  /** The next printed line that matches, skipping others (they are echoed to stderr). */
  private String await(Pattern pattern) throws InterruptedException {
    long end = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < end) {
      String line = printed.poll(1, TimeUnit.SECONDS);
      if (line == null) {
        continue;
      }
      if (pattern.matcher(line).find()) {
        return line;
      }
      System.err.println("serve: " + line);
    }
    throw new IllegalStateException("waited for " + pattern);
  }

  private String get(String path) throws IOException, InterruptedException {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }

  private byte[] bytes(String path) throws IOException, InterruptedException {
    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(PATIENCE).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + ": HTTP " + r.statusCode());
    }
    return r.body();
  }

  private static String hash(String html) {
    Matcher m = HASH.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("no live-reload script in the page");
    }
    return m.group(1);
  }

  /** The stylesheets and scripts a page loads, as site paths. */
  private static List<String> loads(String html, String page) {
    List<String> out = new ArrayList<>();
    Matcher m = LOADS.matcher(html);
    while (m.find()) {
      out.add(resolve(page, m.group(1)));
    }
    return out;
  }

  private static String resolve(String page, String href) {
    if (href.startsWith("/")) {
      return href.substring(1);
    }
    return URI.create("http://x/" + page).resolve(href).getPath().substring(1);
  }

  /** Fetches every page reachable from the dashboard; returns how many. */
  private int crawl() throws IOException, InterruptedException {
    Set<String> seen = new HashSet<>(List.of("index.html"));
    ArrayDeque<String> todo = new ArrayDeque<>(seen);
    while (!todo.isEmpty()) {
      String page = todo.poll();
      Matcher m = LINK.matcher(get(page));
      while (m.find()) {
        String next = resolve(page, m.group(1));
        if (!next.equals("print.html") && seen.add(next)) {
          todo.add(next);
        }
      }
    }
    return seen.size();
  }

  /** One page's event stream over a socket of its own, closed as a browser closes it when the page goes. */
  private final class Stream implements AutoCloseable {
    private final java.net.Socket socket;
    private final BufferedReader in;

    Stream(String page, String hash) throws IOException {
      URI uri = URI.create(base);
      socket = new java.net.Socket(uri.getHost(), uri.getPort());
      socket.setSoTimeout((int) PATIENCE.toMillis());
      socket.getOutputStream().write(("GET /__govern/events?page=/" + page + "&hash=" + hash + " HTTP/1.1\r\nHost: "
          + uri.getHost() + ":" + uri.getPort() + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      // Listed as open once the retry line arrives (chunk sizes and headers are skipped over).
      String line;
      while ((line = in.readLine()) != null && !line.startsWith("retry:")) {
        // skip
      }
    }

    void awaitReload() throws IOException {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.equals("event: reload")) {
          return;
        }
      }
      throw new IllegalStateException("no reload event");
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  /** Peak and current resident set size in KiB, from /proc. */
  private static long[] memory(long pid) throws IOException {
    long peak = -1;
    long now = -1;
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmHWM:")) {
        peak = Long.parseLong(line.replaceAll("\\D", ""));
      } else if (line.startsWith("VmRSS:")) {
        now = Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return new long[] {peak, now};
  }

  private static double millis(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static double median(List<Double> values) {
    return percentile(values, 50);
  }

  private static double percentile(List<Double> values, int p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
