package dev.govern.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a part does at its end that one document does not: a chapter whose content ends at the
 * foot of a page ends a part there, where the whole document's next chapter breaks the page
 * anyway. What trails the content — its last element's bottom margin, a margin collapsed up from
 * deep inside it, the body's bottom padding and margin — must not add a page the whole document
 * does not have, whether the chapter is a part of its own or cut into several; what is content,
 * such as the chapter's own padding, must keep the page it takes.
 */
class PartsEdgesTest {
  @TempDir Path root;

  /**
   * A4 with these margins leaves 255 mm for content. Every box has an exact height, so a
   * chapter's content ends 1 mm above the page's bottom edge and what trails it reaches past.
   */
  private static final String STYLE = "<style>@page { size: A4; margin: 22mm 17mm 20mm 17mm; }"
      + " body { font-size: 8pt; line-height: 1; }"
      + " section.chapter { page-break-before: always; }"
      + " .block { height: 200mm; page-break-inside: avoid; }"
      + " .fill { height: 234mm; page-break-inside: avoid; }"
      + " .tail { height: 20mm; }"
      + " .keep { page-break-inside: avoid; }"
      + " table { width: 100%%; border-collapse: collapse; margin: 0 0 3mm; -fs-table-paginate: paginate; }"
      + " tr { page-break-inside: avoid; } td { height: 10mm; padding: 0; }"
      + " %s</style>";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the last element's bottom margin                   | <div class="tail" style="margin-bottom: 12mm">t</div> |
      a margin collapsed up from deep inside             | <div><div><p class="tail" style="margin: 0 0 12mm">t</p></div></div> |
      a paginated table's margin in a block kept whole   | <div class="keep"><table><tbody><tr><td>a</td></tr><tr><td>b</td></tr></tbody></table></div> |
      the body's bottom padding                          | <div class="tail">t</div> | body { padding-bottom: 12mm; }
      nothing: the page is exactly full                  | <div class="tail" style="height: 21mm">t</div> |
      the chapter's own bottom padding, which is content | <div class="tail">t</div> | section.chapter { padding-bottom: 12mm; }
      """)
  void aChapterEndingAtTheFootOfAPageHasThePagesOfTheWholeDocument(String what, String tail, String css)
      throws IOException, PdfException {
    StringBuilder body = new StringBuilder("<section class=\"cover\"><p>Cover</p></section>");
    for (String chapter : List.of("One", "Two", "Three")) {
      body.append("<section class=\"chapter\">");
      for (int i = 1; i <= 3; i++) {
        body.append("<div class=\"block\">").append(chapter).append(" block ").append(i).append("</div>");
      }
      body.append("<div class=\"fill\">").append(chapter).append(" fill</div>").append(tail).append("</section>");
    }
    String xhtml = PdfTesting.page(STYLE.formatted(css == null ? "" : css), body.toString());

    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    PdfRenderer.render(xhtml, root.toUri(), root, FontSet.bundled(), PdfTesting.META, Map.of(), List.of(), whole,
        PdfRenderer.Split.NEVER);
    List<String> expected = pages(whole.toByteArray());
    assertThat(expected).as("the whole document's pages").hasSizeGreaterThanOrEqualTo(1 + 3 * 4);

    // Cut at the chapters only, and inside them too (parts of two or three boxes).
    for (long weight : new long[] {ReportParts.PART_WEIGHT, 120}) {
      ByteArrayOutputStream parts = new ByteArrayOutputStream();
      int made = PartsRenderer.render(xhtml, PdfRenderer.parse(xhtml), root.toUri(), root.toRealPath(),
          FontSet.bundled(), PdfTesting.META, Map.of(), List.of(), parts, 2, weight).parts();
      assertThat(made).isGreaterThanOrEqualTo(weight == 120 ? 7 : 4);
      assertThat(pages(parts.toByteArray())).as("%s, parts of %,d characters", what, weight).isEqualTo(expected);
    }
  }

  private static List<String> pages(byte[] pdf) throws IOException {
    return PdfTesting.pageTexts(pdf).stream().map(String::strip).toList();
  }
}
