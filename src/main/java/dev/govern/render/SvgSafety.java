package dev.govern.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Whether an SVG file from the repo may be published in the site. Shown by an {@code <img>}, an SVG
 * runs nothing; opened by itself from the site it is a document of the site's origin, whose
 * scripts run and whose references load. So an SVG is published only when it has none of that:
 * no script or foreign content, no event-handler attribute, no link or stylesheet reaching outside
 * the file, and no DTD (entities can hide anything).
 */
final class SvgSafety {
  private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed", "object",
      "handler", "listener", "audio", "video");
  private static final Set<String> ANIMATIONS = Set.of("set", "animate", "animatemotion", "animatetransform");
  /** A url(...) or @import that names anything but a fragment of the file itself. */
  private static final Pattern OUTSIDE_REFERENCE =
      Pattern.compile("(?i)(@import|url\\s*\\(\\s*['\"]?\\s*(?!#))");

  private SvgSafety() {}

  /** Why the SVG cannot be published, or empty when it can. */
  static Optional<String> problem(byte[] svg) {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setXIncludeAware(false);
      factory.newSAXParser().parse(new ByteArrayInputStream(svg), new Check());
      return Optional.empty();
    } catch (Found f) {
      return Optional.of(f.getMessage());
    } catch (SAXParseException e) {
      return Optional.of("it is not well-formed SVG (line " + e.getLineNumber() + ": " + e.getMessage() + ")");
    } catch (SAXException | ParserConfigurationException | IOException e) {
      return Optional.of("it cannot be read as SVG");
    }
  }

  /** Stops the parse at the first active part. */
  private static final class Found extends SAXException {
    private static final long serialVersionUID = 1L;

    Found(String message) {
      super(message);
    }
  }

  private static final class Check extends DefaultHandler {
    /** The text of the {@code <style>} element being read, which may come in several pieces; null outside one. */
    private StringBuilder style;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
      String element = localName.toLowerCase(Locale.ROOT);
      if (ACTIVE_ELEMENTS.contains(element)) {
        throw new Found("it has a <" + localName + "> element, which could run or load content when the file is"
            + " opened from the site");
      }
      for (int i = 0; i < attributes.getLength(); i++) {
        String name = attributes.getLocalName(i).toLowerCase(Locale.ROOT);
        String value = attributes.getValue(i).strip();
        if (name.startsWith("on")) {
          throw new Found("its <" + localName + "> has an event handler (" + attributes.getQName(i) + ")");
        }
        if (name.equals("href") && !value.startsWith("#")) {
          throw new Found("its <" + localName + "> links to '" + shorten(value) + "'; an SVG for the site may only"
              + " refer to its own parts (#id)");
        }
        if (ANIMATIONS.contains(element) && name.equals("attributename") && value.toLowerCase(Locale.ROOT).endsWith("href")) {
          throw new Found("it animates a link (<" + localName + " attributeName=\"" + value + "\">), which can turn"
              + " into a script");
        }
        if (OUTSIDE_REFERENCE.matcher(value).find()) {
          throw new Found("its <" + localName + "> refers to another file (" + attributes.getQName(i) + ")");
        }
      }
      style = element.equals("style") ? new StringBuilder() : null;
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      if (style != null && OUTSIDE_REFERENCE.matcher(style).find()) {
        throw new Found("its stylesheet imports or refers to another file");
      }
      style = null;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (style != null) {
        style.append(ch, start, length);
      }
    }

    private static String shorten(String s) {
      return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
  }
}
