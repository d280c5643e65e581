package dev.govern.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a reader of the sample report gets: text, page numbers, outline, metadata, fonts. */
class PdfContentTest {
  private static PDDocument doc;
  private static List<String> pages;

  @BeforeAll
  static void renderOnce() throws Exception {
    doc = Loader.loadPDF(PdfTesting.renderSample().pdf());
    pages = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper();
    for (int i = 1; i <= doc.getNumberOfPages(); i++) {
      stripper.setStartPage(i);
      stripper.setEndPage(i);
      pages.add(stripper.getText(doc));
    }
  }

  @AfterAll
  static void close() throws IOException {
    doc.close();
  }

  @Test
  void accentedTextExtractsExactly() {
    String all = String.join("\n", pages);
    assertThat(all).contains("Zoë Lefèvre-Müller", "Ana Ibáñez", "Søren Kierkegård");
    assertThat(all).doesNotContain("#");
  }

  @Test
  void everyPageSaysPageNOfM() {
    int count = pages.size();
    assertThat(count).isGreaterThan(3);
    for (int i = 0; i < count; i++) {
      assertThat(pages.get(i)).as("page %d", i + 1).contains("Page " + (i + 1) + " of " + count);
    }
  }

  @Test
  void longTableRepeatsItsHeaderOnEveryPage() {
    List<String> tablePages = pages.stream().filter(p -> p.contains("AC-0")).toList();
    assertThat(tablePages).hasSizeGreaterThan(1);
    assertThat(tablePages).allSatisfy(p -> assertThat(p).contains("ID Control Status Owner"));
    String all = String.join("\n", pages);
    assertThat(all).contains("AC-001", "AC-070");
  }

  @Test
  void runningHeaderNamesTheChapter() {
    String tableContinued = pages.stream().filter(p -> p.contains("AC-040")).findFirst().orElseThrow();
    assertThat(tableContinued).contains("2 Controls", "INTERNAL");
  }

  @Test
  void tableOfContentsGivesTheChapterPages() {
    assertThat(tocPage("1 Overview")).isEqualTo(pageOf("This report sets out"));
    assertThat(tocPage("2 Controls")).isEqualTo(pageOf("AC-001"));
    assertThat(tocPage("3 Risk heatmap")).isEqualTo(pageOf("Residual risks by level."));
  }

  @Test
  void outlineHasTheBookmarksNested() {
    List<String> outline = new ArrayList<>();
    walk(doc.getDocumentCatalog().getDocumentOutline(), "", outline);
    assertThat(outline)
        .containsExactly(
            "Contents", "1 Overview", "  1.1 Scope", "    1.1.1 Owners", "2 Controls",
            "3 Risk heatmap");
  }

  @Test
  void chartIsAFigureWithItsAltText() {
    assertThat(PdfTesting.figureAlts(doc))
        .containsExactly("Bar chart: 2 critical, 3 high, 5 medium and 1 low residual risks");
  }

  @Test
  void informationDictionaryHasTheMetadata() {
    PDDocumentInformation info = doc.getDocumentInformation();
    PdfMetadata meta = PdfTesting.META;
    assertThat(info.getTitle()).isEqualTo(meta.title());
    assertThat(info.getAuthor()).isEqualTo(meta.author());
    assertThat(info.getSubject()).isEqualTo(meta.subject());
    assertThat(info.getKeywords()).isEqualTo(meta.keywords());
    assertThat(info.getProducer()).isEqualTo("govern");
    assertThat(info.getCreationDate().toInstant()).isEqualTo(meta.date());
    assertThat(info.getModificationDate().toInstant()).isEqualTo(meta.date());
  }

  @Test
  void xmpAgreesWithTheInformationDictionary() throws IOException {
    String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8");
    assertThat(xmp)
        .contains(
            ">AI Code Generation Governance Report<",
            ">Example Corp.<",
            ">How Example Corp. governs AI-generated code<",
            "<pdf:Keywords>AI, governance, code generation</pdf:Keywords>",
            "<xmp:CreateDate>2026-03-01T09:30:00Z</xmp:CreateDate>",
            "<xmp:ModifyDate>2026-03-01T09:30:00Z</xmp:ModifyDate>",
            "<xmp:MetadataDate>2026-03-01T09:30:00Z</xmp:MetadataDate>",
            "<pdfaid:part>3</pdfaid:part>",
            "<pdfaid:conformance>A</pdfaid:conformance>",
            "<pdfuaid:part>1</pdfuaid:part>");
  }

  @Test
  void catalogSetsLanguageAndShowsTheTitle() {
    assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
    assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
  }

  @Test
  void everyFontIsAnEmbeddedDejaVu() throws IOException {
    List<String> fonts = new ArrayList<>();
    for (PDPage page : doc.getPages()) {
      collectFonts(page.getResources(), fonts);
    }
    assertThat(fonts).isNotEmpty();
    assertThat(fonts).allSatisfy(f -> assertThat(f).matches("[A-Z]{6}\\+DejaVuSans.* embedded"));
  }

  private static void collectFonts(PDResources resources, List<String> out) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      out.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT embedded"));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDFormXObject form) {
        collectFonts(form.getResources(), out);
      }
    }
  }

  private static void walk(PDOutlineNode node, String indent, List<String> out) {
    for (PDOutlineItem item : node.children()) {
      out.add(indent + item.getTitle());
      walk(item, indent + "  ", out);
    }
  }

  /** The 1-based page that first contains {@code text}. */
  private static int pageOf(String text) {
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("no page contains " + text);
  }

  /** The page number the contents page gives for {@code entry}, after the dot leader. */
  private static int tocPage(String entry) {
    String contents = pages.get(pageOf("Contents") - 1);
    Matcher m = Pattern.compile(Pattern.quote(entry) + "[ .]*(\\d+)").matcher(contents);
    assertThat(m.find()).as("contents line for %s in:%n%s", entry, contents).isTrue();
    return Integer.parseInt(m.group(1));
  }
}
