package dev.govern.publish.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Writes what identifies a rendered document — information dictionary, XMP metadata, trailer ID —
 * from the caller's metadata alone, replacing what openhtmltopdf wrote: it stamps the clock's
 * time as the creation date, which would make every build differ.
 *
 * <p>PDF/A requires the information dictionary and the XMP to agree entry by entry, and PDF/UA
 * requires {@code dc:title}, a {@code pdfuaid:part} (declared in a PDF/A extension schema, as it
 * is not one of the schemas PDF/A predefines), the document language and DisplayDocTitle.
 */
final class DocumentStamp {
  /** Producer and creator tool: no version, so a new govern release alone changes no bytes. */
  static final String PRODUCER = "govern";
  /** The XMP namespace of the report's provenance (commit, as-of date, data digest, govern version). */
  public static final String GOVERN_NS = "urn:govern:report:1.0/";

  private DocumentStamp() {}

  static void apply(
      PDDocument doc, PdfMetadata given, int pdfaPart, String pdfaConformance, String html,
      Map<String, String> provenance) {
    // Both places get the same text, so they agree even about characters XMP cannot carry.
    PdfMetadata meta =
        new PdfMetadata(
            clean(given.title()),
            clean(given.author()),
            clean(given.subject()),
            clean(given.keywords()),
            given.language(),
            given.date());
    Calendar date = calendar(meta.date());

    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(meta.title());
    if (!meta.author().isEmpty()) {
      info.setAuthor(meta.author());
    }
    if (!meta.subject().isEmpty()) {
      info.setSubject(meta.subject());
    }
    if (!meta.keywords().isEmpty()) {
      info.setKeywords(meta.keywords());
    }
    info.setCreator(PRODUCER);
    info.setProducer(PRODUCER);
    info.setCreationDate(date);
    info.setModificationDate(date);
    doc.setDocumentInformation(info);

    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    catalog.setLanguage(meta.language());
    PDViewerPreferences prefs = catalog.getViewerPreferences();
    if (prefs == null) {
      prefs = new PDViewerPreferences(new COSDictionary());
      catalog.setViewerPreferences(prefs);
    }
    prefs.setDisplayDocTitle(true);
    PDMarkInfo mark = catalog.getMarkInfo() != null ? catalog.getMarkInfo() : new PDMarkInfo();
    mark.setMarked(true);
    catalog.setMarkInfo(mark);

    PDMetadata metadata = new PDMetadata(doc);
    try {
      metadata.importXMPMetadata(xmp(meta, pdfaPart, pdfaConformance, provenance).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write XMP metadata", e);
    }
    catalog.setMetadata(metadata);

    byte[] id = Arrays.copyOf(digest(html, meta), 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    doc.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  /** UTC, whole seconds: the same instant prints the same whatever the default time zone. */
  private static Calendar calendar(Instant instant) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    calendar.setTimeInMillis(instant.toEpochMilli());
    return calendar;
  }

  /** The trailer ID: a digest of the input, so it identifies the content and not the moment. */
  private static byte[] digest(String html, PdfMetadata meta) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part :
          new String[] {
            html, meta.title(), meta.author(), meta.subject(), meta.keywords(), meta.language(),
            meta.date().toString()
          }) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  static String xmp(PdfMetadata meta, int pdfaPart, String pdfaConformance, Map<String, String> provenance) {
    String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(meta.date().atOffset(ZoneOffset.UTC));
    StringBuilder x = new StringBuilder(2048);
    x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
        .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
        .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");

    x.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
        .append("<dc:format>application/pdf</dc:format>\n")
        .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">")
        .append(escape(meta.title()))
        .append("</rdf:li></rdf:Alt></dc:title>\n");
    if (!meta.author().isEmpty()) {
      x.append("<dc:creator><rdf:Seq><rdf:li>")
          .append(escape(meta.author()))
          .append("</rdf:li></rdf:Seq></dc:creator>\n");
    }
    if (!meta.subject().isEmpty()) {
      x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">")
          .append(escape(meta.subject()))
          .append("</rdf:li></rdf:Alt></dc:description>\n");
    }
    x.append("<dc:language><rdf:Bag><rdf:li>")
        .append(escape(meta.language()))
        .append("</rdf:li></rdf:Bag></dc:language>\n")
        .append("</rdf:Description>\n");

    x.append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
        .append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
        .append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
        .append("<xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n")
        .append("<xmp:CreatorTool>").append(PRODUCER).append("</xmp:CreatorTool>\n")
        .append("</rdf:Description>\n");

    x.append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
        .append("<pdf:Producer>").append(PRODUCER).append("</pdf:Producer>\n");
    if (!meta.keywords().isEmpty()) {
      x.append("<pdf:Keywords>").append(escape(meta.keywords())).append("</pdf:Keywords>\n");
    }
    x.append("</rdf:Description>\n");

    x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
        .append("<pdfaid:part>").append(pdfaPart).append("</pdfaid:part>\n")
        .append("<pdfaid:conformance>").append(pdfaConformance).append("</pdfaid:conformance>\n")
        .append("</rdf:Description>\n");

    x.append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
        .append("<pdfuaid:part>1</pdfuaid:part>\n")
        .append("</rdf:Description>\n");

    if (!provenance.isEmpty()) {
      x.append("<rdf:Description rdf:about=\"\" xmlns:govern=\"").append(GOVERN_NS).append("\">\n");
      provenance.forEach((name, value) -> x.append("<govern:").append(name).append('>')
          .append(escape(clean(value))).append("</govern:").append(name).append(">\n"));
      x.append("</rdf:Description>\n");
    }

    x.append("<rdf:Description rdf:about=\"\"")
        .append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
        .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
        .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
        .append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
        .append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
        .append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
        .append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
        .append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
        .append("<pdfaProperty:name>part</pdfaProperty:name>\n")
        .append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
        .append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
        .append("<pdfaProperty:description>Part of ISO 14289 the document conforms to</pdfaProperty:description>\n")
        .append("</rdf:li></rdf:Seq></pdfaSchema:property>\n")
        .append("</rdf:li>\n");
    if (!provenance.isEmpty()) {
      // PDF/A accepts XMP properties outside its predefined schemas only when declared here.
      x.append("<rdf:li rdf:parseType=\"Resource\">\n")
          .append("<pdfaSchema:schema>govern report provenance</pdfaSchema:schema>\n")
          .append("<pdfaSchema:namespaceURI>").append(GOVERN_NS).append("</pdfaSchema:namespaceURI>\n")
          .append("<pdfaSchema:prefix>govern</pdfaSchema:prefix>\n")
          .append("<pdfaSchema:property><rdf:Seq>\n");
      for (String name : provenance.keySet()) {
        x.append("<rdf:li rdf:parseType=\"Resource\">")
            .append("<pdfaProperty:name>").append(name).append("</pdfaProperty:name>")
            .append("<pdfaProperty:valueType>Text</pdfaProperty:valueType>")
            .append("<pdfaProperty:category>internal</pdfaProperty:category>")
            .append("<pdfaProperty:description>").append(name).append(" of the data this report was built from")
            .append("</pdfaProperty:description></rdf:li>\n");
      }
      x.append("</rdf:Seq></pdfaSchema:property>\n</rdf:li>\n");
    }
    x.append("</rdf:Bag></pdfaExtension:schemas>\n")
        .append("</rdf:Description>\n");

    x.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
    return x.toString();
  }

  /** XML text, escaped. */
  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Without the characters XML 1.0 cannot carry at all. */
  private static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(
            cp ->
                cp == 0x9
                    || cp == 0xA
                    || cp == 0xD
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    || cp >= 0x10000)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
