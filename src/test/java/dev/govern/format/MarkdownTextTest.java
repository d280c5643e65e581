package dev.govern.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Data in a pull-request comment, rendered as GitHub would (CommonMark, tables, GFM autolinks): no
 * link, image, HTML, mention or issue reference comes alive, and the text still reads the same.
 */
class MarkdownTextTest {
  /** What GitHub turns into a notification or a cross-reference when it sees it in text. */
  static final Pattern LIVE_REFERENCE = Pattern.compile("(^|[^\\w`])(@[A-Za-z0-9]|#\\d)");

  private static final Parser PARSER = Parser.builder(new MutableDataSet()
      .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create()))).build();

  @ParameterizedTest
  @ValueSource(strings = {
      "![pixel](https://tracker.example/p.gif)",
      "[click here](https://phish.example/login)",
      "<https://phish.example> and <a href=\"https://x.example\">x</a> and <img src=x onerror=alert(1)>",
      "see https://phish.example/login or www.phish.example or ftp://files.example",
      "mail ceo@example.com or mailto:ceo@example.com",
      "ping @security-team and @octocat, fixes #123 and GH-7",
      "[ref]: https://phish.example\n[text][ref]",
      "`code` **bold** _em_ ~~strike~~ | pipe | \\ backslash",
      "&lt;script&gt; &#106;avascript: &amp;",
      "line one\nline two\r\n<script>alert(1)</script>"})
  void nothingFromTheDataComesAliveInATableCell(String value) {
    Node doc = PARSER.parse("| a | b |\n|---|---|\n| " + MarkdownText.inline(value) + " | x |\n");

    assertThat(live(doc)).isEmpty();
    assertThat(cells(doc)).hasSize(6);
    assertThat(LIVE_REFERENCE.matcher(text(doc)).find()).isFalse();
  }

  @Test
  void theTextReadsTheSame() {
    Node doc = PARSER.parse(MarkdownText.inline("Owner: @sec-team <ops> [x](y) 50% www.a.example"));

    assertThat(doc.getChars().toString()).isNotEmpty();
    assertThat(text(doc).replace("\u200b", ""))
        .isEqualTo("Owner: @sec-team <ops> [x](y) 50% www.a.example");
  }

  private static List<Node> live(Node doc) {
    List<Node> found = new ArrayList<>();
    walk(doc, n -> {
      if (n instanceof Link || n instanceof Image || n instanceof AutoLink || n instanceof MailLink
          || n instanceof LinkRef || n instanceof ImageRef || n instanceof HtmlInline || n instanceof HtmlBlock) {
        found.add(n);
      }
    });
    return found;
  }

  private static List<Node> cells(Node doc) {
    List<Node> found = new ArrayList<>();
    walk(doc, n -> {
      if (n instanceof TableCell) {
        found.add(n);
      }
    });
    return found;
  }

  /** The text a reader sees (and GitHub's mention and reference filters read): text and entities, decoded. */
  private static String text(Node doc) {
    StringBuilder sb = new StringBuilder();
    walk(doc, n -> {
      if (n instanceof Text || n instanceof HtmlEntity) {
        sb.append(n.getChars().unescape());
      }
    });
    return sb.toString();
  }

  private static void walk(Node node, java.util.function.Consumer<Node> visit) {
    visit.accept(node);
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      walk(c, visit);
    }
  }
}
