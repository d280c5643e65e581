package dev.govern.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Shared fixtures: the sample report, rendering to bytes, and veraPDF validation. */
final class PdfTesting {
  static final PdfMetadata META =
      new PdfMetadata(
          "AI Code Generation Governance Report",
          "Example Corp.",
          "How Example Corp. governs AI-generated code",
          "AI, governance, code generation",
          "en",
          Instant.parse("2026-03-01T09:30:00Z"));

  /** The PDF and the warnings of one render. */
  record Rendered(byte[] pdf, List<String> warnings) {}

  private PdfTesting() {}

  private static Path cjkRoot;
  private static FontSet cjkFonts;

  /**
   * A project folder holding WenQuanYi Zen Hei (from a test dependency's jar) as {@code
   * fonts/WenQuanZhengHei.ttf}; made once per test run, as the font is 13 MB.
   */
  static synchronized Path cjkRoot() throws IOException {
    if (cjkRoot == null) {
      Path dir = Files.createTempDirectory("govern-pdf-cjk");
      Path font = dir.resolve(FontSetTest.copyCjkFont(dir));
      font.toFile().deleteOnExit();
      font.getParent().toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      cjkRoot = dir;
    }
    return cjkRoot;
  }

  /** The bundled fonts plus WenQuanYi Zen Hei, loaded once per test run. */
  static synchronized FontSet cjkFonts() throws IOException, PdfException {
    if (cjkFonts == null) {
      cjkFonts = FontSet.load(cjkRoot(), List.of(Path.of("fonts", "WenQuanZhengHei.ttf")));
    }
    return cjkFonts;
  }

  /** The folder of the sample report, which is also the allowed root when rendering it. */
  static Path sampleDir() {
    try {
      return Path.of(PdfTesting.class.getResource("/pdf/sample/report.xhtml").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sampleHtml() throws IOException {
    return Files.readString(sampleDir().resolve("report.xhtml"), StandardCharsets.UTF_8);
  }

  static Rendered render(String html, Path root, FontSet fonts) throws IOException, PdfException {
    return render(html, root, fonts, META);
  }

  static Rendered render(String html, Path root, FontSet fonts, PdfMetadata meta)
      throws IOException, PdfException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> warnings = PdfRenderer.render(html, root.toUri(), root, fonts, meta, out);
    return new Rendered(out.toByteArray(), warnings);
  }

  static Rendered renderSample() throws IOException, PdfException {
    return render(sampleHtml(), sampleDir(), FontSet.bundled());
  }

  /**
   * What {@code qpdf --check} says of {@code pdf}, which it must find readable; skips the test
   * when qpdf is absent, unless the run requires every tool (as CI does).
   */
  static String qpdfCheck(byte[] pdf, Path dir) throws IOException, InterruptedException {
    Path file = Files.write(dir.resolve("checked.pdf"), pdf);
    Process p;
    try {
      p = new ProcessBuilder("qpdf", "--check", file.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      Assumptions.assumeTrue("1".equals(System.getenv("GOVERN_REQUIRE_TOOLS")),
          "qpdf is not installed");
      throw e;
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    return out;
  }

  /** Each page's text, as PDFBox extracts it. */
  static List<String> pageTexts(byte[] pdf) throws IOException {
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      org.apache.pdfbox.text.PDFTextStripper s = new org.apache.pdfbox.text.PDFTextStripper();
      List<String> out = new ArrayList<>();
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        s.setStartPage(i);
        s.setEndPage(i);
        out.add(s.getText(doc));
      }
      return out;
    }
  }

  /** A minimal well-formed page around {@code body}. */
  static String page(String body) {
    return page("", body);
  }

  static String page(String head, String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>Test</title>"
        + "<style>body { font-family: \"DejaVu Sans\", \"WenQuanYi Zen Hei\"; }</style>"
        + head
        + "</head><body>"
        + body
        + "</body></html>";
  }

  /** The alternative text of every Figure in the structure tree, in document order. */
  static List<String> figureAlts(PDDocument doc) {
    List<String> out = new ArrayList<>();
    collectFigures(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), out);
    return out;
  }

  private static void collectFigures(List<Object> kids, List<String> out) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement element) {
        if ("Figure".equals(element.getStructureType())) {
          out.add(element.getAlternateDescription());
        }
        collectFigures(element.getKids(), out);
      }
    }
  }

  /**
   * The text of the structure tree in reading order: one entry per structure element that holds
   * marked content of its own ("Type: text"), walking the tree depth first. Which page and which
   * content stream a piece of text is drawn in does not matter, only the order a reader is told.
   */
  static List<String> readingOrder(byte[] pdf) throws IOException {
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      java.util.Map<org.apache.pdfbox.cos.COSDictionary, java.util.Map<Integer, String>> marked =
          new java.util.HashMap<>();
      for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
        org.apache.pdfbox.text.PDFMarkedContentExtractor extractor =
            new org.apache.pdfbox.text.PDFMarkedContentExtractor();
        extractor.processPage(page);
        java.util.Map<Integer, String> texts = new java.util.HashMap<>();
        for (org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent mc
            : extractor.getMarkedContents()) {
          collectMarked(mc, texts);
        }
        marked.put(page.getCOSObject(), texts);
      }
      List<String> out = new ArrayList<>();
      readingOrder(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), null, marked, out);
      return out;
    }
  }

  private static void collectMarked(
      org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent mc,
      java.util.Map<Integer, String> texts) {
    StringBuilder text = new StringBuilder();
    for (Object o : mc.getContents()) {
      if (o instanceof org.apache.pdfbox.text.TextPosition t) {
        text.append(t.getUnicode());
      } else if (o instanceof org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent inner) {
        collectMarked(inner, texts);
      }
    }
    if (mc.getMCID() >= 0) {
      texts.merge(mc.getMCID(), text.toString(), String::concat);
    }
  }

  private static void readingOrder(List<Object> kids, org.apache.pdfbox.pdmodel.PDPage page,
      java.util.Map<org.apache.pdfbox.cos.COSDictionary, java.util.Map<Integer, String>> marked, List<String> out) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement element) {
        org.apache.pdfbox.pdmodel.PDPage own = element.getPage() != null ? element.getPage() : page;
        StringBuilder text = new StringBuilder();
        for (Object k : element.getKids()) {
          Integer mcid = null;
          org.apache.pdfbox.pdmodel.PDPage on = own;
          if (k instanceof Integer i) {
            mcid = i;
          } else if (k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure
              .PDMarkedContentReference ref) {
            mcid = ref.getMCID();
            on = ref.getPage() != null ? ref.getPage() : own;
          }
          if (mcid != null && on != null) {
            // A space and a no-break space share a glyph; a font subset may name either.
            text.append(marked.getOrDefault(on.getCOSObject(), java.util.Map.of()).getOrDefault(mcid, "")
                .replace('\u00a0', ' '));
          }
        }
        if (!text.toString().isBlank()) {
          out.add(element.getStructureType() + ": " + text.toString().strip());
        }
        readingOrder(element.getKids(), own, marked, out);
      }
    }
  }

  /** The failed veraPDF checks, one line each ("rule: description"); empty when compliant. */
  static List<String> veraPdfFailures(byte[] pdf, PDFAFlavour flavour) {
    VeraGreenfieldFoundryProvider.initialise();
    try (InputStream in = new ByteArrayInputStream(pdf);
        PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      List<String> failed =
          result.getTestAssertions().stream()
              .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
              .map(
                  a ->
                      a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                          + a.getMessage() + " [" + a.getLocationContext() + "]"
                          + (a.getErrorMessage() == null ? "" : " " + a.getErrorMessage()))
              .distinct()
              .collect(Collectors.toList());
      if (!result.isCompliant() && failed.isEmpty()) {
        return List.of("not compliant: " + result.getFailedChecks());
      }
      return failed;
    } catch (IOException | ModelParsingException | EncryptedPdfException | ValidationException e) {
      throw new AssertionError("veraPDF could not validate the PDF", e);
    } catch (Exception e) {
      throw new AssertionError("veraPDF failed", e);
    }
  }
}
