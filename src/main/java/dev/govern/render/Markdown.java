package dev.govern.render;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to HTML with flexmark, safe for untrusted text: raw HTML is escaped (shown, never
 * interpreted), and a link or image keeps its target only when {@link SafeUrl} allows it.
 * The output is well-formed XML as well as HTML, so the PDF renderer can read it too.
 */
public final class Markdown {
  private static final Pattern HEADING = Pattern.compile("<(/?)h([1-6])([ >])");
  /** The references XML knows without a DTD: five names and numbers. */
  private static final Pattern XML_REFERENCE =
      Pattern.compile("&(?:amp|lt|gt|quot|apos|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));");
  private static final Parser PARSER;
  /** The same without tables, for text the tables extension cannot parse. */
  private static final Parser PARSER_WITHOUT_TABLES;
  private static final HtmlRenderer RENDERER;
  /**
   * Where the images of the document being rendered are published: maps an image's URL as written
   * to the {@code src} to give it, or to null to show its alt text instead. Set on each document, as
   * the renderer is shared by all threads.
   */
  private static final DataKey<UnaryOperator<String>> IMAGE_SOURCES = new DataKey<>("GOVERN_IMAGE_SOURCES",
      UnaryOperator.identity());
  /** What the document's removed links and images say when pointed at; set on each document. */
  private static final DataKey<Removed> REMOVED = new DataKey<>("GOVERN_REMOVED", Removed.ENGLISH);

  /**
   * The titles a link and an image left out for their scheme carry (shown when pointed at), in
   * the language of the page they are on.
   */
  public record Removed(String link, String image) {
    /** For text rendered outside a site or report. */
    public static final Removed ENGLISH = new Removed(
        "link removed: only http, https, mailto and relative links are allowed",
        "image removed: only http, https, mailto and relative links are allowed");

    /** The titles in the language of {@code messages}. */
    public static Removed in(dev.govern.i18n.Messages messages) {
      return new Removed(messages.get("markdown.link_removed"), messages.get("markdown.image_removed"));
    }
  }

  static {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    options.set(HtmlRenderer.ESCAPE_HTML_BLOCKS, true);
    options.set(HtmlRenderer.ESCAPE_INLINE_HTML, true);
    options.set(HtmlRenderer.ESCAPE_HTML_COMMENT_BLOCKS, true);
    options.set(HtmlRenderer.ESCAPE_INLINE_HTML_COMMENTS, true);
    options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
    options.set(HtmlRenderer.RENDER_HEADER_ID, false);
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    options.set(HtmlRenderer.HARD_BREAK, "<br />\n");
    options.set(HtmlRenderer.PERCENT_ENCODE_URLS, true);
    options.set(TablesExtension.WITH_CAPTION, false);
    PARSER = Parser.builder(options).build();
    PARSER_WITHOUT_TABLES = Parser.builder(new MutableDataSet(options).set(Parser.EXTENSIONS, List.of())).build();
    RENDERER = HtmlRenderer.builder(options).attributeProviderFactory(new SafeLinks())
        .nodeRendererFactory(o -> new SafeImages(IMAGE_SOURCES.get(o))).build();
  }

  private Markdown() {}

  /** Renders Markdown to an HTML fragment. */
  public static String toHtml(String markdown) {
    return toHtml(markdown, UnaryOperator.identity(), Removed.ENGLISH);
  }

  /**
   * Renders Markdown to an HTML fragment whose relative images go where {@code images} says (see
   * {@link #IMAGE_SOURCES}); links and images with a scheme are judged by {@link SafeUrl} as always,
   * and those left out say {@code removed} when pointed at.
   */
  public static String toHtml(String markdown, UnaryOperator<String> images, Removed removed) {
    Document document;
    try {
      document = PARSER.parse(markdown);
    } catch (RuntimeException e) {
      // flexmark 0.64's tables extension throws StringIndexOutOfBoundsException on some text with
      // tabs (":-:|\n\t\t|", found by MarkdownFuzzTest): such a policy is shown without tables.
      document = PARSER_WITHOUT_TABLES.parse(markdown);
    }
    document.set(IMAGE_SOURCES, images);
    document.set(REMOVED, removed);
    return xmlCharacters(RENDERER.render(document));
  }

  /**
   * Makes flexmark's HTML well-formed XML, so that the PDF renderer can read it (both found by
   * MarkdownFuzzTest): characters XML 1.0 forbids — control characters other than tab and line
   * breaks, U+FFFE, U+FFFF, unpaired surrogates — and references to them ({@code &#xD800;}) become
   * U+FFFD, and an {@code &} that starts no XML reference ({@code &cmp;} in a link's URL, which
   * flexmark keeps as written) becomes {@code &amp;}.
   */
  static String xmlCharacters(String html) {
    StringBuilder sb = new StringBuilder(html.length());
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      if (c == '&') {
        Matcher m = XML_REFERENCE.matcher(html).region(i, html.length());
        if (!m.lookingAt()) {
          sb.append("&amp;");
        } else {
          int codePoint = m.group(1) != null ? Integer.parseInt(m.group(1))
              : m.group(2) != null ? Integer.parseInt(m.group(2), 16) : ' ';
          sb.append(isXmlCharacter(codePoint) ? m.group() : "\uFFFD");
          i = m.end() - 1;
        }
      } else if (Character.isHighSurrogate(c) && i + 1 < html.length() && Character.isLowSurrogate(html.charAt(i + 1))) {
        sb.append(c).append(html.charAt(++i));
      } else {
        sb.append(isXmlCharacter(c) ? c : '\uFFFD');
      }
    }
    return sb.toString();
  }

  private static boolean isXmlCharacter(int c) {
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  /**
   * Renders Markdown with every heading moved down {@code offset} levels (h2 becomes h3 for 1), so
   * a document's sections sit under the page's own headings.
   */
  public static String toHtml(String markdown, int offset) {
    return toHtml(markdown, offset, UnaryOperator.identity(), Removed.ENGLISH);
  }

  /**
   * As {@link #toHtml(String, int)}, with relative images where {@code images} says and removed
   * links and images saying {@code removed}.
   */
  public static String toHtml(String markdown, int offset, UnaryOperator<String> images, Removed removed) {
    String html = toHtml(markdown, images, removed);
    if (offset == 0) {
      return html;
    }
    Matcher m = HEADING.matcher(html);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int level = Math.min(6, Integer.parseInt(m.group(2)) + offset);
      m.appendReplacement(sb, "<" + m.group(1) + "h" + level + m.group(3));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /**
   * Renders Markdown with its headings moved down so that the highest one is at {@code level + 1}:
   * a policy that starts with {@code #} and one that starts with {@code ##} both sit under the
   * page's own {@code h1} (a page has exactly one).
   */
  public static String toHtmlBelow(String markdown, int level) {
    return toHtmlBelow(markdown, level, UnaryOperator.identity(), Removed.ENGLISH);
  }

  /**
   * As {@link #toHtmlBelow(String, int)}, with relative images where {@code images} says and
   * removed links and images saying {@code removed}.
   */
  public static String toHtmlBelow(String markdown, int level, UnaryOperator<String> images, Removed removed) {
    String html = toHtml(markdown, images, removed);
    int highest = 7;
    Matcher m = HEADING.matcher(html);
    while (m.find()) {
      highest = Math.min(highest, Integer.parseInt(m.group(2)));
    }
    return highest > 6 || highest > level ? html : toHtml(markdown, level + 1 - highest, images, removed);
  }

  /** Drops link and image targets that are not http, https, mailto or relative. */
  private static final class SafeLinks extends IndependentAttributeProviderFactory {
    @Override
    public AttributeProvider apply(LinkResolverContext context) {
      return Markdown::sanitize;
    }
  }

  private static void sanitize(Node node, AttributablePart part, MutableAttributes attributes) {
    for (String name : new String[] {"href", "src"}) {
      var attribute = attributes.get(name);
      if (attribute == null) {
        continue;
      }
      String value = attribute.getValue();
      if (!SafeUrl.isAllowed(value)) {
        attributes.remove(name);
        attributes.addValue("class", "blocked-link");
        attributes.replaceValue("title", REMOVED.get(node.getDocument()).link());
      } else if (name.equals("href") && SafeUrl.isExternal(value)) {
        attributes.replaceValue("rel", "noopener noreferrer");
      }
    }
  }

  /**
   * Renders an image whose source is not allowed as its alt text, marked: an {@code <img>} with its
   * {@code src} removed would be invalid HTML, and a {@code javascript:} image would vanish without
   * a trace.
   */
  private static final class SafeImages implements NodeRenderer {
    private final UnaryOperator<String> sources;

    SafeImages(UnaryOperator<String> sources) {
      this.sources = sources;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(
          new NodeRenderingHandler<>(Image.class, (node, context, html) ->
              render(node, node.getUrl().unescape(), context, html)),
          new NodeRenderingHandler<>(ImageRef.class, (node, context, html) -> {
            Reference reference = node.isDefined() ? node.getReferenceNode(context.getDocument()) : null;
            if (reference == null) {
              context.delegateRender(); // not an image: flexmark shows the text
            } else {
              render(node, reference.getUrl().unescape(), context, html);
            }
          }));
    }

    private void render(Node image, String url, NodeRendererContext context, HtmlWriter html) {
      if (!SafeUrl.isAllowed(url)) {
        html.attr("class", "blocked-link").attr("title", REMOVED.get(context.getDocument()).image()).withAttr()
            .tag("span");
        html.text(new TextCollectingVisitor().collectAndGetText(image));
        html.tag("/span");
        return;
      }
      String src = SafeUrl.isExternal(url) ? url : sources.apply(url);
      if (url.equals(src)) {
        context.delegateRender();
      } else if (src == null) {
        // Not publishable (check says why, at its line): the reader sees what the image showed.
        html.attr("class", "missing-image").withAttr().tag("span");
        html.text(new TextCollectingVisitor().collectAndGetText(image));
        html.tag("/span");
      } else {
        html.attr("src", src).attr("alt", new TextCollectingVisitor().collectAndGetText(image));
        String title = image instanceof Image i ? i.getTitle().unescape() : "";
        if (!title.isEmpty()) {
          html.attr("title", title);
        }
        html.withAttr().tagVoid("img");
      }
    }
  }
}
