package dev.govern.publish.pdf;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.layout.CounterFunction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The print XHTML cut into parts that are laid out as separate documents and joined into one PDF
 * ({@link PartsRenderer}).
 *
 * <p>A part begins at each top-level {@code <section class="chapter">}, which the report's
 * stylesheet starts on a new page anyway, so the pages come out as one document would lay them
 * out. A chapter larger than a part ({@link #PART_WEIGHT}) is cut further between its child
 * elements, but only where its own layout breaks the page anyway ({@link PartsRenderer} finds
 * those places): a part never ends a page early, so every page, and the order its text is drawn
 * in, is the whole document's. The body's children before its first {@code <section>} — the
 * running headers and footers — go into every part.
 *
 * <p>What one document does across pages, each part does again from its own start; the parts
 * renderer makes up for page numbers ({@code counter(page)}, {@code counter(pages)}, {@code
 * target-counter}), the first page ({@code @page :first} applies to the first part only), links
 * between parts and the outline. Anything else that carries state across pages — CSS counters,
 * named strings, footnotes, left and right pages, stylesheets outside the document — it cannot
 * make up for: such a document is {@link #unsuitable} and is rendered whole.
 */
final class ReportParts {
  /**
   * The size of a part, in characters of markup: about 110 A4 pages of the report. Small enough
   * that a few parts in flight hold a fraction of what the whole document would; large enough
   * that each part's fixed cost (style sheet, fonts, a PDF to join) stays small.
   */
  static final long PART_WEIGHT = 1_000_000;

  /** The weight of an inline SVG chart: what a third of a page of text weighs. */
  private static final long SVG_WEIGHT = 3_000;

  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  /** Attribute carrying a link target's page number for a rewritten {@code target-counter}. */
  static final String PAGE_ATTRIBUTE = "data-govern-page-";

  /** User data key marking the running elements copied into a part. */
  private static final String PRELUDE = "govern.prelude";

  /** Link scheme a link to another part is written with; the joiner points it at its target. */
  static final String PART_LINK = "urn:x-govern-part:";

  private static final Pattern TARGET_COUNTER =
      Pattern.compile(
          "target-counter\\(\\s*attr\\(\\s*([A-Za-z_][-A-Za-z0-9_.:]*)\\s*\\)\\s*,\\s*page\\s*(?:,\\s*([A-Za-z-]+)\\s*)?\\)");
  private static final Pattern PAGES = Pattern.compile("counter\\(\\s*pages\\s*(?:,\\s*([A-Za-z-]+)\\s*)?\\)");
  private static final Pattern FIRST_PAGE = Pattern.compile("@page[^{;}]*:first\\b");

  /** CSS that carries state across pages in ways parts cannot reproduce. */
  private static final Pattern UNSUITABLE_CSS =
      Pattern.compile(
          "@import|counter-reset|counter-increment|string-set|footnote|-fs-page-sequence"
              + "|@page[^{]*:(?:left|right|blank)",
          Pattern.CASE_INSENSITIVE);

  /** How one {@code target-counter(attr(NAME), page, STYLE)} of the CSS is carried. */
  record Counter(String attribute, String style, String carrier) {}

  /**
   * One part: its index (-1 until the parts are {@linkplain #settle settled}) and the top-level
   * elements it holds; or, when {@code chapter} is given, a run of that chapter's children laid out
   * inside a copy of it, which keeps the chapter's id when {@code first}.
   */
  record Part(int index, Element chapter, List<Node> nodes, boolean first) {
    Part(int index, List<Node> nodes) {
      this(index, null, nodes, true);
    }

    Part at(int i) {
      return new Part(i, chapter, nodes, first);
    }
  }

  private final Document whole;
  private final Element head;
  private final Element body;
  private final List<Node> prelude = new ArrayList<>();
  private final List<Part> parts = new ArrayList<>();
  /** Element id → the part it is in. */
  private final Map<String, Integer> idPart = new HashMap<>();
  private final List<Counter> counters = new ArrayList<>();
  private final long partWeight;

  private ReportParts(Document whole, Element head, Element body, long partWeight) {
    this.whole = whole;
    this.head = head;
    this.body = body;
    this.partWeight = partWeight;
  }

  /** Why {@code document} cannot be rendered in parts, or empty when it can. */
  static Optional<String> unsuitable(Document document) {
    Element html = document.getDocumentElement();
    Element head = child(html, "head");
    Element body = child(html, "body");
    if (head == null || body == null) {
      return Optional.of("no head or body");
    }
    for (Node n = head.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name(e).equals("link")
          && e.getAttribute("rel").toLowerCase(Locale.ROOT).contains("stylesheet")) {
        return Optional.of("a linked stylesheet");
      }
    }
    Matcher m = UNSUITABLE_CSS.matcher(css(document));
    if (m.find()) {
      return Optional.of("its CSS uses " + m.group());
    }
    boolean chapter = false;
    for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
      chapter |= n instanceof Element e && isChapter(e);
      if (n instanceof Element e && name(e).equals("bookmarks")) {
        return Optional.of("bookmarks in the body");
      }
    }
    return chapter ? Optional.empty() : Optional.of("no <section class=\"chapter\">");
  }

  /**
   * Cuts {@code whole}, which must not be {@link #unsuitable}, into parts; a chapter heavier than
   * {@code partWeight} ({@link #PART_WEIGHT}) is cut further.
   */
  static ReportParts of(Document whole, long partWeight) {
    Element html = whole.getDocumentElement();
    ReportParts p = new ReportParts(whole, child(html, "head"), child(html, "body"), partWeight);
    p.cut();
    p.findCounters();
    return p;
  }

  List<Part> parts() {
    return parts;
  }

  /** The part an element id is in, or -1. */
  int partOf(String id) {
    return idPart.getOrDefault(id, -1);
  }

  /**
   * Whether part {@code p}, one of the parts {@link #of} proposes, is a chapter heavier than a
   * part, still to be cut where its layout breaks pages ({@link PartsRenderer}).
   */
  static boolean heavy(Part p) {
    return p.chapter() != null;
  }

  /**
   * The parts as the layout cut them, in document order: they replace the chapters heavier than
   * a part, and every id is indexed by the part it is in.
   */
  void settle(List<Part> cut) {
    parts.clear();
    idPart.clear();
    for (Part p : cut) {
      parts.add(p.at(parts.size()));
    }
    for (Part part : parts) {
      for (String id : idsOf(part)) {
        idPart.putIfAbsent(id, part.index());
      }
    }
  }

  /** The ids of the elements part {@code p} holds, in document order. */
  List<String> ids(Part p) {
    synchronized (whole) {
      return idsOf(p);
    }
  }

  private static List<String> idsOf(Part p) {
    List<String> out = new ArrayList<>();
    if (p.chapter() != null && p.first() && !p.chapter().getAttribute("id").isEmpty()) {
      out.add(p.chapter().getAttribute("id"));
    }
    for (Node n : p.nodes()) {
      if (n instanceof Element e) {
        collectIds(e, out);
      }
    }
    return out;
  }

  private static void collectIds(Element e, List<String> out) {
    String id = e.getAttribute("id");
    if (!id.isEmpty()) {
      out.add(id);
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c) {
        collectIds(c, out);
      }
    }
  }

  /**
   * Where a run of a heavy chapter's children starting at {@code from} reaches {@code weight}:
   * the index after the child that crosses it (so that a run holds at least two elements), or the
   * number of children.
   */
  int reach(List<Node> children, int from, long weight) {
    synchronized (whole) {
      return reachOf(children, from, weight);
    }
  }

  private static int reachOf(List<Node> children, int from, long weight) {
    long w = 0;
    int elements = 0;
    for (int i = from; i < children.size(); i++) {
      w += weight(children.get(i));
      if (children.get(i) instanceof Element) {
        elements++;
      }
      if (w > weight && elements >= 2) {
        return i + 1;
      }
    }
    return children.size();
  }

  /** The copy of the chapter a part that is a run of a chapter's children was laid out in. */
  static Element shell(Document part) {
    Element body = child(part.getDocumentElement(), "body");
    Element last = null;
    for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        last = e;
      }
    }
    return last;
  }

  /**
   * The ids each part holds that links from other parts point to, in document order of the
   * links: the joiner needs their places in the joined PDF.
   */
  Map<Integer, java.util.Set<String>> linkTargets() {
    Map<Integer, java.util.Set<String>> out = new HashMap<>();
    for (Part part : parts) {
      for (Node n : part.nodes()) {
        if (n instanceof Element e) {
          linkTargets(e, part.index(), out);
        }
      }
    }
    return out;
  }

  private void linkTargets(Element e, int index, Map<Integer, java.util.Set<String>> out) {
    if (name(e).equals("a")) {
      String href = e.getAttribute("href");
      if (href.length() > 1 && href.startsWith("#")) {
        int part = partOf(href.substring(1));
        if (part >= 0 && part != index) {
          out.computeIfAbsent(part, k -> new java.util.LinkedHashSet<>()).add(href.substring(1));
        }
      }
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c) {
        linkTargets(c, index, out);
      }
    }
  }

  /** The rewritten {@code target-counter}s of the CSS. */
  List<Counter> counters() {
    return counters;
  }

  /** The {@code <bookmarks>} element of the head, or null. */
  Element bookmarks() {
    return child(head, "bookmarks");
  }

  private void cut() {
    List<List<Node>> groups = new ArrayList<>();
    List<Node> current = null;
    boolean sections = false;
    for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!sections && !(n instanceof Element e && name(e).equals("section"))) {
        prelude.add(n);
        continue;
      }
      sections = true;
      if (n instanceof Element e && isChapter(e)) {
        if (weight(e) > partWeight) {
          // Cut later, where its layout breaks pages; a null marks it among the groups.
          current = new ArrayList<>();
          current.add(null);
          current.add(e);
          groups.add(current);
          current = null;
        } else {
          current = new ArrayList<>();
          current.add(n);
          groups.add(current);
        }
        continue;
      }
      if (current == null) {
        current = new ArrayList<>();
        groups.add(current);
      }
      current.add(n);
    }
    List<Part> proposed = new ArrayList<>();
    for (List<Node> group : groups) {
      if (group.get(0) == null) {
        Element chapter = (Element) group.get(1);
        List<Node> children = new ArrayList<>();
        for (Node c = chapter.getFirstChild(); c != null; c = c.getNextSibling()) {
          children.add(c);
        }
        proposed.add(new Part(proposed.size(), chapter, List.copyOf(children), true));
      } else if (hasElements(group) || proposed.isEmpty()) {
        proposed.add(new Part(proposed.size(), List.copyOf(group)));
      }
    }
    if (proposed.isEmpty()) {
      proposed.add(new Part(0, List.of()));
    }
    settle(proposed);
  }

  private void findCounters() {
    Matcher m = TARGET_COUNTER.matcher(css(whole));
    Map<String, Counter> found = new LinkedHashMap<>();
    while (m.find()) {
      String attribute = m.group(1);
      String style = m.group(2) == null ? "decimal" : m.group(2).toLowerCase(Locale.ROOT);
      found.computeIfAbsent(attribute + " " + style,
          k -> new Counter(attribute, style, PAGE_ATTRIBUTE + found.size()));
    }
    counters.addAll(found.values());
  }

  /**
   * Part {@code index} as a document of its own, ready for the renderer.
   *
   * @param pages the page number (1-based, in the whole document) each element id starts on;
   *     null while pages are being counted, when every number is laid out as "999", as
   *     openhtmltopdf itself lays out a {@code target-counter}
   * @param total the number of pages of the whole document, or -1 while pages are being counted
   * @param bookmarks the ids to make bookmarks for, in the order the joiner expects them
   */
  Document document(int index, Map<String, Integer> pages, int total, List<String> bookmarks) {
    return document(parts.get(index), pages, total, bookmarks);
  }

  /**
   * Part {@code part} as a document of its own; {@code part}'s index -1 while it is being cut.
   * Threads laying parts out call this at once: a DOM is not safe to read from several threads
   * (its implementation keeps caches it fills as it is read), so they take turns.
   */
  Document document(Part part, Map<String, Integer> pages, int total, List<String> bookmarks) {
    synchronized (whole) {
      return documentOf(part, pages, total, bookmarks);
    }
  }

  private Document documentOf(Part part, Map<String, Integer> pages, int total, List<String> bookmarks) {
    int index = part.index();
    Document doc = whole.getImplementation().createDocument(XHTML, "html", null);
    Element html = doc.getDocumentElement();
    copyAttributes(whole.getDocumentElement(), html);
    Element h = (Element) doc.importNode(head, true);
    html.appendChild(h);
    Element old = child(h, "bookmarks");
    if (old != null) {
      h.removeChild(old);
    }
    if (!bookmarks.isEmpty()) {
      Element marks = doc.createElementNS(XHTML, "bookmarks");
      for (String id : bookmarks) {
        Element mark = doc.createElementNS(XHTML, "bookmark");
        mark.setAttribute("name", id);
        mark.setAttribute("href", "#" + id);
        marks.appendChild(mark);
      }
      h.appendChild(marks);
    }
    // A part being cut is laid out to count, as one after the first (a heavy chapter never opens
    // the report).
    rewriteStyles(h, index < 0 ? 1 : index, total);
    Element b = (Element) doc.importNode(body, false);
    html.appendChild(b);
    if (index != 0) {
      // The body's top margin, border and padding are on the whole document's first page only.
      b.setAttribute("style", append(b.getAttribute("style"), "margin-top: 0; border-top-width: 0; padding-top: 0"));
    }
    for (Node n : prelude) {
      b.appendChild(doc.importNode(n, true)).setUserData(PRELUDE, Boolean.TRUE, null);
    }
    Node into = b;
    if (part.chapter() != null) {
      Element shell = (Element) doc.importNode(part.chapter(), false);
      if (!part.first()) {
        shell.removeAttribute("id");
      }
      into = b.appendChild(shell);
    }
    for (Node n : part.nodes()) {
      into.appendChild(doc.importNode(n, true));
    }
    boolean first = true;
    for (Node n = b.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && !prelude(e)) {
        if (first && index != 0) {
          // A part starts on a page of its own already; a forced break after the running
          // elements would leave that page empty.
          e.setAttribute("style", append(e.getAttribute("style"), "page-break-before: auto"));
        }
        first = false;
        links(e, index, pages);
      }
    }
    return doc;
  }

  /** Whether {@code e}, a child of a part's body, is a copy of one of the running elements. */
  private boolean prelude(Element e) {
    return e.getUserData(PRELUDE) != null;
  }

  private static String append(String style, String more) {
    String s = style.strip();
    return (s.isEmpty() || s.endsWith(";") ? s : s + "; ") + more;
  }

  /** Links to other parts get the joiner's scheme; links carrying a page number get it. */
  private void links(Element e, int index, Map<String, Integer> pages) {
    for (Counter c : counters) {
      String target = e.getAttribute(c.attribute());
      if (target.startsWith("#") && partOf(target.substring(1)) >= 0) {
        Integer page = pages == null ? Integer.valueOf(999) : pages.get(target.substring(1));
        if (page != null) {
          e.setAttribute(c.carrier(), format(c.style(), page));
        }
      }
    }
    if (name(e).equals("a")) {
      String href = e.getAttribute("href");
      if (href.length() > 1 && href.startsWith("#")) {
        int part = partOf(href.substring(1));
        if (part >= 0 && part != index) {
          e.setAttribute("href", PART_LINK + encode(href.substring(1)));
        }
      }
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c) {
        links(c, index, pages);
      }
    }
  }

  /** Page numbers the CSS asks for from the whole document, written into each part's CSS. */
  private void rewriteStyles(Element head, int index, int total) {
    for (Node n = head.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name(e).equals("style")) {
        String css = e.getTextContent();
        String out = rewrite(css, index, total);
        if (!out.equals(css)) {
          e.setTextContent(out);
        }
      }
    }
  }

  String rewrite(String css, int index, int total) {
    StringBuilder out = new StringBuilder();
    Matcher m = TARGET_COUNTER.matcher(css);
    while (m.find()) {
      String style = m.group(2) == null ? "decimal" : m.group(2).toLowerCase(Locale.ROOT);
      String carrier = counters.stream()
          .filter(c -> c.attribute().equals(m.group(1)) && c.style().equals(style))
          .findFirst().orElseThrow().carrier();
      m.appendReplacement(out, Matcher.quoteReplacement("attr(" + carrier + ")"));
    }
    m.appendTail(out);
    String result = out.toString();
    if (total > 0) {
      StringBuilder pages = new StringBuilder();
      Matcher p = PAGES.matcher(result);
      while (p.find()) {
        String style = p.group(1) == null ? "decimal" : p.group(1).toLowerCase(Locale.ROOT);
        p.appendReplacement(pages, Matcher.quoteReplacement("\"" + format(style, total) + "\""));
      }
      p.appendTail(pages);
      result = pages.toString();
    }
    if (index > 0) {
      result = withoutFirstPageRules(result);
    }
    return result;
  }

  /** The CSS without its {@code @page …:first} rules: only the whole document's first page is first. */
  static String withoutFirstPageRules(String css) {
    StringBuilder out = new StringBuilder();
    Matcher m = FIRST_PAGE.matcher(css);
    int from = 0;
    while (m.find(from)) {
      int open = css.indexOf('{', m.end());
      if (open < 0) {
        break;
      }
      int end = closing(css, open);
      out.append(css, from, m.start());
      from = end;
    }
    return out.append(css.substring(from)).toString();
  }

  /** The index after the brace that closes the one at {@code open}, skipping strings and comments. */
  private static int closing(String css, int open) {
    int depth = 0;
    for (int i = open; i < css.length(); i++) {
      char c = css.charAt(i);
      if (c == '"' || c == '\'') {
        for (i++; i < css.length() && css.charAt(i) != c; i++) {
          if (css.charAt(i) == '\\') {
            i++;
          }
        }
      } else if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
        int end = css.indexOf("*/", i + 2);
        i = end < 0 ? css.length() : end + 1;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i + 1;
      }
    }
    return css.length();
  }

  /** A page number as the CSS list style names it (decimal, lower-roman, …). */
  static String format(String style, int number) {
    IdentValue value = IdentValue.valueOf(style);
    return CounterFunction.createCounterText(value == null ? IdentValue.DECIMAL : value, number);
  }

  private static String encode(String id) {
    StringBuilder out = new StringBuilder();
    for (byte b : id.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
          || c == '.') {
        out.append((char) c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return out.toString();
  }

  static String decode(String encoded) {
    return java.net.URLDecoder.decode(encoded.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** All CSS of the document's style elements. */
  private static String css(Document document) {
    StringBuilder out = new StringBuilder();
    Element head = child(document.getDocumentElement(), "head");
    if (head != null) {
      for (Node n = head.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && name(e).equals("style")) {
          out.append(e.getTextContent()).append('\n');
        }
      }
    }
    return out.toString();
  }

  private static boolean isChapter(Element e) {
    if (!name(e).equals("section")) {
      return false;
    }
    for (String c : e.getAttribute("class").split("\\s+")) {
      if (c.equals("chapter")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasElements(List<Node> nodes) {
    return nodes.stream().anyMatch(n -> n instanceof Element);
  }

  /** About the number of characters {@code n} takes as markup. */
  private static long weight(Node n) {
    if (n instanceof Element e && name(e).equals("svg")) {
      // A chart is markup-heavy but takes a third of a page or so.
      return SVG_WEIGHT;
    }
    if (n instanceof Element e) {
      long w = 2L * name(e).length() + 5;
      NamedNodeMap attributes = e.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Node a = attributes.item(i);
        w += a.getNodeName().length() + a.getNodeValue().length() + 4;
      }
      for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
        w += weight(c);
      }
      return w;
    }
    String text = n.getNodeValue();
    return text == null ? 0 : text.length();
  }

  private static void copyAttributes(Element from, Element to) {
    NamedNodeMap attributes = from.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Node a = attributes.item(i);
      if (a.getNamespaceURI() != null) {
        to.setAttributeNS(a.getNamespaceURI(), a.getNodeName(), a.getNodeValue());
      } else {
        to.setAttribute(a.getNodeName(), a.getNodeValue());
      }
    }
  }

  static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name(e).equals(name)) {
        return e;
      }
    }
    return null;
  }

  static String name(Element e) {
    String local = e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    return local.toLowerCase(Locale.ROOT);
  }
}
