package dev.govern.publish.pdf;

import com.openhtmltopdf.extend.FSDOMMutator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Prepares the print HTML for PDF/UA and says what it cannot fix.
 *
 * <p>openhtmltopdf takes a figure's alternative text only from an {@code alt} attribute, also on
 * {@code <svg>}; HTML for browsers describes charts with {@code aria-label}, {@code
 * aria-labelledby} or an SVG {@code <title>}. Those become the {@code alt}, so one HTML serves the
 * site and the PDF. A figure with no text alternative at all, and headings that skip a level
 * (PDF/UA-1 7.4.2), are reported as warnings: veraPDF would fail the file, and only the template
 * can say what the right text or level is.
 */
final class Accessibility {
  private static final int SHOWN_TEXT_LENGTH = 60;

  private Accessibility() {}

  static FSDOMMutator preparing(Consumer<String> warn) {
    return document -> prepare(document, warn);
  }

  private static void prepare(Document document, Consumer<String> warn) {
    List<Element> elements = new ArrayList<>();
    Element body = child(document.getDocumentElement(), "body");
    if (body == null) {
      return;
    }
    collect(body, elements);
    // Every element by its id (the first of an id, as getElementById finds), built once: a figure
    // names its label by id, and a search of the whole document per figure is slow on big reports.
    Map<String, Element> ids = new HashMap<>();
    List<Element> all = new ArrayList<>();
    collect(document.getDocumentElement(), all);
    for (Element e : all) {
      String id = e.getAttribute("id");
      if (!id.isEmpty()) {
        ids.putIfAbsent(id, e);
      }
    }
    int previousLevel = 0;
    for (Element e : elements) {
      String name = name(e);
      if (name.equals("svg") || name.equals("img")) {
        describe(ids, e, warn);
      } else if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1'
          && name.charAt(1) <= '6') {
        int level = name.charAt(1) - '0';
        if (level > previousLevel + 1) {
          warn.accept(
              "accessibility: heading '" + cut(e.getTextContent()) + "' is an h" + level
                  + (previousLevel == 0 ? " before any h1" : " right after an h" + previousLevel)
                  + "; PDF/UA does not allow skipping heading levels");
        }
        previousLevel = level;
      }
    }
  }

  /** Gives a figure an {@code alt} from its ARIA label or SVG title, or warns. */
  private static void describe(Map<String, Element> ids, Element figure, Consumer<String> warn) {
    if (!figure.getAttribute("alt").isBlank()) {
      return;
    }
    String text = figure.getAttribute("aria-label").strip();
    if (text.isEmpty()) {
      StringBuilder labels = new StringBuilder();
      for (String id : figure.getAttribute("aria-labelledby").strip().split("\\s+")) {
        Element label = id.isEmpty() ? null : ids.get(id);
        if (label != null) {
          labels.append(' ').append(label.getTextContent().strip());
        }
      }
      text = labels.toString().strip();
    }
    if (text.isEmpty() && name(figure).equals("svg")) {
      Element title = child(figure, "title");
      text = title == null ? "" : title.getTextContent().strip();
    }
    if (text.isEmpty()) {
      String which =
          name(figure).equals("img")
              ? "image '" + cut(figure.getAttribute("src")) + "'"
              : "chart" + (figure.hasAttribute("id") ? " '" + figure.getAttribute("id") + "'" : "");
      warn.accept(
          "accessibility: " + which + " has no text alternative (alt, aria-label,"
              + " aria-labelledby or an SVG <title>); PDF/UA requires one");
    } else {
      figure.setAttribute("alt", text.replaceAll("\\s+", " "));
    }
  }

  private static void collect(Element element, List<Element> out) {
    out.add(element);
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        collect(e, out);
      }
    }
  }

  private static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name(e).equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static String name(Element e) {
    String local = e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    return local.toLowerCase(Locale.ROOT);
  }

  private static String cut(String text) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= SHOWN_TEXT_LENGTH
        ? oneLine
        : oneLine.substring(0, SHOWN_TEXT_LENGTH) + "…";
  }
}
