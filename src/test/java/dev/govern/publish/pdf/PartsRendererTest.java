package dev.govern.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.analysis.Analysis;
import dev.govern.analysis.AsOf;
import dev.govern.model.Governance;
import dev.govern.render.ChangeHistory;
import dev.govern.render.RenderException;
import dev.govern.render.ReportRenderer;
import dev.govern.render.SiteCharts;
import dev.govern.render.SiteFixture;
import dev.govern.render.SiteInfo;
import dev.govern.render.Templates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.w3c.dom.Document;

/**
 * The shipped report rendered in parts and joined, against the same report rendered whole: cut at
 * its chapters only, and cut into many small parts (chapters cut between their elements too).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartsRendererTest {
  /** Small enough that the control catalogue and the risk register are cut into several parts. */
  private static final long SMALL_PARTS = 12_000;

  private Path root;
  private String xhtml;
  private byte[] whole;
  private byte[] chapters;
  private byte[] cut;
  private int cutParts;

  @BeforeAll
  void render(@TempDir Path dir) throws IOException, PdfException, RenderException {
    root = dir;
    SiteFixture.Site site = SiteFixture.site(SiteFixture.SHIPPED, dir);
    Governance g = site.governance();
    Analysis a = site.analysis();
    SiteInfo info = new SiteInfo(new AsOf(LocalDate.parse(SiteFixture.AS_OF), "--as-of"), g.document().version(),
        null, false, "governance-report.pdf");
    SiteCharts charts = SiteCharts.start(g, a, ChangeHistory.none());
    charts.await();
    xhtml = new ReportRenderer(Templates.create(dir.resolve("templates")), dir.resolve("templates"))
        .render(g, a, info, FontSet.bundled().cssFontFamily(), ChangeHistory.none(), charts);
    ByteArrayOutputStream w = new ByteArrayOutputStream();
    PdfRenderer.render(xhtml, root.toUri(), root, FontSet.bundled(), PdfTesting.META, Map.of(), List.of(), w,
        PdfRenderer.Split.NEVER);
    whole = w.toByteArray();
    chapters = parts(ReportParts.PART_WEIGHT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    cutParts = PartsRenderer.render(xhtml, PdfRenderer.parse(xhtml), root.toUri(), root.toRealPath(),
        FontSet.bundled(), PdfTesting.META, Map.of(), List.of(), out, 2, SMALL_PARTS).parts();
    cut = out.toByteArray();
  }

  private byte[] parts(long weight) throws IOException, PdfException {
    return parts(weight, 2);
  }

  private byte[] parts(long weight, int threads) throws IOException, PdfException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PartsRenderer.render(xhtml, PdfRenderer.parse(xhtml), root.toUri(), root.toRealPath(), FontSet.bundled(),
        PdfTesting.META, Map.of(), List.of(), out, threads, weight);
    return out.toByteArray();
  }

  @Test
  void theReportIsCutInsideItsChaptersIntoManyParts() throws PdfException {
    List<ReportParts.Part> proposed = ReportParts.of(PdfRenderer.parse(xhtml), SMALL_PARTS).parts();
    assertThat(proposed.stream().filter(ReportParts::heavy).count()).isGreaterThanOrEqualTo(3);
    assertThat(cutParts).isGreaterThan(proposed.size() + 3);
  }

  @Test
  void joinedReportConformsToPdfA3a() {
    assertThat(PdfTesting.veraPdfFailures(cut, PDFAFlavour.PDFA_3_A)).isEmpty();
  }

  @Test
  void joinedReportConformsToPdfUa1() {
    assertThat(PdfTesting.veraPdfFailures(cut, PDFAFlavour.PDFUA_1)).isEmpty();
  }

  @Test
  void qpdfFindsNothingToWarnAboutInTheJoinedFile(@TempDir Path dir) throws Exception {
    // A joined document leaves gaps in its object numbers: its xref stream's index has many runs.
    assertThat(PdfTesting.qpdfCheck(cut, dir)).doesNotContainIgnoringCase("warning");
  }

  @Test
  void partsCutAtChaptersGiveTheWholeDocumentsPages() throws IOException {
    assertThat(pages(chapters)).isEqualTo(pages(whole));
  }

  @Test
  void partsCutInsideChaptersGiveTheWholeDocumentsPages() throws IOException {
    // A cut where the whole document breaks the page anyway: no page ends early, and tables,
    // KPI blocks (a floated text beside a chart), lists and headings at a part's edge are drawn
    // as the whole document draws them.
    assertThat(pages(cut)).isEqualTo(pages(whole));
  }

  @Test
  void textExtractsInTheWholeDocumentsOrder() throws IOException {
    assertThat(lines(chapters)).isEqualTo(lines(whole));
    assertThat(lines(cut)).isEqualTo(lines(whole));
  }

  @Test
  void structureTreeReadsInTheWholeDocumentsOrder() throws IOException {
    List<String> reading = PdfTesting.readingOrder(whole);
    assertThat(reading).hasSizeGreaterThan(500);
    assertThat(PdfTesting.readingOrder(chapters)).isEqualTo(reading);
    assertThat(PdfTesting.readingOrder(cut)).isEqualTo(reading);
  }

  @Test
  void everyPageButTheCoverSaysWhichOfHowManyItIs() throws IOException {
    List<String> pages = pages(cut);
    for (int i = 1; i < pages.size(); i++) {
      assertThat(pages.get(i)).as("page %d", i + 1).contains("Page " + (i + 1) + " of " + pages.size());
    }
    assertThat(pages.get(0)).doesNotContain("Page 1 of");
  }

  @Test
  void tableOfContentsNumbersAreThePagesTheirEntriesStartOn() throws IOException {
    List<String> pages = pages(cut);
    Matcher m = Pattern.compile("(?m)^(\\S.*?) ?\\.{3,}\\s*(\\d+)$").matcher(pages.get(1) + pages.get(2));
    int entries = 0;
    while (m.find()) {
      String title = m.group(1).strip().replaceFirst("^(\\d+|Appendix [A-Z]) ", "");
      assertThat(pages.get(Integer.parseInt(m.group(2)) - 1)).as("'%s' on page %s", m.group(1), m.group(2))
          .contains(title);
      entries++;
    }
    assertThat(entries).isGreaterThan(10);
  }

  @Test
  void outlineIsTheWholeDocumentsAndEachEntryLeadsToItsHeading() throws IOException {
    List<String> cutOutline = outline(cut, true);
    assertThat(outline(cut, false)).isEqualTo(outline(whole, false));
    assertThat(outline(chapters, true)).isEqualTo(outline(whole, true));
    List<String> pages = pages(cut);
    for (String entry : cutOutline) {
      String[] f = entry.split("\t");
      String id = f[1].strip().split(" ")[0];
      assertThat(pages.get(Integer.parseInt(f[2]))).as(entry).contains(id);
    }
  }

  @Test
  void linksBetweenPartsLeadToTheirTargetsWithinTheFile() throws IOException {
    try (PDDocument doc = Loader.loadPDF(cut)) {
      PDFTextStripper text = new PDFTextStripper();
      int checked = 0;
      for (PDPage page : doc.getPages()) {
        for (PDAnnotation a : page.getAnnotations()) {
          if (a instanceof PDAnnotationLink link) {
            if (link.getAction() instanceof PDActionURI uri) {
              assertThat(uri.getURI()).doesNotStartWith(ReportParts.PART_LINK);
            }
            if (link.getAction() instanceof PDActionGoTo go && go.getDestination() instanceof PDPageDestination d) {
              int target = doc.getPages().indexOf(d.getPage());
              text.setStartPage(target + 1);
              text.setEndPage(target + 1);
              String title = link.getContents().replaceFirst("^(\\d+|Appendix [A-Z]) ", "");
              assertThat(text.getText(doc)).as(link.getContents()).contains(title);
              checked++;
            }
          }
        }
      }
      assertThat(checked).isGreaterThan(10);
    }
  }

  @Test
  void oneDocumentElementHoldsTheWholeStructureTree() throws IOException {
    try (PDDocument doc = Loader.loadPDF(cut)) {
      COSDictionary top = (COSDictionary) doc.getDocumentCatalog().getStructureTreeRoot().getK();
      assertThat(top.getCOSName(COSName.S)).isEqualTo(COSName.DOCUMENT);
      COSArray kids = top.getCOSArray(COSName.K);
      for (int i = 0; i < kids.size(); i++) {
        assertThat(((COSDictionary) kids.getObject(i)).getCOSName(COSName.S)).isNotEqualTo(COSName.PART);
      }
    }
  }

  @Test
  void catalogueMarksTheReportTaggedAsTheWholeDocumentDoes() throws IOException {
    try (PDDocument joined = Loader.loadPDF(cut); PDDocument one = Loader.loadPDF(whole)) {
      assertThat(joined.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.MARK_INFO).toString())
          .isEqualTo(one.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.MARK_INFO).toString());
    }
  }

  @Test
  void theReportIsParsedWithEveryNodeMadeBeforeThreadsReadIt() throws PdfException {
    // The JDK's parser otherwise makes a node when it is first read (its "deferred" DOM), from
    // buffers it shares: made by two threads at once, a text could come out null.
    assertThat(PdfRenderer.parse(xhtml).getClass().getName()).doesNotContainIgnoringCase("deferred");
  }

  @Test
  void partsAreCutFromTheReportTheSameWhenThreadsCutThemAtOnce() throws Exception {
    // A freshly parsed report each round, with the state a parser leaves in it: the threads
    // that lay parts out read the one report at the same time.
    ReportParts reference = ReportParts.of(PdfRenderer.parse(xhtml), SMALL_PARTS);
    List<String> expected = new ArrayList<>();
    for (ReportParts.Part p : reference.parts()) {
      expected.add(serialize(reference.document(p, null, -1, List.of())) + reference.ids(p));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 5; round++) {
        ReportParts parts = ReportParts.of(PdfRenderer.parse(xhtml), SMALL_PARTS);
        List<Future<String>> made = new ArrayList<>();
        for (int copy = 0; copy < 4; copy++) {
          for (ReportParts.Part p : parts.parts()) {
            made.add(pool.submit(() -> serialize(parts.document(p, null, -1, List.of())) + parts.ids(p)));
          }
        }
        for (int i = 0; i < made.size(); i++) {
          assertThat(made.get(i).get()).isEqualTo(expected.get(i % expected.size()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String serialize(Document doc) throws Exception {
    StringWriter out = new StringWriter();
    TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
    return out.toString();
  }

  @Test
  void sameInputGivesTheSameBytesWhateverTheThreads() throws IOException, PdfException {
    assertThat(parts(SMALL_PARTS, 1)).isEqualTo(cut);
  }

  private static List<String> pages(byte[] pdf) throws IOException {
    return PdfTesting.pageTexts(pdf);
  }

  /**
   * The text's lines in the order the pages draw them (sorting by position off), without running
   * headers, footers, empty lines and the contents' page numbers (checked on their own).
   */
  private static List<String> lines(byte[] pdf) throws IOException {
    List<String> pages = pages(pdf);
    List<String> running = pages.get(1).lines().limit(2).toList();
    List<String> out = new ArrayList<>();
    for (String page : pages) {
      // A space and a no-break space share a glyph; which one a font subset's ToUnicode names
      // depends on which came first in that document, so a part may read back the other.
      page.replace('\u00a0', ' ').lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !running.contains(l) && !l.matches(".*Page \\d+ of \\d+"))
          .map(l -> l.replaceFirst("\\s*\\.{3,}\\s*\\d+$", ""))
          .forEach(out::add);
    }
    return out;
  }

  /** The outline, entry by entry: depth, title and (when asked) the page it leads to. */
  private static List<String> outline(byte[] pdf, boolean withPages) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> out = new ArrayList<>();
      walk(doc, doc.getDocumentCatalog().getDocumentOutline(), 0, withPages, out);
      return out;
    }
  }

  private static void walk(PDDocument doc, PDOutlineNode node, int depth, boolean withPages, List<String> out)
      throws IOException {
    for (PDOutlineItem item : node.children()) {
      PDPageDestination d = (PDPageDestination) item.getDestination();
      out.add(depth + "\t" + item.getTitle() + (withPages ? "\t" + doc.getPages().indexOf(d.getPage()) : ""));
      walk(doc, item, depth + 1, withPages, out);
    }
  }
}
