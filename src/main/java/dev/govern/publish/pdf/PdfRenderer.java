package dev.govern.publish.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.LogMessageId;
import com.openhtmltopdf.util.XRRuntimeException;
import java.io.StringReader;
import org.w3c.dom.Document;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.xml.sax.SAXParseException;

/**
 * Renders the print XHTML to a PDF that conforms to {@link #CONFORMANCE} and PDF/UA-1, embeds only
 * the fonts of a {@link FontSet}, reads no file outside the project and nothing from the network,
 * and is byte-identical for identical input.
 *
 * <p>A large report is laid out in parts on several threads and joined ({@link PartsRenderer}):
 * the same conformance, outline and page numbering in a fraction of the memory.
 *
 * <p>Stateless: renders may run on several threads at once.
 */
public final class PdfRenderer {
  /** The PDF/A flavour every PDF claims and is tested against with veraPDF. */
  public static final String CONFORMANCE = "PDF/A-3a";

  static final PdfAConformance PDFA = PdfAConformance.PDFA_3_A;

  /** Pages beyond this much memory go to a temporary file (openhtmltopdf#78: large reports). */
  static final long IN_MEMORY_BYTES = 32L * 1024 * 1024;

  /** The output intent PDF/A requires: colours are sRGB, as in the HTML site. */
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  /**
   * Diagnostics that say nothing new: the guard reports refused resources in its own words (and
   * these follow from a refusal), and title and description come from {@link PdfMetadata}, not
   * from the HTML's meta elements.
   */
  private static final Set<LogMessageId> IGNORED =
      Set.of(
          LogMessageId.LogMessageId2Param.LOAD_RESOURCE_ACCESS_REJECTED,
          LogMessageId.LogMessageId1Param.LOAD_UNABLE_TO_LOAD_CSS_FROM_URI,
          LogMessageId.LogMessageId1Param.EXCEPTION_COULD_NOT_LOAD_FONT_FACE,
          LogMessageId.LogMessageId1Param.EXCEPTION_FONT_METRICS_NOT_AVAILABLE,
          LogMessageId.LogMessageId1Param.RENDER_FONT_IS_NULL,
          LogMessageId.LogMessageId0Param.GENERAL_PDF_ACCESSIBILITY_NO_DOCUMENT_TITLE_PROVIDED,
          LogMessageId.LogMessageId0Param.GENERAL_PDF_ACCESSIBILITY_NO_DOCUMENT_DESCRIPTION_PROVIDED,
          // Accessibility names the figure; openhtmltopdf's message does not.
          LogMessageId.LogMessageId0Param.GENERAL_PDF_ACCESSIBILITY_NO_ALT_ATTRIBUTE_PROVIDED_FOR_IMAGE);

  private PdfRenderer() {}

  /**
   * Renders {@code xhtml} into {@code out}.
   *
   * @param xhtml well-formed XHTML with CSS paged media; its {@code <title>} and {@code lang}
   *     should match {@code meta}
   * @param baseUri a {@code file:} URI of the directory the HTML's relative URLs resolve against
   * @param allowedRoot the only folder files may be read from (the governance repository)
   * @param fonts the fonts to embed; the CSS names them by {@link FontSet#families()}
   * @param meta title, author and the other document properties
   * @param out receives the PDF; not closed
   * @return warnings for the person running govern, such as {@code blocked: http://…} for a
   *     resource that was refused and left out, in the order they arose; empty when all is well
   * @throws PdfException when the XHTML cannot be read or laid out
   * @throws IOException when {@code out} cannot be written or {@code allowedRoot} does not exist
   */
  public static List<String> render(
      String xhtml,
      URI baseUri,
      Path allowedRoot,
      FontSet fonts,
      PdfMetadata meta,
      OutputStream out)
      throws IOException, PdfException {
    return render(xhtml, baseUri, allowedRoot, fonts, meta, Map.of(), List.of(), out);
  }

  /**
   * Renders as {@link #render(String, URI, Path, FontSet, PdfMetadata, OutputStream)} does, and
   * also states where the report came from in its XMP metadata and embeds files in it.
   *
   * @param provenance properties for the XMP metadata's govern schema ({@link DocumentStamp#GOVERN_NS})
   * @param attachments PDF/A-3 associated files, embedded in this order
   */
  public static List<String> render(
      String xhtml,
      URI baseUri,
      Path allowedRoot,
      FontSet fonts,
      PdfMetadata meta,
      Map<String, String> provenance,
      List<PdfAttachments.Attachment> attachments,
      OutputStream out)
      throws IOException, PdfException {
    return render(xhtml, baseUri, allowedRoot, fonts, meta, provenance, attachments, out, Split.fromEnvironment());
  }

  /** Renders as above, laid out whole or in parts as {@code split} says. */
  static List<String> render(
      String xhtml,
      URI baseUri,
      Path allowedRoot,
      FontSet fonts,
      PdfMetadata meta,
      Map<String, String> provenance,
      List<PdfAttachments.Attachment> attachments,
      OutputStream out,
      Split split)
      throws IOException, PdfException {
    Objects.requireNonNull(xhtml, "xhtml");
    Objects.requireNonNull(baseUri, "baseUri");
    Objects.requireNonNull(fonts, "fonts");
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(out, "out");
    Quiet.ensure();

    Path root = allowedRoot.toRealPath();
    URI base = directory(baseUri);
    if (split.inParts(xhtml)) {
      Document whole = parse(xhtml);
      if (ReportParts.unsuitable(whole).isEmpty()) {
        return PartsRenderer.render(xhtml, whole, base, root, fonts, meta, provenance, attachments, out, threads(),
            ReportParts.PART_WEIGHT).warnings();
      }
    }
    ResourceGuard guard = new ResourceGuard(base, root);
    Set<String> notes = new LinkedHashSet<>();

    try (PDDocument doc = new PDDocument(MemoryUsageSetting.setupMixed(IN_MEMORY_BYTES).streamCache)) {
      PdfRendererBuilder builder = builder(doc, guard, notes, fonts).withHtmlContent(xhtml, base.toString())
          .addDOMMutator(Accessibility.preparing(w -> add(notes, w)));

      // Saved before the renderer closes: closing it releases the fonts that saving subsets.
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.createPDFWithoutClosing();
        DocumentStamp.apply(doc, meta, PDFA.getPart(), PDFA.getConformanceValue(), xhtml, provenance);
        PdfAttachments.embed(doc, attachments, meta.date());
        save(doc, out);
      } catch (XRRuntimeException e) {
        throw new PdfException("the print HTML could not be rendered: " + message(e), e);
      }
    }
    return warnings(guard, notes);
  }

  /** How the document is laid out: whole, or in parts joined afterwards ({@link PartsRenderer}). */
  enum Split {
    /** In parts when the print HTML has at least {@link PartsRenderer#FROM_CHARS} characters. */
    AUTO,
    /** In parts whenever the document allows it. */
    ALWAYS,
    /** Always whole. */
    NEVER;

    /** Whether print HTML {@code xhtml} is to be laid out in parts, if the document allows. */
    boolean inParts(String xhtml) {
      return this == ALWAYS || (this == AUTO && xhtml.length() >= PartsRenderer.FROM_CHARS);
    }

    /** The environment variable that overrides the rule (auto, always, never): for measuring. */
    static final String ENV = "GOVERN_PDF_PARTS";

    static Split fromEnvironment() {
      String v = System.getenv(ENV);
      if (v == null || v.isBlank()) {
        return AUTO;
      }
      return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "always" -> ALWAYS;
        case "never" -> NEVER;
        default -> AUTO;
      };
    }
  }

  /**
   * Parts are laid out on every core, but at most four at once: each part laid out is in memory
   * until it is written, and past four the joining, which is one thread's work, is what they wait for.
   */
  static int threads() {
    return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  }

  /**
   * The XHTML as a namespace-aware DOM, as openhtmltopdf reads it (its own reader needs a renderer
   * on the thread): no DTD, no external entity is fetched.
   */
  static Document parse(String xhtml) throws PdfException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      // Every node made as it is parsed, not on its first reading: the parts renderer's threads
      // read this document, and a node made on reading is made by whichever thread comes first.
      f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      return b.parse(new InputSource(new StringReader(xhtml)));
    } catch (SAXParseException e) {
      throw new PdfException("the print HTML could not be rendered: " + message(e), e);
    } catch (SAXException | ParserConfigurationException | IOException e) {
      throw new PdfException("the print HTML could not be rendered: " + message(e), e);
    }
  }

  /** A builder with everything but the document: conformance, fonts, the resource guard. */
  static PdfRendererBuilder builder(PDDocument doc, ResourceGuard guard, Set<String> notes, FontSet fonts) {
    PdfRendererBuilder builder =
        new PdfRendererBuilder()
            .usePDDocument(doc)
            .usePdfAConformance(PDFA)
            .usePdfUaAccessibility(true)
            .useColorProfile(SRGB)
            .withProducer(DocumentStamp.PRODUCER)
            .useSVGDrawer(SvgFonts.drawer())
            .useExternalResourceAccessControl(
                guard::allowBeforeResolving,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
            .useExternalResourceAccessControl(
                guard::allowAfterResolving, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
            .useHttpStreamImplementation(guard.refusing())
            .useProtocolsStreamImplementation(
                guard.refusing(), "http", "https", "ftp", "jar", "classpath", "jrt")
            .useProtocolsStreamImplementation(guard.files(), "file")
            .withDiagnosticConsumer(d -> note(notes, d));
    fonts.register(builder);
    return builder;
  }

  /** The finished document, compressed, with the cross-reference stream qpdf expects. */
  static void save(PDDocument doc, OutputStream out) throws IOException {
    ByteArrayOutputStream saved = new ByteArrayOutputStream();
    doc.save(saved);
    out.write(XrefSelfEntry.add(saved.toByteArray()));
  }

  /** The guard's warnings, then the renderer's, each once. */
  static List<String> warnings(ResourceGuard guard, Set<String> notes) {
    Set<String> all = new LinkedHashSet<>(guard.warnings());
    synchronized (notes) {
      all.addAll(notes);
    }
    return List.copyOf(all);
  }

  /** Renderer diagnostics worth a person's attention: warnings and worse, each once. */
  static void note(Set<String> notes, Diagnostic d) {
    if (d.getLevel().intValue() < Level.WARNING.intValue() || IGNORED.contains(d.getLogMessageId())) {
      return;
    }
    String text = d.getFormattedMessage();
    if (text != null && !text.isBlank()) {
      add(notes, "renderer: " + text.strip());
    }
  }

  static void add(Set<String> notes, String warning) {
    synchronized (notes) {
      notes.add(warning);
    }
  }

  private static URI directory(URI baseUri) {
    if (!"file".equalsIgnoreCase(baseUri.getScheme())) {
      throw new IllegalArgumentException("base URI must be a file: URI: " + baseUri);
    }
    String s = baseUri.toString();
    if (!s.endsWith("/") && Files.isDirectory(Path.of(baseUri))) {
      return URI.create(s + "/");
    }
    return baseUri;
  }

  /** The innermost message, with the line and column of the XHTML at fault when known. */
  static String message(Throwable e) {
    Throwable t = e;
    SAXParseException at = null;
    while (true) {
      if (t instanceof SAXParseException parse) {
        at = parse;
      }
      if (t.getCause() == null || t.getCause() == t) {
        break;
      }
      t = t.getCause();
    }
    String m = t.getMessage() == null || t.getMessage().isBlank()
        ? t.getClass().getSimpleName()
        : t.getMessage().strip();
    return at != null && at.getLineNumber() > 0
        ? "line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ": " + m
        : m;
  }
}
