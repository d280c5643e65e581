package dev.govern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The images a policy shows (issue 12): found from the policy's folder, published in the site and
 * drawn in the PDF, and every one that cannot be shown reported by check at its line, with nothing
 * outside the repository read and nothing unbounded read at all.
 */
public class PolicyImagesTest {
  @TempDir Path dir;

  /** The minimal organisation with its policy showing {@code markdown} on line 13 of use.md. */
  private Path withImage(String markdown) throws Exception {
    Path data = Fixture.minimal(dir.resolve("repo"));
    Path policy = data.resolve("policies/use.md");
    Files.writeString(policy, Files.readString(policy) + "\n" + markdown + "\n");
    assertThat(Files.readAllLines(policy).indexOf(markdown)).isEqualTo(12);
    return data;
  }

  private static Cli.Result check(Path data) {
    return Cli.run("check", "--data", data.toString(), "--as-of", "2026-01-20");
  }

  private static Cli.Result build(Path data, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("build", "--data", data.toString(), "--as-of", "2026-01-20"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void anImageBesideThePolicyIsPublishedInTheSiteAndDrawnInThePdf() throws Exception {
    Path data = withImage("![Review flow](img/flow.png \"How a change is reviewed\")");
    byte[] png = png(120, 60);
    write(data.resolve("policies/img/flow.png"), png);

    Cli.Result r = build(data);

    assertThat(r.code()).as(r.toString()).isZero();
    Path site = data.getParent().resolve("site");
    assertThat(site.resolve("media/data/policies/img/flow.png")).hasBinaryContent(png);
    assertThat(Files.readString(site.resolve("policies/POL-1.html"))).contains("<img src=\"../media/data/policies/img/flow.png\""
        + " alt=\"Review flow\" title=\"How a change is reviewed\" />");
    try (PDDocument pdf = Loader.loadPDF(site.resolve("governance-report.pdf").toFile())) {
      assertThat(images(pdf)).contains("120x60");
    }
  }

  @Test
  void aPathWithALeadingSlashStartsFromTheRepositoryRoot() throws Exception {
    Path data = withImage("![Top](/docs/a%20figure.png)");
    write(data.getParent().resolve("docs/a figure.png"), png(30, 30));

    assertThat(check(data).out()).doesNotContain("image");
    assertThat(build(data, "--no-pdf").code()).isZero();

    Path site = data.getParent().resolve("site");
    assertThat(site.resolve("media/docs/a figure.png")).exists();
    assertThat(Files.readString(site.resolve("policies/POL-1.html"))).contains("src=\"../media/docs/a%20figure.png\"");
  }

  @Test
  void aMissingImageIsAWarningAtItsLineAndTheReaderSeesItsAltText() throws Exception {
    Path data = withImage("![Escalation chart](img/missing.png)");

    assertThat(check(data).out()).contains("data/policies/use.md:13:1: warning: policy POL-1: image 'img/missing.png'"
        + " is not shown: there is no file 'data/policies/img/missing.png' in the governance repository");
    assertThat(build(data, "--no-pdf").code()).isZero();
    assertThat(Files.readString(data.getParent().resolve("site/policies/POL-1.html")))
        .contains("<span class=\"missing-image\">Escalation chart</span>").doesNotContain("<img");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "fake.png   | is named as a PNG image but is not one",
      "bomb.png   | is 10,000 megapixels; the limit is 80",
      "notes.txt  | is not named as a PNG, JPEG, GIF, WebP or SVG image",
      "script.svg | cannot be published: it has a <script> element",
      "onload.svg | cannot be published: its <svg> has an event handler (onload)",
      "link.svg   | cannot be published: its <a> links to 'https://example.com/'",
      "import.svg | cannot be published: its stylesheet imports or refers to another file",
      "doctype.svg | cannot be published: it is not well-formed SVG",
      "huge.png   | larger than 32 MiB",
      "pipe.png   | not a regular file"})
  void anImageThatCannotBeShownIsAnErrorAtItsLine(String name, String why) throws Exception {
    Path data = withImage("![Figure](img/" + name + ")");
    Path file = data.resolve("policies/img/" + name);
    Files.createDirectories(file.getParent());
    switch (name) {
      case "fake.png" -> Files.writeString(file, "<html><script>alert(1)</script></html>");
      case "bomb.png" -> {
        byte[] b = png(10, 10);
        ByteBuffer.wrap(b).putInt(16, 100_000).putInt(20, 100_000); // a header promising 10^10 pixels
        write(file, b);
      }
      case "notes.txt" -> Files.writeString(file, "text");
      case "script.svg" -> Files.writeString(file, svg("<script>alert(1)</script>"));
      case "onload.svg" -> Files.writeString(file, svg("").replace("<svg ", "<svg onload=\"alert(1)\" "));
      case "link.svg" -> Files.writeString(file, svg("<a href=\"https://example.com/\"><rect width=\"5\" height=\"5\"/></a>"));
      case "import.svg" -> Files.writeString(file, svg("<style>@import url(theme.css);</style>"));
      case "doctype.svg" -> Files.writeString(file, "<!DOCTYPE svg [<!ENTITY x \"y\">]>" + svg("<text>&x;</text>"));
      case "huge.png" -> {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
          f.write(png(1, 1));
          f.setLength((32L << 20) + 1); // sparse: nothing is written beyond the header
        }
      }
      case "pipe.png" -> {
        Process p = new ProcessBuilder("mkfifo", file.toString()).start();
        assertThat(p.waitFor()).isZero();
      }
      default -> throw new IllegalArgumentException(name);
    }

    Cli.Result r = check(data);

    assertThat(r.code()).isEqualTo(ExitCodes.DATA_PROBLEMS);
    assertThat(r.out()).contains("data/policies/use.md:13:1: error: policy POL-1: image 'img/" + name + "' cannot be used: ")
        .contains(why);
    Cli.Result b = build(data);
    assertThat(b.code()).isEqualTo(ExitCodes.DATA_PROBLEMS);
    assertThat(b.err()).contains("data/policies/use.md:13:1: error:");
    assertThat(data.getParent().resolve("site")).doesNotExist();
  }

  @Test
  void anImageWithoutAltTextIsAnErrorForItWouldReachNoReaderWhoCannotSeeIt() throws Exception {
    Path data = withImage("![ ](img/flow.png)");
    write(data.resolve("policies/img/flow.png"), png(4, 4));

    assertThat(check(data).out()).contains("data/policies/use.md:13:1: error: policy POL-1: image 'img/flow.png' has"
        + " no alt text: say what it shows between the brackets, ![like this](img/flow.png)");
  }

  @Test
  void aPathThatClimbsOutOfTheRepositoryIsAnErrorAndNothingOutsideIsRead() throws Exception {
    Path data = withImage("![Secret](../../../outside.png)");
    write(dir.resolve("outside.png"), png(5, 5));

    assertThat(check(data).out()).contains("data/policies/use.md:13:1: error: policy POL-1: image"
        + " '../../../outside.png' cannot be used: it leads out of the governance repository");
  }

  @Test
  void aLinkOutOfTheRepositoryReadsAsAbsentWhetherItsTargetExistsOrNot() throws Exception {
    Path data = withImage("![A](img/a.png) ![B](img/b.png)");
    write(dir.resolve("exists.png"), png(5, 5));
    Files.createDirectories(data.resolve("policies/img"));
    Files.createSymbolicLink(data.resolve("policies/img/a.png"), dir.resolve("exists.png"));
    Files.createSymbolicLink(data.resolve("policies/img/b.png"), dir.resolve("does-not-exist.png"));

    String out = check(data).out();

    assertThat(out).contains("image 'img/a.png' is not shown: there is no file 'data/policies/img/a.png' in the governance repository")
        .contains("image 'img/b.png' is not shown: there is no file 'data/policies/img/b.png' in the governance repository");
    assertThat(build(data, "--no-pdf").code()).isZero();
    assertThat(data.getParent().resolve("site/media")).doesNotExist();
  }

  @Test
  void anSvgIsPublishedInTheSiteAndLeftOutOfThePdfWithAWarning() throws Exception {
    Path data = withImage("![Diagram](img/d.svg)");
    write(data.resolve("policies/img/d.svg"), svg("<rect width=\"5\" height=\"5\" fill=\"#369\"/>").getBytes(StandardCharsets.UTF_8));

    assertThat(check(data).out()).contains("data/policies/use.md:13:1: warning: policy POL-1: image 'img/d.svg' is shown"
        + " in the site but left out of the PDF");
    Cli.Result r = build(data);
    assertThat(r.code()).isZero();
    Path site = data.getParent().resolve("site");
    assertThat(site.resolve("media/data/policies/img/d.svg")).exists();
    assertThat(Files.readString(site.resolve("print.html"))).doesNotContain("d.svg").contains("missing-image");
  }

  private static String svg(String body) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">" + body + "</svg>";
  }

  private static void write(Path file, byte[] bytes) throws Exception {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private static List<String> images(PDDocument pdf) throws Exception {
    List<String> found = new java.util.ArrayList<>();
    for (PDPage page : pdf.getPages()) {
      for (var name : page.getResources().getXObjectNames()) {
        if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
          found.add(image.getWidth() + "x" + image.getHeight());
        }
      }
    }
    return found;
  }

  /** A valid RGB PNG of the size, made here so that the test shows what it feeds in. */
  public static byte[] png(int width, int height) throws Exception {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    for (int y = 0; y < height; y++) {
      raw.write(0);
      for (int x = 0; x < width; x++) {
        raw.write(new byte[] {(byte) 0x80, 0x20, 0x20});
      }
    }
    Deflater deflater = new Deflater();
    deflater.setInput(raw.toByteArray());
    deflater.finish();
    byte[] buffer = new byte[raw.size() + 64];
    byte[] idat = java.util.Arrays.copyOf(buffer, deflater.deflate(buffer));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] {8, 2, 0, 0, 0}).array());
    chunk(out, "IDAT", idat);
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws Exception {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    out.write(ByteBuffer.allocate(4).putInt(data.length).array());
    out.write(t);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
