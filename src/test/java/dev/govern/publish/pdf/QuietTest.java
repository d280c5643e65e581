package dev.govern.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rendering prints nothing and never makes PDFBox scan the machine's fonts. Runs renders in a
 * fresh JVM (see {@link #main}), since logging is set up once per process and a font scan leaves
 * its cache file behind.
 */
class QuietTest {
  @Test
  void renderingPrintsNothingAndScansNoSystemFonts(@TempDir Path tmp) throws Exception {
    Path home = Files.createDirectories(tmp.resolve("home"));
    Path out = Files.createDirectories(tmp.resolve("out"));
    Path stdout = tmp.resolve("stdout.txt");
    Path stderr = tmp.resolve("stderr.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-Djava.awt.headless=true",
                "-Duser.home=" + home,
                "-Dpdfbox.fontcache=" + home,
                "-cp",
                System.getProperty("java.class.path"),
                QuietTest.class.getName(),
                out.toString())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();

    assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(stdout, StandardCharsets.UTF_8)).isEmpty();
    assertThat(Files.readString(stderr, StandardCharsets.UTF_8)).isEmpty();
    assertThat(process.exitValue()).isZero();
    assertThat(Files.size(out.resolve("noisy.pdf"))).isPositive();
    assertThat(Files.size(out.resolve("sample.pdf"))).isPositive();
    // PDFBox's FileSystemFontProvider writes this file after scanning the machine's fonts.
    // (AWT's own ~/.java/fonts cache may appear: Batik draws SVG text through AWT fonts, which
    // govern registers from the FontSet, but initialising AWT fonts reads fontconfig.)
    try (Stream<Path> left = Files.walk(home)) {
      assertThat(left.map(p -> p.getFileName().toString())).doesNotContain(".pdfbox.cache");
    }
  }

  /**
   * Renders into the folder {@code args[0]} the sample and a page that provokes every kind of
   * warning: blocked and missing resources, characters no font has (in text and in SVG), an image
   * without alt text, bad CSS, a {@code @font-face}.
   */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Path root = PdfTesting.sampleDir();
    String noisy =
        PdfTesting.page(
            "<style>p { color: nonsense(; } @font-face { font-family: X; src: url(x.ttf); }</style>",
            "<p>翰林 \uD83D\uDE00</p><img src=\"http://127.0.0.1:9/x.png\"/><img src=\"missing.png\"/>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"90\" height=\"20\">"
                + "<text x=\"0\" y=\"15\" font-family=\"Arial\">Zoë 翰林</text></svg>");
    List<String> warnings = render(noisy, root, dir.resolve("noisy.pdf"));
    if (warnings.isEmpty()) {
      throw new IOException("expected warnings from the noisy page");
    }
    render(PdfTesting.sampleHtml(), root, dir.resolve("sample.pdf"));
  }

  private static List<String> render(String html, Path root, Path file) throws Exception {
    try (OutputStream out = Files.newOutputStream(file)) {
      return PdfRenderer.render(html, root.toUri(), root, FontSet.bundled(), PdfTesting.META, out);
    }
  }
}
