package dev.govern.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontSetTest {
  static final String CJK_FAMILY = "WenQuanYi Zen Hei";

  /** WenQuanYi Zen Hei, from a test dependency's jar, as a file in {@code dir}. */
  static Path copyCjkFont(Path dir) throws IOException {
    Path target = dir.resolve("fonts").resolve("WenQuanZhengHei.ttf");
    Files.createDirectories(target.getParent());
    try (InputStream in = FontSetTest.class.getResourceAsStream("/fonts/WenQuanZhengHei.ttf")) {
      assertThat(in).as("test dependency com.anji-plus:captcha carries the CJK font").isNotNull();
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return dir.relativize(target);
  }

  /** DejaVu Serif, which govern does not bundle, from the test class path, as a file in {@code dir}. */
  static Path copySerifFont(Path dir) throws IOException {
    Path target = dir.resolve("fonts").resolve("DejaVuSerif.ttf");
    Files.createDirectories(target.getParent());
    try (InputStream in = FontSetTest.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSerif.ttf")) {
      assertThat(in).as("jasperreports-fonts carries DejaVu Serif").isNotNull();
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return dir.relativize(target);
  }

  @Test
  void bundledFontsDrawAccentedLatinAndChineseButNotThai() {
    FontSet fonts = FontSet.bundled();
    assertThat(fonts.canDisplay("ë".codePointAt(0))).isTrue();
    assertThat(fonts.missing("Zoë Lefèvre-Müller 翰林軟體股份有限公司")).isEmpty();
    assertThat(fonts.missing("Zoë บริษัท")).isEqualTo("บริษัท");
  }

  @Test
  void bundledFamiliesAreDejaVuAndTheCjkFont() {
    assertThat(FontSet.bundled().families()).containsExactly("DejaVu Sans", "DejaVu Sans Mono", CJK_FAMILY);
    assertThat(FontSet.bundled().cssFontFamily()).isEqualTo("\"DejaVu Sans\", \"" + CJK_FAMILY + "\"");
  }

  @Test
  void extraFontAddsItsFamily(@TempDir Path root) throws Exception {
    FontSet fonts = FontSet.load(root, List.of(copySerifFont(root)));
    assertThat(fonts.families()).containsExactly("DejaVu Sans", "DejaVu Sans Mono", CJK_FAMILY, "DejaVu Serif");
    assertThat(fonts.cssFontFamily()).isEqualTo("\"DejaVu Sans\", \"" + CJK_FAMILY + "\", \"DejaVu Serif\"");
  }

  @Test
  void theBundledCjkFontNamedInReportFontsIsUsedOnce() throws Exception {
    FontSet fonts = PdfTesting.cjkFonts();
    assertThat(fonts.families()).containsExactly("DejaVu Sans", "DejaVu Sans Mono", CJK_FAMILY);
    assertThat(fonts.missing("Zoë 翰林軟體")).isEmpty();
  }

  @Test
  void missingReportsEachCharacterOnceInOrder() {
    assertThat(FontSet.bundled().missing("ท บ ท บ a")).isEqualTo("ทบ");
  }

  @Test
  void missingIgnoresWhitespaceControlAndFormatCharacters() {
    assertThat(FontSet.bundled().missing("a\tb\nc\r\u00a0d\u200b\u200de\u00adf\ufe0f\u0007"))
        .isEmpty();
  }

  @Test
  void missingReportsCharactersOutsideTheBasicPlane() {
    String ideograph = new String(Character.toChars(0x20000)); // CJK Extension B
    assertThat(FontSet.bundled().missing("ok " + ideograph)).isEqualTo(ideograph);
  }

  @Test
  void missingFontFileIsAClearError(@TempDir Path root) {
    assertThatThrownBy(() -> FontSet.load(root, List.of(Path.of("fonts/nope.ttf"))))
        .isInstanceOf(PdfException.class)
        .hasMessage("font file fonts/nope.ttf does not exist in the repository (a link that leads out of it counts as absent)");
  }

  @Test
  void fileThatIsNotAFontIsAClearError(@TempDir Path root) throws IOException {
    Files.writeString(root.resolve("notes.ttf"), "just some text, not a font at all");
    assertThatThrownBy(() -> FontSet.load(root, List.of(Path.of("notes.ttf"))))
        .isInstanceOf(PdfException.class)
        .hasMessage("font file notes.ttf is not a TrueType font");
  }

  @Test
  void fontWithADamagedGlyphTableIsFoundByTheCheck(@TempDir Path root) throws IOException {
    byte[] font;
    try (InputStream in = FontSetTest.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSansMono.ttf")) {
      font = in.readAllBytes();
    }
    int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
    for (int i = 0; i < tables; i++) {
      int entry = 12 + 16 * i;
      String tag = new String(font, entry, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
      int offset = java.nio.ByteBuffer.wrap(font, entry + 8, 4).getInt();
      int length = java.nio.ByteBuffer.wrap(font, entry + 12, 4).getInt();
      if (tag.equals("loca")) {
        for (int b = offset + length / 2; b < offset + length / 2 + 16; b++) {
          font[b] = (byte) 0xff; // glyph offsets far past the end of the glyph table
        }
      }
    }
    Files.write(root.resolve("damaged.ttf"), font);

    assertThat(FontSet.problem(root, Path.of("damaged.ttf")))
        .hasValueSatisfying(m -> assertThat(m).startsWith("font file damaged.ttf is not a usable TrueType font"));
  }

  @Test
  void truncatedFontIsAClearError(@TempDir Path root) throws IOException {
    byte[] head = {0, 1, 0, 0, 0, 9, 0, 0};
    Files.write(root.resolve("broken.ttf"), head);
    assertThatThrownBy(() -> FontSet.load(root, List.of(Path.of("broken.ttf"))))
        .isInstanceOf(PdfException.class)
        .hasMessageStartingWith("font file broken.ttf is not a usable TrueType font: ");
  }

  @Test
  void fontCollectionIsAClearError(@TempDir Path root) throws IOException {
    Files.write(root.resolve("many.ttc"), new byte[] {'t', 't', 'c', 'f', 0, 1, 0, 0});
    assertThatThrownBy(() -> FontSet.load(root, List.of(Path.of("many.ttc"))))
        .isInstanceOf(PdfException.class)
        .hasMessageContaining("is a font collection (.ttc)");
  }

  @Test
  void fontOutsideTheProjectIsRefused(@TempDir Path root) throws IOException {
    Path elsewhere = PdfTesting.cjkRoot().resolve("fonts").resolve("WenQuanZhengHei.ttf");
    assertThatThrownBy(() -> FontSet.load(root, List.of(elsewhere)))
        .isInstanceOf(PdfException.class)
        .hasMessage("font file " + elsewhere + " is outside the project folder;"
            + " fonts must be in the repository");
    Path climbing = root.toRealPath().relativize(elsewhere.toRealPath());
    assertThatThrownBy(() -> FontSet.load(root, List.of(climbing)))
        .isInstanceOf(PdfException.class)
        .hasMessageContaining("is outside the project folder");
  }

  @Test
  void aLinkOutOfTheProjectReadsAsAbsentWhetherItsTargetExistsOrNot(@TempDir Path root) throws IOException {
    Path outside = PdfTesting.cjkRoot().resolve("fonts").resolve("WenQuanZhengHei.ttf").toRealPath();
    Files.createDirectories(root.resolve("fonts"));
    Files.createSymbolicLink(root.resolve("fonts/a.ttf"), outside);
    Files.createSymbolicLink(root.resolve("fonts/b.ttf"), outside.resolveSibling("no-such-font.ttf"));

    assertThatThrownBy(() -> FontSet.load(root.toRealPath(), List.of(Path.of("fonts/a.ttf"))))
        .hasMessage("font file fonts/a.ttf does not exist in the repository (a link that leads out of it counts as absent)");
    assertThatThrownBy(() -> FontSet.load(root.toRealPath(), List.of(Path.of("fonts/b.ttf"))))
        .hasMessage("font file fonts/b.ttf does not exist in the repository (a link that leads out of it counts as absent)");
  }

  @Test
  void sameFaceTwiceIsAClearError(@TempDir Path root) throws IOException {
    Path font = copySerifFont(root);
    Path copy = Files.copy(root.resolve(font), root.resolve("fonts").resolve("Copy.ttf"));
    Files.write(copy, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);
    assertThatThrownBy(() -> FontSet.load(root, List.of(font, root.relativize(copy))))
        .isInstanceOf(PdfException.class)
        .hasMessageContaining("another font already provides family 'DejaVu Serif'");
  }

  @Test
  void chineseTextExtractsExactlyWithTheBundledFonts(@TempDir Path root) throws Exception {
    String html = PdfTesting.page("<p>翰林軟體 and Zoë</p>");

    byte[] pdf = PdfTesting.render(html, root, FontSet.bundled()).pdf();

    assertThat(text(pdf)).contains("翰林軟體 and Zoë").doesNotContain("#");
  }

  @Test
  void extraFontIsAFallbackWhateverTheCssSays() throws Exception {
    String html = PdfTesting.page("<p style=\"font-family: serif\">翰林 <b>翰林</b> <i>Zoë</i></p>");

    byte[] pdf = PdfTesting.render(html, PdfTesting.cjkRoot(), PdfTesting.cjkFonts()).pdf();
    String text = text(pdf).replaceAll("\\s+", " ");
    assertThat(text).contains("翰林 翰林 Zoë");
  }

  @Test
  void withoutTheFontTheRendererDrawsHashesWhichIsWhyMissingExists(@TempDir Path root)
      throws Exception {
    String html = PdfTesting.page("<p>บริษัท</p>");

    assertThat(text(PdfTesting.render(html, root, FontSet.bundled()).pdf())).contains("##");
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
