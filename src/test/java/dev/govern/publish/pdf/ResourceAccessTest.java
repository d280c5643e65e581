package dev.govern.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderer reads files inside the project only, never the network, and says what it refused. */
class ResourceAccessTest {
  @TempDir Path tmp;
  private Path root;
  private Path outside;
  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void setUp() throws IOException {
    root = Files.createDirectories(tmp.resolve("repo"));
    outside = Files.createDirectories(tmp.resolve("elsewhere"));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          if (exchange.getRequestURI().getPath().equals("/redirect")) {
            exchange.getResponseHeaders().add("Location", "/x.png");
            exchange.sendResponseHeaders(302, -1);
          } else {
            byte[] png = png();
            exchange.sendResponseHeaders(200, png.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(png);
            }
          }
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void tearDown() {
    server.stop(0);
  }

  private String http(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Test
  void makesNoNetworkRequestsAndNamesWhatItBlocked() throws Exception {
    String head =
        "<link rel=\"stylesheet\" href=\"" + http("/style.css") + "\"/>"
            + "<style>@import url(\"" + http("/import.css") + "\");"
            + " .bg { background-image: url(\"" + http("/bg.png") + "\"); height: 10px; }</style>";
    String body =
        "<p>Text</p><div class=\"bg\">x</div>"
            + "<img src=\"" + http("/x.png") + "\" alt=\"remote\"/>"
            + "<img src=\"" + http("/redirect") + "\" alt=\"redirect\"/>"
            + "<img src=\"https://127.0.0.1:" + server.getAddress().getPort() + "/s.png\" alt=\"tls\"/>";

    PdfTesting.Rendered result = PdfTesting.render(PdfTesting.page(head, body), root, FontSet.bundled());

    assertThat(requests.get()).isZero();
    assertThat(result.warnings())
        .containsExactlyInAnyOrder(
            "blocked: " + http("/style.css"),
            "blocked: " + http("/import.css"),
            "blocked: " + http("/bg.png"),
            "blocked: " + http("/x.png"),
            "blocked: " + http("/redirect"),
            "blocked: https://127.0.0.1:" + server.getAddress().getPort() + "/s.png");
    assertThat(FontSetTest.text(result.pdf())).contains("Text");
    assertThat(imageCount(result.pdf())).isZero();
  }

  @Test
  void readsImagesInsideTheProject() throws Exception {
    Files.write(root.resolve("logo.png"), png());
    String html = PdfTesting.page("<img src=\"logo.png\" alt=\"Logo\"/>");

    PdfTesting.Rendered result = PdfTesting.render(html, root, FontSet.bundled());

    assertThat(result.warnings()).isEmpty();
    assertThat(imageCount(result.pdf())).isEqualTo(1);
  }

  @Test
  void doesNotReadFilesOutsideTheProject() throws Exception {
    Files.write(outside.resolve("secret.png"), png());
    Files.writeString(
        outside.resolve("secret.css"), "p::after { content: \"SECRET\"; }", StandardCharsets.UTF_8);
    String secretPng = outside.resolve("secret.png").toUri().toString();
    String head = "<link rel=\"stylesheet\" href=\"../elsewhere/secret.css\"/>";
    String body =
        "<p>Text</p>"
            + "<img src=\"../elsewhere/secret.png\" alt=\"relative\"/>"
            + "<img src=\"" + secretPng + "\" alt=\"absolute\"/>"
            + "<img src=\"file:///etc/passwd\" alt=\"passwd\"/>";

    PdfTesting.Rendered result = PdfTesting.render(PdfTesting.page(head, body), root, FontSet.bundled());

    assertThat(result.warnings())
        .containsExactly(
            // openhtmltopdf resolves style sheet and font URIs before it asks
            "blocked: " + outside.resolve("secret.css").toUri().toString().replace("file:///", "file:/"),
            "blocked: ../elsewhere/secret.png",
            "blocked: " + secretPng,
            "blocked: file:///etc/passwd");
    assertThat(FontSetTest.text(result.pdf())).contains("Text").doesNotContain("SECRET", "root:");
    assertThat(imageCount(result.pdf())).isZero();
  }

  @Test
  void doesNotFollowASymlinkOutOfTheProject() throws Exception {
    Files.write(outside.resolve("secret.png"), png());
    Files.createSymbolicLink(root.resolve("innocent.png"), outside.resolve("secret.png"));

    PdfTesting.Rendered result =
        PdfTesting.render(PdfTesting.page("<img src=\"innocent.png\" alt=\"x\"/>"), root, FontSet.bundled());

    assertThat(result.warnings()).contains("blocked: innocent.png");
    assertThat(imageCount(result.pdf())).isZero();
  }

  @Test
  void blocksOtherSchemesAndFontFaces() throws Exception {
    Files.write(root.resolve("font.ttf"), new byte[] {0, 1, 0, 0});
    String head =
        "<style>@font-face { font-family: Own; src: url(\"font.ttf\"); }"
            + " p { font-family: Own, \"DejaVu Sans\"; }</style>";
    String body =
        "<p>Text</p>"
            + "<img src=\"jar:file:/x.jar!/a.png\" alt=\"jar\"/>"
            + "<img src=\"classpath:/pdf/sample/report.xhtml\" alt=\"classpath\"/>"
            + "<img src=\"ftp://127.0.0.1/a.png\" alt=\"ftp\"/>";

    PdfTesting.Rendered result = PdfTesting.render(PdfTesting.page(head, body), root, FontSet.bundled());

    assertThat(result.warnings())
        .containsExactly(
            "blocked: " + root.resolve("font.ttf").toUri().toString().replace("file:///", "file:/"),
            "blocked: jar:file:/x.jar!/a.png",
            "blocked: classpath:/pdf/sample/report.xhtml",
            "blocked: ftp://127.0.0.1/a.png");
  }

  @Test
  void reportsAMissingFileInsideTheProject() throws Exception {
    PdfTesting.Rendered result =
        PdfTesting.render(PdfTesting.page("<img src=\"gone.png\" alt=\"x\"/>"), root, FontSet.bundled());

    assertThat(result.warnings()).containsExactly("not found: gone.png");
  }

  private static int imageCount(byte[] pdf) throws IOException {
    int count = 0;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject) {
            count++;
          }
        }
      }
    }
    return count;
  }

  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
