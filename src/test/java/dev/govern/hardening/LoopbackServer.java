package dev.govern.hardening;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;

/**
 * An HTTP server on 127.0.0.1 that counts every request: a build must make none. It answers what a
 * hostile repo would want from it — a stylesheet, an image, and a redirect back to itself — each
 * carrying a marker that must never reach the output.
 */
final class LoopbackServer implements AutoCloseable {
  private final HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  private LoopbackServer(HttpServer server) {
    this.server = server;
  }

  static LoopbackServer start(String marker) throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    LoopbackServer s = new LoopbackServer(http);
    byte[] css = ("body::before { content: \"" + marker + "\"; }\n").getBytes(StandardCharsets.UTF_8);
    byte[] png = png(marker);
    http.createContext("/", exchange -> {
      s.requests.incrementAndGet();
      String path = exchange.getRequestURI().getPath();
      if (path.startsWith("/redirect")) {
        exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + s.port() + "/image.png");
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
      } else if (path.endsWith(".css")) {
        send(exchange, "text/css", css);
      } else {
        send(exchange, "image/png", png);
      }
    });
    http.start();
    return s;
  }

  private static void send(HttpExchange exchange, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  int port() {
    return server.getAddress().getPort();
  }

  int requests() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** A valid 8×8 PNG whose text chunk holds {@code marker}. */
  static byte[] png(String marker) {
    try {
      BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
      ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
      var type = javax.imageio.ImageTypeSpecifier.createFromRenderedImage(image);
      IIOMetadata meta = writer.getDefaultImageMetadata(type, null);
      IIOMetadataNode text = new IIOMetadataNode("tEXtEntry");
      text.setAttribute("keyword", "Comment");
      text.setAttribute("value", marker);
      IIOMetadataNode tEXt = new IIOMetadataNode("tEXt");
      tEXt.appendChild(text);
      IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
      root.appendChild(tEXt);
      meta.mergeTree("javax_imageio_png_1.0", root);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (var stream = ImageIO.createImageOutputStream(out)) {
        writer.setOutput(stream);
        writer.write(new IIOImage(image, null, meta));
      }
      writer.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
