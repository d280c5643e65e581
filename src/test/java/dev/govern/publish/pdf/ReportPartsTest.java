package dev.govern.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** How the print HTML is cut into parts, and what each part is told about the whole. */
class ReportPartsTest {
  private static final String STYLE =
      "@page { @bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); } }\n"
          + "@page :first { @bottom-right { content: none; } }\n"
          + ".toc a::after { content: leader('.') target-counter(attr(href), page); }\n";

  private static String report(String style, String body) {
    return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>T</title>"
        + "<bookmarks><bookmark name=\"One\" href=\"#one\"/></bookmarks>"
        + "<style>" + style + "</style></head><body>"
        + "<p class=\"running\">Running</p>" + body + "</body></html>";
  }

  private static final String BODY =
      "<section id=\"cover\"><h1>Cover</h1><div class=\"toc\"><a href=\"#one\">One</a><a href=\"#two\">Two</a></div>"
          + "</section><section id=\"control\"><p>Control</p></section>"
          + "<section class=\"chapter\" id=\"one\"><h1>One</h1><p>a</p></section>"
          + "<section class=\"chapter\" id=\"two\"><h1>Two</h1><p>b</p><p id=\"deep\">c</p><p>d</p></section>"
          + "<section id=\"tail\"><h1>Tail</h1></section>";

  private static Document doc(String html) throws PdfException {
    return PdfRenderer.parse(html);
  }

  private static List<String> ids(ReportParts parts, int index) {
    return parts.parts().get(index).nodes().stream()
        .filter(Element.class::isInstance).map(n -> ((Element) n).getAttribute("id")).toList();
  }

  @Test
  void aPartBeginsAtEachChapterAndTrailingSectionsStayWithTheirChapter() throws PdfException {
    ReportParts parts = ReportParts.of(doc(report(STYLE, BODY)), ReportParts.PART_WEIGHT);
    assertThat(parts.parts()).hasSize(3);
    assertThat(ids(parts, 0)).containsExactly("cover", "control");
    assertThat(ids(parts, 1)).containsExactly("one");
    assertThat(ids(parts, 2)).containsExactly("two", "tail");
    assertThat(parts.partOf("deep")).isEqualTo(2);
  }

  @Test
  void aChapterHeavierThanAPartIsLeftWholeForTheLayoutToCut() throws PdfException {
    ReportParts parts = ReportParts.of(doc(report(STYLE, BODY)), 20);
    List<ReportParts.Part> heavy = parts.parts().stream().filter(ReportParts::heavy).toList();
    assertThat(heavy).extracting(p -> p.chapter().getAttribute("id")).containsExactly("one", "two");
    assertThat(heavy.get(1).nodes()).filteredOn(Element.class::isInstance)
        .extracting(n -> ((Element) n).getTagName()).containsExactly("h1", "p", "p", "p");
  }

  @Test
  void aRunOfAChapterIsLaidOutInACopyOfItThatOnlyTheFirstRunNamesById() throws PdfException {
    ReportParts parts = ReportParts.of(doc(report(STYLE, BODY)), 20);
    ReportParts.Part two = parts.parts().stream().filter(ReportParts::heavy).toList().get(1);
    ReportParts.Part head = new ReportParts.Part(-1, two.chapter(), two.nodes().subList(0, 2), true);
    ReportParts.Part rest = new ReportParts.Part(-1, two.chapter(), two.nodes().subList(2, 4), false);
    parts.settle(List.of(parts.parts().get(0), head, rest));
    Element first = ReportParts.shell(parts.document(1, null, -1, List.of()));
    Element second = ReportParts.shell(parts.document(2, null, -1, List.of()));
    assertThat(first.getAttribute("id")).isEqualTo("two");
    assertThat(first.getAttribute("class")).isEqualTo("chapter");
    assertThat(second.hasAttribute("id")).isFalse();
    assertThat(second.getAttribute("class")).isEqualTo("chapter");
    assertThat(second.getAttribute("style")).isEqualTo("page-break-before: auto");
    assertThat(second.getTextContent()).isEqualTo("cd");
    assertThat(parts.partOf("two")).isEqualTo(1);
    assertThat(parts.partOf("deep")).isEqualTo(2);
  }

  @Test
  void everyPartGetsTheRunningElementsBeforeTheFirstSection() throws PdfException {
    ReportParts parts = ReportParts.of(doc(report(STYLE, BODY)), ReportParts.PART_WEIGHT);
    Document part = parts.document(2, null, -1, List.of());
    Element body = ReportParts.child(part.getDocumentElement(), "body");
    assertThat(((Element) body.getFirstChild()).getAttribute("class")).isEqualTo("running");
  }

  @Test
  void laterPartsLoseTheFirstPageRuleAndLearnTheTotalPageCount() throws PdfException {
    ReportParts parts = ReportParts.of(doc(report(STYLE, BODY)), ReportParts.PART_WEIGHT);
    String first = parts.rewrite(STYLE, 0, 1822);
    String later = parts.rewrite(STYLE, 1, 1822);
    assertThat(first).contains("@page :first").contains("\" of \" \"1822\"").doesNotContain("counter(pages)");
    assertThat(later).doesNotContain(":first").contains("counter(page)").contains("\"1822\"");
  }

  @Test
  void tableOfContentsNumbersComeFromTheWholeDocument() throws PdfException {
    ReportParts parts = ReportParts.of(doc(report(STYLE, BODY)), ReportParts.PART_WEIGHT);
    Document part = parts.document(0, Map.of("one", 4, "two", 1822), 1900, List.of());
    String carrier = parts.counters().get(0).carrier();
    List<Element> links = links(part);
    assertThat(links).extracting(a -> a.getAttribute(carrier)).containsExactly("4", "1822");
    assertThat(css(part)).contains("attr(" + carrier + ")").doesNotContain("target-counter");
  }

  @Test
  void pageNumbersFollowTheListStyleTheCssAsksFor() {
    assertThat(ReportParts.format("lower-roman", 14)).isEqualTo("xiv");
    assertThat(ReportParts.format("decimal", 1822)).isEqualTo("1822");
  }

  @Test
  void linksToAnotherPartAreMarkedForTheJoinerAndLinksWithinAPartAreLeft() throws PdfException {
    String body = BODY.replace("<p>b</p>", "<p><a href=\"#deep\">in part</a><a href=\"#one\">back</a></p>");
    ReportParts parts = ReportParts.of(doc(report(STYLE, body)), ReportParts.PART_WEIGHT);
    List<Element> links = links(parts.document(2, null, -1, List.of()));
    assertThat(links).extracting(a -> a.getAttribute("href"))
        .containsExactly("#deep", ReportParts.PART_LINK + "one");
    assertThat(parts.linkTargets()).containsEntry(1, java.util.Set.of("one")).containsEntry(2, java.util.Set.of("two"));
  }

  @Test
  void idsWithCharactersOutsideUriSyntaxSurviveTheRoundTrip() throws PdfException {
    String body = BODY.replace("id=\"one\"", "id=\"ein ü\"").replace("href=\"#one\"", "href=\"#ein ü\"");
    ReportParts parts = ReportParts.of(doc(report(STYLE, body)), ReportParts.PART_WEIGHT);
    String href = links(parts.document(0, null, -1, List.of())).get(0).getAttribute("href");
    assertThat(ReportParts.decode(href.substring(ReportParts.PART_LINK.length()))).isEqualTo("ein ü");
  }

  @Test
  void aPartAfterTheFirstDoesNotBreakBeforeItsFirstChapter() throws PdfException {
    ReportParts parts = ReportParts.of(doc(report(STYLE, BODY)), ReportParts.PART_WEIGHT);
    Document part = parts.document(1, null, -1, List.of());
    Element body = ReportParts.child(part.getDocumentElement(), "body");
    assertThat(body.getAttribute("style")).contains("margin-top: 0");
    Element chapter = (Element) body.getElementsByTagNameNS("*", "section").item(0);
    assertThat(chapter.getAttribute("style")).isEqualTo("page-break-before: auto");
  }

  @Test
  void documentsThatCarryStateAcrossPagesAreRenderedWhole() throws PdfException {
    assertThat(ReportParts.unsuitable(doc(report(STYLE, BODY)))).isEmpty();
    assertThat(ReportParts.unsuitable(doc(report(STYLE + "h2 { counter-increment: h2; }", BODY))))
        .contains("its CSS uses counter-increment");
    assertThat(ReportParts.unsuitable(doc(report(STYLE + "@page :left { margin-left: 3cm; }", BODY)))).isPresent();
    assertThat(ReportParts.unsuitable(doc(report(STYLE + ".t { string-set: title content(); }", BODY)))).isPresent();
    assertThat(ReportParts.unsuitable(doc(report(STYLE, BODY.replace("class=\"chapter\"", "class=\"c\""))))).isPresent();
    assertThat(ReportParts.unsuitable(doc(report(STYLE, BODY).replace("<title>T</title>",
        "<title>T</title><link rel=\"stylesheet\" href=\"x.css\"/>")))).contains("a linked stylesheet");
    assertThat(ReportParts.unsuitable(doc(report(STYLE, "<bookmarks/>" + BODY)))).contains("bookmarks in the body");
  }

  @Test
  void onlyLargeReportsAreRenderedInPartsByDefault() {
    assertThat(PdfRenderer.Split.AUTO.inParts("x".repeat(PartsRenderer.FROM_CHARS - 1))).isFalse();
    assertThat(PdfRenderer.Split.AUTO.inParts("x".repeat(PartsRenderer.FROM_CHARS))).isTrue();
    assertThat(PdfRenderer.Split.NEVER.inParts("x".repeat(PartsRenderer.FROM_CHARS))).isFalse();
    assertThat(PdfRenderer.Split.ALWAYS.inParts("x")).isTrue();
  }

  private static List<Element> links(Document part) {
    var nodes = part.getElementsByTagNameNS("*", "a");
    List<Element> out = new java.util.ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  private static String css(Document part) {
    return part.getElementsByTagNameNS("*", "style").item(0).getTextContent();
  }
}
