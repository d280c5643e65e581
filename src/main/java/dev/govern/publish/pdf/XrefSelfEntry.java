package dev.govern.publish.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Gives the cross-reference stream PDFBox writes the entry for itself that the PDF specification
 * asks for (ISO 32000, 7.5.8.3).
 *
 * <p>PDFBox 3 numbers the xref stream one past every other object and sets {@code /Size} to match,
 * but its {@code /Index} stops before the stream's own number. Readers cope, yet {@code qpdf
 * --check} warns that "reported number of objects is not one plus the highest object number", and
 * an auditor's tooling should find nothing to question in the file. The stream is the file's last
 * object, so it can be rewritten in place without moving anything {@code startxref} or the other
 * entries point at. A file in any other shape than the one PDFBox writes is returned unchanged.
 */
final class XrefSelfEntry {
  private static final Pattern HEADER = Pattern.compile("\\A(\\d+) 0 obj\\s*<<");
  private static final Pattern INDEX = Pattern.compile("/Index \\[([\\d\\s]*)\\]");
  private static final Pattern SIZE = Pattern.compile("/Size (\\d+)");
  private static final Pattern LENGTH = Pattern.compile("/Length (\\d+)");
  private static final Pattern WIDTHS = Pattern.compile("/W \\[(\\d) (\\d) (\\d)\\]");
  private static final byte[] STREAM = "stream\r\n".getBytes(StandardCharsets.ISO_8859_1);

  private XrefSelfEntry() {}

  static byte[] add(byte[] pdf) {
    int startxref = lastIndexOf(pdf, "startxref".getBytes(StandardCharsets.ISO_8859_1));
    if (startxref < 0) {
      return pdf;
    }
    String tail = new String(pdf, startxref, pdf.length - startxref, StandardCharsets.ISO_8859_1);
    Matcher at = Pattern.compile("startxref\\s+(\\d+)").matcher(tail);
    if (!at.lookingAt()) {
      return pdf;
    }
    int offset = Integer.parseInt(at.group(1));
    int dataStart = indexOf(pdf, STREAM, offset);
    if (offset <= 0 || offset >= startxref || dataStart < 0) {
      return pdf;
    }
    String dict = new String(pdf, offset, dataStart - offset, StandardCharsets.ISO_8859_1);
    Matcher header = HEADER.matcher(dict);
    Matcher index = INDEX.matcher(dict);
    Matcher size = SIZE.matcher(dict);
    Matcher length = LENGTH.matcher(dict);
    Matcher widths = WIDTHS.matcher(dict);
    if (!header.find() || !index.find() || !size.find() || !length.find() || !widths.find()
        || !dict.contains("/Type /XRef") || !dict.contains("/Filter /FlateDecode")
        || dict.contains("/DecodeParms") || dict.contains("/Prev")) {
      return pdf;
    }
    int self = Integer.parseInt(header.group(1));
    // Pairs of first object number and count: one pair from one document, several with gaps
    // where the numbers of a joined document's parts are not all used.
    String[] numbers = index.group(1).strip().split("\\s+");
    if (numbers.length < 2 || numbers.length % 2 != 0) {
      return pdf;
    }
    long entries = 0;
    long end = 0;
    for (int i = 0; i < numbers.length; i += 2) {
      long first = Long.parseLong(numbers[i]);
      long count = Long.parseLong(numbers[i + 1]);
      if (first < end) {
        return pdf;
      }
      entries += count;
      end = first + count;
    }
    // Only the case at hand: the stream is the last object, and the one the index leaves out.
    if (end > self || Integer.parseInt(size.group(1)) != self + 1) {
      return pdf;
    }
    int[] w = {Integer.parseInt(widths.group(1)), Integer.parseInt(widths.group(2)), Integer.parseInt(widths.group(3))};
    if (w[0] < 1 || w[1] < 1 || (w[1] < 4 && offset >= 1L << (8 * w[1]))) {
      return pdf;
    }
    int dataLength = Integer.parseInt(length.group(1));
    if (dataStart + STREAM.length + dataLength > startxref) {
      return pdf;
    }
    byte[] table = inflate(pdf, dataStart + STREAM.length, dataLength);
    if (table == null || table.length != entries * (w[0] + w[1] + w[2])) {
      return pdf;
    }
    ByteArrayOutputStream rows = new ByteArrayOutputStream(table.length + 8);
    rows.write(table, 0, table.length);
    writeNumber(rows, 1, w[0]);
    writeNumber(rows, offset, w[1]);
    writeNumber(rows, 0, w[2]);
    byte[] data = deflate(rows.toByteArray());

    String pairs;
    if (end == self) {
      // The last run of numbers goes on to the stream's own.
      numbers[numbers.length - 1] = Long.toString(Long.parseLong(numbers[numbers.length - 1]) + 1);
      pairs = String.join(" ", numbers);
    } else {
      pairs = String.join(" ", numbers) + " " + self + " 1";
    }
    String newDict = dict.substring(0, index.start()) + "/Index [" + pairs + "]" + dict.substring(index.end());
    Matcher newLength = LENGTH.matcher(newDict);
    newLength.find();
    newDict = newDict.substring(0, newLength.start()) + "/Length " + data.length + newDict.substring(newLength.end());

    ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64);
    out.write(pdf, 0, offset);
    out.writeBytes(newDict.getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(STREAM);
    out.writeBytes(data);
    int after = dataStart + STREAM.length + dataLength;
    out.write(pdf, after, pdf.length - after);
    return out.toByteArray();
  }

  private static void writeNumber(ByteArrayOutputStream out, long value, int width) {
    for (int i = width - 1; i >= 0; i--) {
      out.write((int) (value >>> (8 * i)) & 0xff);
    }
  }

  private static byte[] inflate(byte[] in, int from, int length) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(in, from, length);
      ByteArrayOutputStream out = new ByteArrayOutputStream(length * 4);
      byte[] buffer = new byte[8192];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          return null;
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      return null;
    } finally {
      inflater.end();
    }
  }

  private static byte[] deflate(byte[] in) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    try {
      deflater.setInput(in);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 2 + 64);
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  private static int lastIndexOf(byte[] in, byte[] what) {
    for (int i = in.length - what.length; i >= 0; i--) {
      if (matches(in, i, what)) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(byte[] in, byte[] what, int from) {
    for (int i = Math.max(0, from); i <= in.length - what.length; i++) {
      if (matches(in, i, what)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean matches(byte[] in, int at, byte[] what) {
    for (int j = 0; j < what.length; j++) {
      if (in[at + j] != what[j]) {
        return false;
      }
    }
    return true;
  }
}
