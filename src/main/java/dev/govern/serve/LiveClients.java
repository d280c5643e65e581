package dev.govern.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The open pages, each listening for server-sent events: {@code reload} when its page changed,
 * {@code problems} with the lines to show over it, {@code ok} when they are gone. A page that went
 * away is noticed at the next event or keep-alive, which fail to write, and forgotten. Thread-safe.
 */
final class LiveClients implements AutoCloseable {
  /** More open pages than a person has; past it a page simply gets no live reload. */
  static final int MAX = 64;
  private static final long KEEP_ALIVE_SECONDS = 20;

  /** One open page: its site path and the digest of the HTML it shows. */
  static final class Client {
    final String page;
    final String hash;
    private final OutputStream out;
    private final Runnable close;
    private boolean closed;

    Client(String page, String hash, OutputStream out, Runnable close) {
      this.page = page;
      this.hash = hash;
      this.out = out;
      this.close = close;
    }

    /** Writes one event; false when the page has gone. */
    synchronized boolean send(String text) {
      if (closed) {
        return false;
      }
      try {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
        return true;
      } catch (IOException e) {
        close();
        return false;
      }
    }

    synchronized void close() {
      if (!closed) {
        closed = true;
        close.run();
      }
    }
  }

  private final Set<Client> clients = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "govern-serve-keepalive");
    t.setDaemon(true);
    return t;
  });

  LiveClients() {
    keepAlive.scheduleWithFixedDelay(() -> sendToAll(": keep-alive\n\n"), KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS,
        TimeUnit.SECONDS);
  }

  /** Adds a page; false when there are {@link #MAX} already. */
  boolean add(Client client) {
    synchronized (clients) {
      if (clients.size() >= MAX) {
        return false;
      }
      clients.add(client);
      return true;
    }
  }

  List<Client> all() {
    return List.copyOf(clients);
  }

  int size() {
    return clients.size();
  }

  void send(Client client, String event) {
    if (!client.send(event)) {
      clients.remove(client);
    }
  }

  void sendToAll(String event) {
    for (Client c : all()) {
      send(c, event);
    }
  }

  /** An event with one {@code data:} line per line of {@code lines}, each made a single line. */
  static String event(String name, List<String> lines) {
    StringBuilder sb = new StringBuilder("event: ").append(name).append('\n');
    for (String line : lines) {
      sb.append("data: ").append(line.replaceAll("[\\r\\n\\u2028\\u2029]+", " ")).append('\n');
    }
    return sb.append('\n').toString();
  }

  @Override
  public void close() {
    keepAlive.shutdownNow();
    for (Client c : all()) {
      c.close();
    }
    clients.clear();
  }
}
