package dev.govern.publish;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A build's publication in a process of its own, for {@link PublishKillTest}: publishes a site of
 * version {@code args[1]} to {@code args[0]}, and at the checkpoint named {@code args[2]} prints
 * {@code AT <step>} and waits to be killed. {@code args[3]} is {@code rename} to publish with two
 * renames instead of an atomic exchange.
 */
public final class PublishingChild {
  private PublishingChild() {}

  public static void main(String[] args) throws Exception {
    String stopAt = args[2];
    SitePublisher.publish(Path.of(args[0]), List.of(), site(args[1]), step -> {
      if (step.equals(stopAt)) {
        System.out.println("AT " + step);
        System.out.flush();
        try {
          Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }, !args[3].equals("rename"));
    System.out.println("DONE");
  }

  /** Forty pages in folders, each saying which version it belongs to. */
  static Map<String, byte[]> site(String version) {
    Map<String, byte[]> files = new TreeMap<>();
    for (int i = 0; i < 40; i++) {
      files.put("section-" + i % 4 + "/page-" + i + ".html",
          ("<p>page " + i + " of version " + version + "</p>\n").getBytes(StandardCharsets.UTF_8));
    }
    files.put("index.html", ("<h1>version " + version + "</h1>\n").getBytes(StandardCharsets.UTF_8));
    return files;
  }
}
