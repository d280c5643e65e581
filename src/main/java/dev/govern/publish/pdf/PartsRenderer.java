package dev.govern.publish.pdf;

import com.openhtmltopdf.layout.Layer;
import com.openhtmltopdf.layout.LayoutContext;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.displaylist.PagedBoxCollector;
import com.openhtmltopdf.util.XRRuntimeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Renders a large report in parts ({@link ReportParts}) on every core and joins them into one
 * PDF: one structure tree, one outline, "Page N of M" and table-of-contents numbers of the whole
 * document, links between parts — the same PDF/A-3a and PDF/UA-1 file the whole document gives.
 *
 * <p>Why: openhtmltopdf lays a document out on one thread and keeps every box, and PDFBox every
 * object of the tagged structure, until the last page is written; a 1,800-page report then needs
 * gigabytes and most of its time goes to collecting that heap. A part is laid out, written and
 * released on its own, so at most {@link PdfRenderer#threads()} parts are in memory at once.
 *
 * <p>Two passes: the first lays each part out only to count its pages and find the page each id
 * starts on (what {@code target-counter} shows), and cuts a chapter heavier than a part where its
 * own layout breaks pages ({@link #cutChapter}); the second lays each part out again knowing its
 * first page number, the total and every target's page, and writes it. Joining is PDFBox's
 * merger, which carries the structure tree, parent tree, role map and IDs; the parts' top-level
 * structure elements are then put back under one Document, and the outline is built from the
 * report's {@code <bookmarks>} with the destinations each part's renderer made.
 */
final class PartsRenderer {
  /**
   * Print HTML from this many characters on is rendered in parts (the benchmark's medium report,
   * 216 pages, is 2.5 M; the large one, 1,822 pages, 16 M): below it one document is as fast and
   * its memory is small.
   */
  static final int FROM_CHARS = 4_000_000;

  /** How a part is saved for the joiner: compressed, every object in one object stream. */
  private static final CompressParameters PART_COMPRESSION = new CompressParameters(Integer.MAX_VALUE);

  /** A second pass that changed a part's page count is redone; more than this is a bug. */
  private static final int MAX_PASSES = 4;

  private PartsRenderer() {}

  /**
   * What the first pass learns of one part: its pages, the page (0-based) each of its ids starts
   * on and, for a run of a chapter's children, the first and last page of each child (-1 for
   * text between them).
   */
  private record Layout(int pages, int contentPages, Map<String, Integer> idPages, int[] starts, int[] ends) {
    /** The pages the part has in the joined document: all of them for the report's last part. */
    int pages(boolean last) {
      return last ? pages : contentPages;
    }
  }

  /** A part as the first pass cut it, and what its layout counted. */
  private record Counted(ReportParts.Part part, Layout layout) {}

  /** What the second pass makes of one part. */
  private record Written(int pages, byte[] pdf) {}

  /** What a render made: the warnings, and the number of parts it was laid out in. */
  record Result(List<String> warnings, int parts) {}

  static Result render(
      String xhtml,
      Document whole,
      URI base,
      Path root,
      FontSet fonts,
      PdfMetadata meta,
      Map<String, String> provenance,
      List<PdfAttachments.Attachment> attachments,
      OutputStream out,
      int threads,
      long partWeight)
      throws IOException, PdfException {
    Quiet.ensure();
    ResourceGuard guard = new ResourceGuard(base, root);
    Set<String> notes = new LinkedHashSet<>();
    // Heading levels are judged over the whole report, not per part.
    Accessibility.preparing(w -> PdfRenderer.add(notes, w)).mutateDocument(whole);
    ReportParts parts = ReportParts.of(whole, partWeight);

    ExecutorService pool = Executors.newFixedThreadPool(threads, daemons());
    try {
      List<Future<List<Counted>>> counting = new ArrayList<>();
      for (ReportParts.Part p : parts.parts()) {
        counting.add(pool.submit(() -> ReportParts.heavy(p)
            ? cutChapter(parts, p, partWeight, base, guard, notes, fonts)
            : List.of(new Counted(p, count(parts, p, base, guard, notes, fonts)))));
      }
      List<Counted> counted = new ArrayList<>();
      for (Future<List<Counted>> f : counting) {
        counted.addAll(get(f));
      }
      parts.settle(counted.stream().map(Counted::part).toList());
      int n = counted.size();
      List<List<String>> marks = bookmarkIds(parts);
      int[] pages = new int[n];
      Map<String, Integer> local = new HashMap<>();
      for (int i = 0; i < n; i++) {
        Layout l = counted.get(i).layout();
        pages[i] = l.pages(i == n - 1);
        local.putAll(l.idPages());
      }
      for (int pass = 0; ; pass++) {
        int[] first = new int[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
          first[i] = total + 1;
          total += pages[i];
        }
        Map<String, Integer> idPages = new HashMap<>();
        for (Map.Entry<String, Integer> e : local.entrySet()) {
          idPages.put(e.getKey(), first[parts.partOf(e.getKey())] + e.getValue());
        }
        int all = total;
        List<Future<Written>> writing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          int index = i;
          writing.add(pool.submit(
              () -> write(parts, index, first[index], idPages, all, marks.get(index), base, guard, notes, fonts)));
        }
        int[] written = new int[n];
        try (PDDocument joined = join(writing, written)) {
          if (Arrays.equals(written, pages)) {
            finish(joined, parts, marks);
            DocumentStamp.apply(joined, meta, PdfRenderer.PDFA.getPart(), PdfRenderer.PDFA.getConformanceValue(),
                xhtml, provenance);
            PdfAttachments.embed(joined, attachments, meta.date());
            PdfRenderer.save(joined, out);
            break;
          }
        }
        if (pass + 1 >= MAX_PASSES) {
          throw new IllegalStateException("the parts of the report did not settle on a page count");
        }
        // Real page numbers laid out differently from the counting pass's: count again with them.
        pages = written;
      }
    } finally {
      pool.shutdownNow();
    }
    return new Result(PdfRenderer.warnings(guard, notes), parts.parts().size());
  }

  /** The ids each part's renderer makes a bookmark for: the outline's targets and links' targets. */
  private static List<List<String>> bookmarkIds(ReportParts parts) {
    List<Set<String>> ids = new ArrayList<>();
    for (int i = 0; i < parts.parts().size(); i++) {
      ids.add(new LinkedHashSet<>());
    }
    Element bookmarks = parts.bookmarks();
    if (bookmarks != null) {
      collectBookmarks(bookmarks, parts, ids);
    }
    parts.linkTargets().forEach((part, targets) -> ids.get(part).addAll(targets));
    List<List<String>> out = new ArrayList<>();
    for (Set<String> s : ids) {
      out.add(List.copyOf(s));
    }
    return out;
  }

  private static void collectBookmarks(Element parent, ReportParts parts, List<Set<String>> ids) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && ReportParts.name(e).equals("bookmark")) {
        String href = e.getAttribute("href");
        String id = href.startsWith("#") ? href.substring(1) : href;
        int part = parts.partOf(id);
        // A bookmark to nothing goes to the first part, whose renderer reports it.
        ids.get(Math.max(part, 0)).add(id);
        collectBookmarks(e, parts, ids);
      }
    }
  }

  /**
   * First pass over a chapter heavier than a part: cut into runs of its children, each ending
   * where the chapter's own layout breaks the page. A run about a part's weight is laid out; it
   * ends before the last child that begins a page its previous sibling does not reach, with at
   * least one child after it in the run (so that what keeps with the next child, a heading above
   * all, has it). The pages up to there are the ones the whole document has, since what lies
   * before a page break is laid out the same whatever follows; the next run starts at that child,
   * at the top of a page, as in the whole document. A run without such a break is laid out again
   * twice as long, up to the whole rest of the chapter.
   */
  private static List<Counted> cutChapter(ReportParts parts, ReportParts.Part chapter, long weight, URI base,
      ResourceGuard guard, Set<String> notes, FontSet fonts) throws IOException, PdfException {
    List<Node> children = chapter.nodes();
    List<Counted> out = new ArrayList<>();
    int from = 0;
    long reach = weight;
    while (true) {
      int to = parts.reach(children, from, reach);
      ReportParts.Part run = new ReportParts.Part(-1, chapter.chapter(), children.subList(from, to), from == 0);
      Layout l = count(parts, run, base, guard, notes, fonts);
      if (to == children.size()) {
        out.add(new Counted(run, l));
        return out;
      }
      int cut = lastBreak(children, from, to, l);
      if (cut < 0) {
        reach *= 2;
        continue;
      }
      ReportParts.Part done =
          new ReportParts.Part(-1, chapter.chapter(), List.copyOf(children.subList(from, cut)), from == 0);
      Set<String> own = Set.copyOf(parts.ids(done));
      Map<String, Integer> ids = new HashMap<>(l.idPages());
      ids.keySet().retainAll(own);
      int before = l.starts()[cut - from];
      out.add(new Counted(done, new Layout(before, before, ids, null, null)));
      from = cut;
      reach = weight;
    }
  }

  /**
   * The index of the last child in {@code children[from, to)} that begins a page the element
   * before it does not reach and has another element after it in the run; -1 when there is none.
   */
  private static int lastBreak(List<Node> children, int from, int to, Layout l) {
    int last = -1;
    for (int i = to - 1; i > from; i--) {
      if (!(children.get(i) instanceof Element) || l.starts()[i - from] < 0) {
        continue;
      }
      if (last < 0) {
        last = i; // the run's last element: nothing after it in the run
        continue;
      }
      int previous = i - 1;
      while (previous >= from && l.starts()[previous - from] < 0) {
        previous--;
      }
      if (previous >= from && l.ends()[previous - from] < l.starts()[i - from]) {
        return i;
      }
    }
    return -1;
  }

  /**
   * First pass: lays a part out and finds the page (0-based) each of its ids starts on and, for a
   * run of a chapter's children, the pages each child spans.
   */
  private static Layout count(ReportParts parts, ReportParts.Part part, URI base, ResourceGuard guard,
      Set<String> notes, FontSet fonts) throws IOException, PdfException {
    Document doc = parts.document(part, null, -1, List.of());
    try (PDDocument pdf = new PDDocument(MemoryUsageSetting.setupMixed(PdfRenderer.IN_MEMORY_BYTES).streamCache);
        PdfBoxRenderer renderer = PdfRenderer.builder(pdf, guard, notes, fonts)
            .withW3cDocument(doc, base.toString()).buildPdfRenderer()) {
      renderer.layout();
      Layer layer = renderer.getRootBox().getLayer();
      LayoutContext c = renderer.getSharedContext().newLayoutContextInstance();
      Map<String, Integer> idPages = new HashMap<>();
      Map<String, Box> ids = renderer.getSharedContext().getIdMap();
      Set<String> own = Set.copyOf(parts.ids(part));
      for (Map.Entry<String, Box> e : ids == null ? Map.<String, Box>of().entrySet() : ids.entrySet()) {
        if (own.contains(e.getKey())) {
          // As target-counter finds it: where the target's content starts.
          idPages.put(e.getKey(), page(layer, c, PagedBoxCollector.findContentStartY(e.getValue())));
        }
      }
      int[] starts = null;
      int[] ends = null;
      if (part.chapter() != null) {
        Map<Node, Integer> index = new HashMap<>();
        int i = 0;
        for (Node n = ReportParts.shell(doc).getFirstChild(); n != null; n = n.getNextSibling(), i++) {
          if (n instanceof Element) {
            index.put(n, i);
          }
        }
        starts = new int[i];
        ends = new int[i];
        Arrays.fill(starts, -1);
        Arrays.fill(ends, -1);
        spans(renderer.getRootBox(), index, layer, c, starts, ends);
      }
      return new Layout(layer.getPages().size(), contentPages(renderer, layer, c), idPages, starts, ends);
    } catch (XRRuntimeException e) {
      throw new PdfException("the print HTML could not be rendered: " + PdfRenderer.message(e), e);
    }
  }

  /**
   * The pages up to the one the body's content ends on. A part's layout ends with the bottom
   * margins of its last elements (collapsed into the body's own) and the body's bottom padding,
   * border and margin; where they reach past a full last page they make a page of their own. One
   * document has them at its end only: between chapters the next one's page break swallows them.
   */
  private static int contentPages(PdfBoxRenderer renderer, Layer layer, LayoutContext c) {
    int pages = layer.getPages().size();
    Box body = null;
    Box root = renderer.getRootBox();
    for (int i = 0; i < root.getChildCount(); i++) {
      Box b = root.getChild(i);
      if (b.getElement() != null && ReportParts.name(b.getElement()).equals("body")) {
        body = b;
      }
    }
    if (body == null) {
      return pages;
    }
    java.awt.Rectangle edge = body.getPaintingBorderEdge(c);
    int bottom = edge.y + edge.height - (int) body.getBorder(c).bottom() - (int) body.getPadding(c).bottom();
    return bottom <= edge.y ? pages : Math.min(pages, page(layer, c, bottom - 1) + 1);
  }

  /** The first and last page of the border box of each element in {@code index}, found under {@code box}. */
  private static void spans(Box box, Map<Node, Integer> index, Layer layer, LayoutContext c, int[] starts,
      int[] ends) {
    Integer at = box.getElement() == null ? null : index.get(box.getElement());
    if (at != null && starts[at] < 0) {
      java.awt.Rectangle edge = box.getPaintingBorderEdge(c);
      starts[at] = page(layer, c, edge.y);
      ends[at] = edge.height > 0 ? page(layer, c, edge.y + edge.height - 1) : starts[at];
      return;
    }
    for (int i = 0; i < box.getChildCount(); i++) {
      spans(box.getChild(i), index, layer, c, starts, ends);
    }
  }

  /** The page (0-based) at document position {@code y}; the last page for a position below it. */
  private static int page(Layer layer, LayoutContext c, int y) {
    com.openhtmltopdf.render.PageBox p = layer.getPage(c, y);
    return p != null ? p.getPageNo() : layer.getPages().size() - 1;
  }

  /** Second pass: part {@code index} as a PDF of its own, numbered as part of the whole. */
  private static Written write(ReportParts parts, int index, int firstPage, Map<String, Integer> idPages, int total,
      List<String> marks, URI base, ResourceGuard guard, Set<String> notes, FontSet fonts)
      throws IOException, PdfException {
    Document doc = parts.document(index, idPages, total, marks);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int pages;
    try (PDDocument pdf = new PDDocument(MemoryUsageSetting.setupMixed(PdfRenderer.IN_MEMORY_BYTES).streamCache)) {
      // Saved before the renderer closes: closing it releases the fonts that saving subsets.
      try (PdfBoxRenderer renderer = PdfRenderer.builder(pdf, guard, notes, fonts)
          .withW3cDocument(doc, base.toString()).useInitialPageNumber(firstPage).buildPdfRenderer()) {
        renderer.createPDFWithoutClosing();
        if (index < parts.parts().size() - 1) {
          Layer layer = renderer.getRootBox().getLayer();
          dropPagesFrom(pdf, contentPages(renderer, layer, renderer.getSharedContext().newLayoutContextInstance()));
        }
        pages = pdf.getNumberOfPages();
        // With object streams, though the joiner unpacks them again: PDFBox's writer without them
        // queues every object it has yet to write in a list it searches for each reference it
        // meets, which on a part's structure tree took a third of a large build's time. All in
        // one stream: PDFBox's parser indexes the whole cross-reference table again for each
        // object stream it opens, which with streams of 200 objects took a quarter of the time.
        pdf.save(bytes, PART_COMPRESSION);
      }
    } catch (XRRuntimeException e) {
      throw new PdfException("the print HTML could not be rendered: " + PdfRenderer.message(e), e);
    }
    return new Written(pages, bytes.toByteArray());
  }

  /**
   * Removes the pages from {@code keep} (0-based) on, which hold nothing but running headers and
   * footers ({@link #contentPages}), with their entries in the structure's parent tree.
   */
  private static void dropPagesFrom(PDDocument pdf, int keep) throws IOException {
    PDStructureTreeRoot tree = pdf.getDocumentCatalog().getStructureTreeRoot();
    while (pdf.getNumberOfPages() > Math.max(keep, 1)) {
      PDPage page = pdf.getPage(pdf.getNumberOfPages() - 1);
      if (tree != null && page.getStructParents() >= 0 && tree.getParentTree() != null) {
        COSArray nums = tree.getParentTree().getCOSObject().getCOSArray(COSName.NUMS);
        for (int i = 0; nums != null && i + 1 < nums.size(); i += 2) {
          if (nums.getObject(i) instanceof org.apache.pdfbox.cos.COSInteger key
              && key.intValue() == page.getStructParents()) {
            nums.remove(i + 1);
            nums.remove(i);
            break;
          }
        }
      }
      pdf.removePage(page);
    }
  }

  /** The parts in order, each appended as soon as it and those before it are written. */
  private static PDDocument join(List<Future<Written>> writing, int[] pages) throws IOException, PdfException {
    StreamCacheCreateFunction cache = MemoryUsageSetting.setupMixed(PdfRenderer.IN_MEMORY_BYTES).streamCache;
    PDFMergerUtility merger = new PDFMergerUtility();
    Written first = get(writing.get(0));
    writing.set(0, null);
    pages[0] = first.pages();
    PDDocument joined = Loader.loadPDF(first.pdf(), "", null, null, cache);
    try {
      for (int i = 1; i < writing.size(); i++) {
        Written w = get(writing.get(i));
        writing.set(i, null); // its bytes are in the joined document now
        pages[i] = w.pages();
        try (PDDocument part = Loader.loadPDF(w.pdf(), "", null, null, cache)) {
          merger.appendDocument(joined, part);
        }
      }
      return joined;
    } catch (IOException | PdfException | RuntimeException e) {
      joined.close();
      throw e;
    }
  }

  /** One Document in the structure tree, the report's outline, and links between parts resolved. */
  private static void finish(PDDocument joined, ReportParts parts, List<List<String>> marks) throws IOException {
    // The merger put each part's top-level element under a new Document as a Part.
    unwrapParts(joined.getDocumentCatalog().getStructureTreeRoot());
    // The merger writes "Suspects false", the default, which one document leaves out and
    // Poppler's tools report as a syntax error.
    COSDictionary markInfo = joined.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.MARK_INFO);
    COSName suspects = COSName.getPDFName("Suspects");
    if (markInfo != null && markInfo.containsKey(suspects) && !markInfo.getBoolean(suspects, false)) {
      markInfo.removeItem(suspects);
    }

    // The renderers' bookmarks, in the order of the parts, each to one id.
    List<String> order = new ArrayList<>();
    marks.forEach(order::addAll);
    PDDocumentOutline flat = joined.getDocumentCatalog().getDocumentOutline();
    Map<String, PDOutlineItem> byId = new HashMap<>();
    if (flat != null) {
      int i = 0;
      for (PDOutlineItem item : flat.children()) {
        if (i < order.size()) {
          byId.putIfAbsent(order.get(i), item);
        }
        i++;
      }
      if (i != order.size()) {
        throw new IllegalStateException("the parts made " + i + " bookmarks, not " + order.size());
      }
    }

    PDDocumentOutline outline = new PDDocumentOutline();
    Element bookmarks = parts.bookmarks();
    if (bookmarks != null) {
      outline(bookmarks, outline, byId);
    }
    joined.getDocumentCatalog().setDocumentOutline(outline.hasChildren() ? outline : null);

    for (PDPage page : joined.getPages()) {
      for (PDAnnotation a : page.getAnnotations()) {
        if (a instanceof PDAnnotationLink link) {
          PDAction action = link.getAction();
          if (action instanceof PDActionURI uri && uri.getURI() != null
              && uri.getURI().startsWith(ReportParts.PART_LINK)) {
            String id = ReportParts.decode(uri.getURI().substring(ReportParts.PART_LINK.length()));
            PDOutlineItem target = byId.get(id);
            if (target == null) {
              throw new IllegalStateException("no place found for the link target #" + id);
            }
            PDActionGoTo go = new PDActionGoTo();
            go.setDestination(target.getDestination());
            link.setAction(go);
          }
        }
      }
    }
  }

  private static void outline(Element parent, PDOutlineNode into, Map<String, PDOutlineItem> byId) throws IOException {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && ReportParts.name(e).equals("bookmark")) {
        String href = e.getAttribute("href");
        PDOutlineItem made = byId.get(href.startsWith("#") ? href.substring(1) : href);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(e.getAttribute("name"));
        if (made != null) {
          PDDestination dest = made.getDestination();
          item.setDestination(dest);
          COSBase se = made.getCOSObject().getDictionaryObject(COSName.getPDFName("SE"));
          if (se != null) {
            item.getCOSObject().setItem(COSName.getPDFName("SE"), se);
          }
        }
        into.addLast(item);
        outline(e, item, byId);
      }
    }
  }

  /**
   * The kids of each Part the merger made, put back under the one Document, in the order one
   * document's tree has them. openhtmltopdf hangs the structure element of a float (the text
   * beside a KPI's chart, a heatmap beside another) under the Document after the body's element,
   * not where the float is in the HTML; each part's tree does so for its own floats. So the
   * body's elements of all parts come first, then all parts' floats in the parts' order: the
   * tree, and the order a reader is told the text in, is the whole document's.
   */
  private static void unwrapParts(PDStructureTreeRoot tree) {
    if (tree == null || !(tree.getK() instanceof COSDictionary top)
        || !COSName.DOCUMENT.equals(top.getCOSName(COSName.S))) {
      return;
    }
    COSArray kids = top.getCOSArray(COSName.K);
    if (kids == null) {
      return;
    }
    // One group per part: its elements in its own tree's order (the first part's are the
    // Document's own kids up to the first Part).
    List<List<COSBase>> groups = new ArrayList<>();
    List<COSBase> direct = null;
    for (int i = 0; i < kids.size(); i++) {
      COSBase kid = kids.getObject(i);
      if (kid instanceof COSDictionary part && COSName.PART.equals(part.getCOSName(COSName.S))
          && onlyElements(part.getDictionaryObject(COSName.K))) {
        List<COSBase> group = new ArrayList<>();
        COSBase inner = part.getDictionaryObject(COSName.K);
        if (inner instanceof COSArray array) {
          for (int j = 0; j < array.size(); j++) {
            group.add(array.getObject(j));
          }
        } else {
          group.add(inner);
        }
        for (COSBase element : group) {
          ((COSDictionary) element).setItem(COSName.P, top);
        }
        groups.add(group);
        direct = null;
      } else {
        if (direct == null) {
          direct = new ArrayList<>();
          groups.add(direct);
        }
        direct.add(kids.get(i));
      }
    }
    COSArray flat = new COSArray();
    for (List<COSBase> group : groups) {
      flat.add(group.get(0));
    }
    for (List<COSBase> group : groups) {
      for (COSBase element : group.subList(1, group.size())) {
        flat.add(element);
      }
    }
    top.setItem(COSName.K, flat);
  }

  /** Whether a K entry holds structure elements only (no marked content of the Part itself). */
  private static boolean onlyElements(COSBase k) {
    if (k instanceof COSDictionary d) {
      return d.getCOSName(COSName.TYPE) == null || COSName.getPDFName("StructElem").equals(d.getCOSName(COSName.TYPE));
    }
    if (k instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (!(array.getObject(i) instanceof COSDictionary d) || !onlyElements(d)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static <T> T get(Future<T> future) throws IOException, PdfException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while rendering the report", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof PdfException p) {
        throw p;
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof XRRuntimeException x) {
        throw new PdfException("the print HTML could not be rendered: " + PdfRenderer.message(x), x);
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static java.util.concurrent.ThreadFactory daemons() {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "govern-pdf-part-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
