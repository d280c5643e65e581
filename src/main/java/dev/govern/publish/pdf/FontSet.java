package dev.govern.publish.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.govern.load.RepoFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts a PDF may use: the bundled DejaVu Sans and DejaVu Sans Mono, the bundled CJK font
 * ({@link #CJK_FAMILY}), plus font files a governance repository names (for scripts none of these
 * has), and which characters they can draw between them.
 *
 * <p>openhtmltopdf draws a character no font has as {@code #} and says nothing, so callers check
 * text with {@link #missing(String)} before rendering and warn. Every font is registered under its
 * own family and also as a fallback, so a character any font has is drawn whatever the CSS
 * {@code font-family} says: the check and the output agree.
 *
 * <p>Immutable and safe to share between threads and renders; font files are read once, here.
 */
public final class FontSet {
  /** The family every template should name first. */
  public static final String DEFAULT_FAMILY = "DejaVu Sans";

  /** The bundled monospace family, for code and identifiers. */
  public static final String MONOSPACE_FAMILY = "DejaVu Sans Mono";

  /** Larger font files are refused rather than read into memory. */
  static final long MAX_FONT_BYTES = 64L * 1024 * 1024;

  private static final String DEJAVU = "/net/sf/jasperreports/fonts/dejavu/";

  /**
   * The bundled CJK family: WenQuanYi Zen Hei, which draws the Chinese (Traditional and
   * Simplified) that DejaVu lacks, so a report in Chinese needs no font of the user's. Embedded as
   * a subset like every font, so a report pays only for the characters it uses.
   */
  public static final String CJK_FAMILY = "WenQuanYi Zen Hei";

  private static final String CJK_FILE = "/fonts/WenQuanZhengHei.ttf";

  private final List<Face> faces;
  private final List<String> families;
  private final BitSet coverage;

  /** One font file: a family in one weight and style. */
  record Face(String family, int weight, FontStyle style, byte[] data) {
    InputStream open() {
      return new ByteArrayInputStream(data);
    }
  }

  private FontSet(List<Face> faces, BitSet coverage) {
    this.faces = List.copyOf(faces);
    this.families =
        faces.stream().map(Face::family).distinct().collect(Collectors.toUnmodifiableList());
    this.coverage = coverage;
  }

  /** The bundled fonts only. */
  public static FontSet bundled() {
    return Bundled.SET;
  }

  /**
   * The bundled fonts plus {@code extraFonts}, TrueType files (.ttf, or .otf with TrueType
   * outlines) inside {@code projectRoot}; relative paths resolve against it. Each file registers
   * under the family its name table declares, in the weight and style its OS/2 table declares.
   *
   * @throws PdfException naming the file and what is wrong with it: missing, outside the project,
   *     not a font, a kind of font the PDF renderer cannot embed
   */
  public static FontSet load(Path projectRoot, List<Path> extraFonts) throws PdfException {
    Objects.requireNonNull(projectRoot, "projectRoot");
    Objects.requireNonNull(extraFonts, "extraFonts");
    if (extraFonts.isEmpty()) {
      return bundled();
    }
    Quiet.ensure();
    Path root;
    try {
      root = projectRoot.toRealPath();
    } catch (IOException e) {
      throw new PdfException("project folder " + projectRoot + " cannot be read: " + reason(e));
    }
    List<Face> faces = new ArrayList<>(Bundled.SET.faces);
    BitSet coverage = (BitSet) Bundled.SET.coverage.clone();
    Set<String> seen = new LinkedHashSet<>();
    for (Face face : faces) {
      seen.add(key(face));
    }
    for (Path given : extraFonts) {
      String shown = shown(root, given);
      byte[] data = readInside(root, given, shown);
      Parsed parsed = parse(data, shown);
      Face face = new Face(parsed.family, parsed.weight, parsed.style, data);
      if (faces.stream().anyMatch(f -> java.util.Arrays.equals(f.data(), data))) {
        // A repository that named the CJK font before govern shipped it: the same file, once.
        continue;
      }
      if (!seen.add(key(face))) {
        throw new PdfException(
            "font file " + shown + ": another font already provides family '" + face.family()
                + "' in weight " + face.weight() + ", " + styleName(face.style()));
      }
      faces.add(face);
      coverage.or(parsed.coverage);
    }
    return new FontSet(faces, coverage);
  }

  /**
   * What is wrong with one font file named by a governance repository, in the words {@link #load}
   * would use (missing, outside the project, not a font, not embeddable); empty when it is usable.
   * Reads and parses only that file: checks can run it before any PDF is made.
   */
  public static Optional<String> problem(Path projectRoot, Path font) {
    Quiet.ensure(); // FontBox logs what it finds wrong with a font, with timestamps, on stderr
    try {
      Path root = projectRoot.toRealPath();
      String shown = shown(root, font);
      parse(readInside(root, font, shown), shown);
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("project folder " + projectRoot + " cannot be read: " + reason(e));
    } catch (PdfException e) {
      return Optional.of(e.getMessage());
    }
  }

  /**
   * The registered family names, the default first and then the extra fonts' in the order given:
   * what the template's {@code font-family} lists.
   */
  public List<String> families() {
    return families;
  }

  /** {@link #families()} as a CSS {@code font-family} value, each name quoted. */
  public String cssFontFamily() {
    return families.stream()
        .filter(f -> !f.equals(MONOSPACE_FAMILY))
        .map(f -> '"' + f.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
        .collect(Collectors.joining(", "));
  }

  /** Whether some font in the set has a glyph for {@code codePoint}. */
  public boolean canDisplay(int codePoint) {
    return codePoint >= 0 && coverage.get(codePoint);
  }

  /**
   * The characters of {@code text} that no font in the set can draw, each once, in order of first
   * appearance; empty when all can be drawn. Whitespace, control and format characters (such as
   * zero-width joiners and soft hyphens) and variation selectors are not drawn as glyphs and are
   * ignored.
   */
  public String missing(String text) {
    Objects.requireNonNull(text, "text");
    StringBuilder out = new StringBuilder();
    Set<Integer> reported = new LinkedHashSet<>();
    text.codePoints()
        .filter(cp -> !ignorable(cp) && !canDisplay(cp) && reported.add(cp))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /**
   * Registers every face for the document, for SVG text, and as a fallback for any family, and
   * points SVG text at these fonts (see {@link SvgFonts}).
   */
  void register(PdfRendererBuilder builder) {
    builder.addDOMMutator(SvgFonts.appending(cssFontFamily()));
    for (Face face : faces) {
      builder.useFont(
          face::open,
          face.family(),
          face.weight(),
          face.style(),
          true,
          EnumSet.of(FSFontUseCase.DOCUMENT));
      // Batik draws SVG text with AWT fonts, which copy a stream into a temporary file that a
      // killed build leaves behind; from a file they copy nothing (see FontFiles).
      var file = dev.govern.bundle.FontFiles.of(face.data());
      if (file.isPresent()) {
        builder.useFont(file.get().toFile(), face.family(), face.weight(), face.style(), true,
            EnumSet.of(FSFontUseCase.SVG));
      } else {
        builder.useFont(face::open, face.family(), face.weight(), face.style(), true, EnumSet.of(FSFontUseCase.SVG));
      }
    }
    for (Face face : faces) {
      builder.useFont(
          face::open,
          face.family(),
          face.weight(),
          face.style(),
          true,
          EnumSet.of(FSFontUseCase.FALLBACK_FINAL));
    }
  }

  /** Characters that are not drawn as glyphs of their own, so no font needs to have them. */
  static boolean ignorable(int cp) {
    int type = Character.getType(cp);
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || type == Character.CONTROL
        || type == Character.FORMAT
        || (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors
        || (cp >= 0xE0100 && cp <= 0xE01EF);
  }

  private static String key(Face face) {
    return face.family().toLowerCase(Locale.ROOT) + '/' + face.weight() + '/' + face.style();
  }

  private static String styleName(FontStyle style) {
    return style == FontStyle.NORMAL ? "upright" : "italic";
  }

  private static String shown(Path root, Path given) {
    Path abs = root.resolve(given).normalize();
    Path shown = abs.startsWith(root) ? root.relativize(abs) : given;
    return shown.toString().replace('\\', '/');
  }

  private static byte[] readInside(Path root, Path given, String shown) throws PdfException {
    // Outside by its name is outside, whether or not it exists: the message must not tell which
    // paths exist elsewhere on the machine.
    if (!root.resolve(given).normalize().startsWith(root)) {
      throw new PdfException(
          "font file " + shown + " is outside the project folder; fonts must be in the repository");
    }
    // A link that leads out of the repository counts as absent, whether its target exists or not.
    String absent = "font file " + shown + " does not exist in the repository (a link that leads out of it counts"
        + " as absent)";
    Path real;
    try {
      real = root.resolve(given).toRealPath();
    } catch (NoSuchFileException e) {
      throw new PdfException(absent);
    } catch (IOException e) {
      throw new PdfException("font file " + shown + " cannot be read: " + reason(e));
    }
    if (!real.startsWith(root)) {
      throw new PdfException(absent);
    }
    try {
      if (!Files.isRegularFile(real)) {
        throw new PdfException("font file " + shown + " is not a file");
      }
      if (Files.size(real) > MAX_FONT_BYTES) {
        throw new PdfException(
            "font file " + shown + " is larger than " + (MAX_FONT_BYTES >> 20) + " MiB");
      }
      return RepoFile.read(real, root, "font file " + shown, MAX_FONT_BYTES);
    } catch (RepoFile.Refused e) {
      throw new PdfException(e.getMessage());
    } catch (IOException e) {
      throw new PdfException("font file " + shown + " cannot be read: " + reason(e));
    }
  }

  private record Parsed(String family, int weight, FontStyle style, BitSet coverage) {}

  private static Parsed parse(byte[] data, String shown) throws PdfException {
    String magic = data.length < 4 ? "" : new String(data, 0, 4, StandardCharsets.ISO_8859_1);
    if (magic.equals("ttcf")) {
      throw new PdfException(
          "font file " + shown + " is a font collection (.ttc); give a single .ttf font instead");
    }
    if (magic.equals("OTTO")) {
      throw new PdfException(
          "font file " + shown + " is an OpenType font with PostScript (CFF) outlines, which the"
              + " PDF renderer cannot embed; use a TrueType (.ttf) version of the font");
    }
    if (!magic.equals("\0\1\0\0") && !magic.equals("true")) {
      throw new PdfException("font file " + shown + " is not a TrueType font");
    }
    try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data))) {
      String family = family(ttf);
      if (family == null || family.isBlank()) {
        throw new PdfException("font file " + shown + " does not declare a family name");
      }
      OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
      if (os2 == null) {
        throw new PdfException(
            "font file " + shown + " has no OS/2 table, which the PDF renderer needs");
      }
      int fsType = os2.getFsType();
      if ((fsType & 0x000F) == OS2WindowsMetricsTable.FSTYPE_RESTRICTED
          || (fsType & OS2WindowsMetricsTable.FSTYPE_BITMAP_ONLY) != 0) {
        throw new PdfException(
            "font file " + shown + ": the font's licence does not allow embedding it in a PDF");
      }
      int weight = Math.max(100, Math.min(900, Math.round(os2.getWeightClass() / 100f) * 100));
      boolean italic =
          (os2.getFsSelection() & 1) != 0 || (ttf.getHeader().getMacStyle() & 2) != 0;
      BitSet coverage = coverage(ttf);
      if (coverage.isEmpty()) {
        throw new PdfException("font file " + shown + " has no Unicode character map");
      }
      // Embedding reads every glyph a page uses: read them all now, so that a damaged glyph or
      // metrics table is found by `check` rather than halfway through a build.
      if (ttf.getGlyph() == null || ttf.getHorizontalMetrics() == null) {
        throw new PdfException("font file " + shown + " has no glyph outlines or metrics (not a TrueType outline font)");
      }
      for (int gid = 0; gid < ttf.getNumberOfGlyphs(); gid++) {
        ttf.getGlyph().getGlyph(gid);
        ttf.getHorizontalMetrics().getAdvanceWidth(gid);
      }
      return new Parsed(family.strip(), weight, italic ? FontStyle.ITALIC : FontStyle.NORMAL, coverage);
    } catch (IOException | RuntimeException e) {
      throw new PdfException(
          "font file " + shown + " is not a usable TrueType font: " + reason(e), e);
    }
  }

  /** The typographic family (name 16) when there is one, else the legacy family (name 1). */
  private static String family(TrueTypeFont ttf) throws IOException {
    NamingTable names = ttf.getNaming();
    if (names == null) {
      return null;
    }
    String typographic = null;
    for (NameRecord record : names.getNameRecords()) {
      if (record.getNameId() == 16 && record.getPlatformId() == NameRecord.PLATFORM_WINDOWS
          && record.getLanguageId() == NameRecord.LANGUAGE_WINDOWS_EN_US) {
        typographic = record.getString();
      }
    }
    return typographic != null ? typographic : names.getFontFamily();
  }

  private static BitSet coverage(TrueTypeFont ttf) throws IOException {
    CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
    BitSet covered = new BitSet();
    if (cmap == null) {
      return covered;
    }
    int glyphs = ttf.getNumberOfGlyphs();
    for (int gid = 1; gid < glyphs; gid++) {
      List<Integer> codes = cmap.getCharCodes(gid);
      if (codes != null) {
        for (int code : codes) {
          if (code >= 0 && code <= Character.MAX_CODE_POINT) {
            covered.set(code);
          }
        }
      }
    }
    return covered;
  }

  private static String reason(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** Loaded on first use and kept: the bundled fonts are read once per process. */
  private static final class Bundled {
    static final FontSet SET = load();

    private static FontSet load() {
      Quiet.ensure();
      List<Face> faces = new ArrayList<>();
      BitSet coverage = new BitSet();
      String[][] files = {
        {DEFAULT_FAMILY, "DejaVuSans.ttf", "400", "NORMAL"},
        {DEFAULT_FAMILY, "DejaVuSans-Bold.ttf", "700", "NORMAL"},
        {DEFAULT_FAMILY, "DejaVuSans-Oblique.ttf", "400", "ITALIC"},
        {DEFAULT_FAMILY, "DejaVuSans-BoldOblique.ttf", "700", "ITALIC"},
        {MONOSPACE_FAMILY, "DejaVuSansMono.ttf", "400", "NORMAL"},
        {MONOSPACE_FAMILY, "DejaVuSansMono-Bold.ttf", "700", "NORMAL"},
        {MONOSPACE_FAMILY, "DejaVuSansMono-Oblique.ttf", "400", "ITALIC"},
        {MONOSPACE_FAMILY, "DejaVuSansMono-BoldOblique.ttf", "700", "ITALIC"},
        {CJK_FAMILY, CJK_FILE, "400", "NORMAL"},
      };
      for (String[] file : files) {
        byte[] data = resource(file[1].startsWith("/") ? file[1] : DEJAVU + file[1]);
        faces.add(new Face(file[0], Integer.parseInt(file[2]), FontStyle.valueOf(file[3]), data));
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data))) {
          coverage.or(coverage(ttf));
        } catch (IOException e) {
          throw new UncheckedIOException("bundled font " + file[1] + " is damaged", e);
        }
      }
      return new FontSet(faces, coverage);
    }

    private static byte[] resource(String name) {
      try (InputStream in = FontSet.class.getResourceAsStream(name)) {
        if (in == null) {
          // A packaging fault (the jar was built without the fonts), not bad input.
          throw new IllegalStateException("bundled font missing from the classpath: " + name);
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("bundled font " + name + " cannot be read", e);
      }
    }
  }
}
