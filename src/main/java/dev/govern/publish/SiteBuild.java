package dev.govern.publish;

import dev.govern.analysis.Analysis;
import dev.govern.analysis.AsOf;
import dev.govern.model.Governance;
import dev.govern.publish.pdf.FontSet;
import dev.govern.publish.pdf.PdfException;
import dev.govern.publish.pdf.PdfSigner;
import dev.govern.publish.pdf.PdfMetadata;
import dev.govern.publish.pdf.PdfRenderer;
import dev.govern.provenance.DataSnapshot;
import dev.govern.provenance.Provenance;
import dev.govern.render.ChangeHistory;
import dev.govern.render.RenderException;
import dev.govern.render.ReportRenderer;
import dev.govern.render.SiteCharts;
import dev.govern.render.SiteInfo;
import dev.govern.render.SiteRenderer;
import dev.govern.render.Templates;
import dev.govern.render.TextFields;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A whole build: the analysis, the site pages, and the print HTML with its PDF, rendered side by
 * side from the same analysis and published together.
 */
public final class SiteBuild {
  public static final String PDF_NAME = "governance-report.pdf";
  public static final String PRINT_NAME = "print.html";

  /**
   * @param root the governance repo root: templates/ and extra fonts are read from there only
   * @param pdfDate the PDF's creation date (SOURCE_DATE_EPOCH or the last commit), never the clock;
   *     also the signing time of a signed PDF
   * @param signer signs the PDF when present; null for an unsigned PDF
   */
  public record Options(Path root, Path dataDir, Path out, boolean pdf, AsOf asOf, String commit, boolean dirty,
      Instant pdfDate, ChangeHistory history, Provenance provenance, DataSnapshot data, PdfSigner signer) {

    /** Options for an unsigned PDF. */
    public Options(Path root, Path dataDir, Path out, boolean pdf, AsOf asOf, String commit, boolean dirty,
        Instant pdfDate, ChangeHistory history, Provenance provenance, DataSnapshot data) {
      this(root, dataDir, out, pdf, asOf, commit, dirty, pdfDate, history, provenance, data, null);
    }

    /** Options without provenance: the PDF then carries no attachments and states no data digest. */
    public Options(Path root, Path dataDir, Path out, boolean pdf, AsOf asOf, String commit, boolean dirty,
        Instant pdfDate, ChangeHistory history) {
      this(root, dataDir, out, pdf, asOf, commit, dirty, pdfDate, history, null, null);
    }
  }

  /** What was built: page count and warnings for the person running the build. */
  public record Result(int pages, boolean pdf, List<String> warnings) {}

  private SiteBuild() {}

  public static Result run(Governance g, Options o) throws RenderException, PublishException {
    Path templatesDir = o.root().resolve("templates");
    List<Path> guarded = List.of(o.dataDir(), templatesDir);
    SitePublisher.checkOutput(o.out(), guarded);
    confine(templatesDir, o.root());
    Templates templates;
    try {
      templates = Templates.create(templatesDir);
    } catch (IOException e) {
      throw new RenderException("cannot read templates/: " + e.getMessage(), e);
    }
    Analysis analysis = Analysis.of(g, o.asOf().date());
    SiteInfo info = new SiteInfo(o.asOf(), g.document().version(), o.commit(), o.dirty(), o.pdf() ? PDF_NAME : null,
        o.provenance());
    List<String> warnings = new ArrayList<>();

    // The charts are drawn while the pages that show none render, and the report loads its fonts.
    SiteCharts charts = SiteCharts.start(g, analysis, o.history());
    CompletableFuture<byte[][]> report = o.pdf()
        ? CompletableFuture.supplyAsync(() -> report(g, analysis, info, templates, o, charts, warnings))
        : CompletableFuture.completedFuture(null);
    Map<String, byte[]> files;
    try {
      files = new SiteRenderer(templates, templatesDir).render(g, analysis, info, o.history(), charts);
    } catch (RenderException e) {
      charts.await(); // a page that read a chart that could not be drawn: report the chart
      throw e;
    }
    charts.await();
    byte[][] printAndPdf;
    try {
      printAndPdf = report.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof ReportFailure f) {
        if (f.exception instanceof RenderException re) {
          throw re;
        }
        throw (PublishException) f.exception;
      }
      throw e;
    }
    if (printAndPdf != null) {
      files.put(PRINT_NAME, printAndPdf[0]);
      files.put(PDF_NAME, o.signer() == null ? printAndPdf[1] : signed(printAndPdf[1], o, warnings));
    }
    SitePublisher.publish(o.out(), guarded, files, SitePublisher.Checkpoint.NONE);
    int pages = (int) files.keySet().stream().filter(f -> f.endsWith(".html") && !f.equals(PRINT_NAME)).count();
    return new Result(pages, o.pdf(), List.copyOf(warnings));
  }

  /**
   * The PDF alone, exactly as {@link #run} makes it for the same governance and options (nothing is
   * published): {@code govern verify} compares a received report with it.
   */
  public static byte[] pdf(Governance g, Options o) throws RenderException, PublishException {
    Templates templates;
    try {
      templates = Templates.create(o.root().resolve("templates"));
    } catch (IOException e) {
      throw new RenderException("cannot read templates/: " + e.getMessage(), e);
    }
    Analysis analysis = Analysis.of(g, o.asOf().date());
    SiteInfo info = new SiteInfo(o.asOf(), g.document().version(), o.commit(), o.dirty(), PDF_NAME, o.provenance());
    SiteCharts charts = SiteCharts.start(g, analysis, o.history());
    try {
      return report(g, analysis, info, templates, o, charts, new ArrayList<>())[1];
    } catch (ReportFailure f) {
      if (f.exception instanceof RenderException re) {
        throw re;
      }
      throw (PublishException) f.exception;
    } finally {
      charts.await();
    }
  }

  /** The PDF signed at the report's date, so that a signed report is as reproducible as an unsigned one. */
  private static byte[] signed(byte[] pdf, Options o, List<String> warnings) throws PublishException {
    String validity = o.signer().validityProblem(o.pdfDate());
    if (validity != null) {
      warnings.add("PDF signature: " + validity);
    }
    try {
      return o.signer().sign(pdf, o.pdfDate());
    } catch (PdfException e) {
      throw new PublishException("PDF signature: " + e.getMessage(), e);
    }
  }

  /**
   * The repo's templates/ must lie inside the repo: a templates/ that links elsewhere would make
   * files from outside the repo into pages and assets. Links inside the repo are fine. {@code govern
   * serve} holds its templates to the same rule.
   */
  public static void confine(Path templatesDir, Path root) throws RenderException {
    if (!java.nio.file.Files.exists(templatesDir)) {
      return;
    }
    try {
      if (!templatesDir.toRealPath().startsWith(root.toRealPath())) {
        throw new RenderException("templates/ links to a folder outside the governance repository; copy the"
            + " templates into the repository instead");
      }
    } catch (IOException e) {
      throw new RenderException("cannot read templates/: " + e.getMessage(), e);
    }
  }

  /** Carries a checked failure out of the report thread. */
  private static final class ReportFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** A {@link RenderException} or a {@link PublishException}. */
    final transient Exception exception;

    ReportFailure(Exception exception) {
      super(exception.getMessage(), exception, false, false);
      this.exception = exception;
    }
  }

  private static byte[][] report(Governance g, Analysis a, SiteInfo info, Templates templates, Options o,
      SiteCharts charts, List<String> warnings) {
    try {
      Report r = report(g, a, info, templates, o, charts);
      synchronized (warnings) {
        warnings.addAll(r.warnings());
      }
      return new byte[][] {r.printHtml(), r.pdf()};
    } catch (RenderException | PublishException e) {
      throw new ReportFailure(e);
    }
  }

  /** The print HTML, the PDF made from it, and warnings for the person who asked for it. */
  public record Report(byte[] printHtml, byte[] pdf, List<String> warnings) {
    public Report {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * The report alone, from the same analysis and charts as the site: what a build publishes beside
   * the pages, and what {@code govern serve} makes when the PDF is asked for.
   *
   * <p>Of the options, the report reads the root (extra fonts and images are read from there only),
   * the data folder, the PDF's date, the history, and the provenance with its data snapshot (the
   * PDF's attachments); where to publish and whether to make a PDF at all are the caller's.
   */
  public static Report report(Governance g, Analysis a, SiteInfo info, Templates templates, Options o,
      SiteCharts charts) throws RenderException, PublishException {
    try {
      FontSet fonts;
      try {
        fonts = FontSet.load(o.root(), g.report().fonts().stream().map(Path::of).toList());
      } catch (PdfException e) {
        throw new PublishException("report.fonts in governance.yaml: " + e.getMessage(), e);
      }
      List<String> warnings = new ArrayList<>();
      TextFields.walk(g, (field, text) -> {
        String missing = fonts.missing(text);
        if (!missing.isEmpty()) {
          warnings.add("PDF: " + field + ": '" + shorten(text) + "' has characters no configured font can draw: '"
              + missing + "' (add a font for them under report.fonts in governance.yaml)");
        }
      });
      charts.await();
      String xhtml = new ReportRenderer(templates, o.root().resolve("templates")).render(g, a, info, fonts.cssFontFamily(), o.history(), charts);
      PdfMetadata meta = new PdfMetadata(ReportRenderer.title(g) + " — " + g.organization().name(),
          g.document().owner() != null ? g.document().owner() : g.organization().name(),
          g.document().title() + " for " + g.organization().name() + ", as of " + info.asOf().date(),
          "AI governance, AI code generation, controls, risk register, maturity, " + g.document().classification(),
          "en", o.pdfDate());
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      Provenance p = o.provenance();
      if (p == null || o.data() == null) {
        warnings.addAll(PdfRenderer.render(xhtml, o.root().toUri(), o.root(), fonts, meta, pdf));
      } else {
        warnings.addAll(PdfRenderer.render(xhtml, o.root().toUri(), o.root(), fonts, meta, p.properties(),
            ReportAttachments.of(g, a, p, o.data(), o.dataDir()), pdf));
      }
      return new Report(xhtml.getBytes(StandardCharsets.UTF_8), pdf.toByteArray(), warnings);
    } catch (PdfException | IOException e) {
      throw new PublishException("PDF: " + e.getMessage(), e);
    }
  }

  private static String shorten(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
  }
}
