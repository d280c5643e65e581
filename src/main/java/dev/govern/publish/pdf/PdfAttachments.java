package dev.govern.publish.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Files embedded in the PDF as PDF/A-3 associated files: each in the document's EmbeddedFiles
 * name tree and its {@code /AF} array, with the MIME type, the modification date, a description
 * and the relationship to the document that PDF/A-3 requires.
 */
public final class PdfAttachments {
  /** How an attachment relates to the document (PDF/A-3's AFRelationship). */
  public enum Relationship {
    /** What the document was made from (the governance data). */
    Source,
    /** Data the document presents (the figures of the report). */
    Data,
    /** Something that goes with the document (another representation). */
    Supplement
  }

  /** One file to embed. */
  public record Attachment(String name, String mimeType, Relationship relationship, String description, byte[] content) {
    public Attachment {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(mimeType, "mimeType");
      Objects.requireNonNull(relationship, "relationship");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(content, "content");
    }
  }

  private PdfAttachments() {}

  static void embed(PDDocument doc, List<Attachment> attachments, Instant date) throws IOException {
    if (attachments.isEmpty()) {
      return;
    }
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    calendar.setTimeInMillis(date.toEpochMilli());
    Map<String, PDComplexFileSpecification> byName = new TreeMap<>();
    COSArray af = new COSArray();
    for (Attachment a : attachments) {
      PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(a.content()), COSName.FLATE_DECODE);
      file.setSubtype(a.mimeType());
      file.setSize(a.content().length);
      file.setCreationDate(calendar);
      file.setModDate((Calendar) calendar.clone());
      PDComplexFileSpecification spec = new PDComplexFileSpecification();
      spec.setFile(a.name());
      spec.setFileUnicode(a.name());
      spec.setEmbeddedFile(file);
      spec.setEmbeddedFileUnicode(file);
      spec.setFileDescription(a.description());
      spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), a.relationship().name());
      byName.put(a.name(), spec);
      af.add(spec);
    }
    PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
    tree.setNames(byName);
    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    PDDocumentNameDictionary names = catalog.getNames() != null ? catalog.getNames() : new PDDocumentNameDictionary(catalog);
    names.setEmbeddedFiles(tree);
    catalog.setNames(names);
    catalog.getCOSObject().setItem(COSName.getPDFName("AF"), af);
  }
}
