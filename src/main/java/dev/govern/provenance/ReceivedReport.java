package dev.govern.provenance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A report PDF as an auditor received it: what it says about its origin (XMP), what it carries
 * (attachments), its page text, and whether anything was appended to it after it was written.
 *
 * @param provenance what the XMP metadata states; null when it states no (readable) provenance
 * @param attachments embedded files by name
 * @param pages the text of each page
 * @param revisions how many times the file was written: 1 for a PDF as govern writes it, 2 when
 *     it was signed, more when an incremental update was appended
 * @param signatures the file's signatures, each checked, in the order of the file
 */
public record ReceivedReport(Provenance provenance, Map<String, byte[]> attachments, List<String> pages, int revisions,
    List<ReportSignature> signatures) {

  private static final Pattern PROPERTY = Pattern.compile("<govern:(\\w+)>([^<]*)</govern:\\1>");

  /** Why a file could not be read as a PDF. */
  public static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  public static ReceivedReport read(byte[] pdf) throws Unreadable {
    int revisions = count(pdf, "startxref".getBytes(StandardCharsets.US_ASCII));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Provenance provenance = null;
      PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
      if (metadata != null) {
        String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
        Map<String, String> properties = new LinkedHashMap<>();
        Matcher m = PROPERTY.matcher(xmp);
        while (m.find()) {
          properties.put(m.group(1), unescape(m.group(2)));
        }
        provenance = properties.isEmpty() ? null : Provenance.fromProperties(properties);
      }
      Map<String, byte[]> attachments = new LinkedHashMap<>();
      PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
      PDEmbeddedFilesNameTreeNode tree = names == null ? null : names.getEmbeddedFiles();
      if (tree != null && tree.getNames() != null) {
        for (Map.Entry<String, PDComplexFileSpecification> e : tree.getNames().entrySet()) {
          PDEmbeddedFile file = e.getValue().getEmbeddedFile();
          if (file != null) {
            attachments.put(e.getKey(), file.toByteArray());
          }
        }
      }
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pages.add(stripper.getText(doc));
      }
      List<ReportSignature> signatures = new ArrayList<>();
      for (PDSignature signature : doc.getSignatureDictionaries()) {
        signatures.add(ReportSignature.check(signature, pdf));
      }
      return new ReceivedReport(provenance, attachments, pages, revisions, List.copyOf(signatures));
    } catch (IOException e) {
      throw new Unreadable("not a readable PDF: " + e.getMessage());
    }
  }

  /** The attached data archive as a snapshot (paths inside its top folder), or null when absent or broken. */
  public DataSnapshot attachedData(String name) {
    byte[] zip = attachments.get(name);
    if (zip == null) {
      return null;
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        String path = e.getName();
        int slash = path.indexOf('/');
        files.put(slash < 0 ? path : path.substring(slash + 1), in.readAllBytes());
      }
    } catch (IOException e) {
      return null;
    }
    return new DataSnapshot(files);
  }

  private static int count(byte[] haystack, byte[] needle) {
    int n = 0;
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      n++;
    }
    return n;
  }

  private static String unescape(String xml) {
    return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
