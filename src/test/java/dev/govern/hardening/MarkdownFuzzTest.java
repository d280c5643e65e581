package dev.govern.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.govern.render.Markdown;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Fuzzes Markdown rendering (issue 6, "A fuzzer"): for any text, {@link Markdown#toHtml(String, int)}
 * returns without throwing, its output is well-formed XML inside a {@code <div>} (the PDF renderer
 * reads it as XHTML), and it never holds live script: no {@code <script>}, no {@code on*} attribute,
 * no {@code href} or {@code src} with a {@code javascript:}, {@code data:}, {@code vbscript:} or
 * {@code file:} scheme as a browser would read it.
 *
 * <p>In a normal test run the seeds in {@code MarkdownFuzzTestInputs/toHtml/} are replayed; see the
 * README for fuzzing for real.
 */
class MarkdownFuzzTest {
  private static final List<String> DANGEROUS = List.of("javascript:", "data:", "vbscript:", "file:");
  private static final DocumentBuilder XML = xmlParser();

  @FuzzTest(maxDuration = "20m")
  void toHtml(FuzzedDataProvider data) throws IOException {
    int offset = data.consumeInt(0, 2);
    String markdown = data.consumeRemainingAsString();

    String html = Markdown.toHtml(markdown, offset);

    assertWellFormed(html);
    assertNoLiveScript(Jsoup.parseBodyFragment(html));
  }

  static void assertWellFormed(String html) throws IOException {
    try {
      XML.parse(new InputSource(new StringReader("<div>" + html + "</div>")));
    } catch (SAXException e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + html, e);
    }
  }

  static void assertNoLiveScript(Document doc) {
    assertThat(doc.select("script, iframe, object, embed, base, form, meta, style, link")).isEmpty();
    for (Element el : doc.getAllElements()) {
      for (Attribute a : el.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        assertThat(key).as("event handler on %s", el.tagName()).doesNotStartWith("on");
        if (key.equals("href") || key.equals("src") || key.endsWith(":href") || key.equals("srcset")
            || key.equals("action") || key.equals("formaction") || key.equals("poster")) {
          assertThat(DANGEROUS).as("%s=\"%s\"", key, a.getValue()).doesNotContain(CorpusTest.schemeOf(a.getValue()));
        }
      }
    }
  }

  /** A namespace-unaware parser that reads no DTD and resolves no entity, and throws on the first error. */
  private static DocumentBuilder xmlParser() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      return b;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }
}
