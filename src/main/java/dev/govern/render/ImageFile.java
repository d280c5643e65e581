package dev.govern.render;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What an image file from the repo is, from its bytes, and how large it would be once decoded: a
 * small file can hold a picture of billions of pixels (a decompression bomb), so the pixel count
 * is read from the header and bounded before anything decodes it.
 */
final class ImageFile {
  /** The kinds govern publishes; the file's name must say the kind its bytes are. */
  enum Kind {
    PNG("png"), JPEG("jpg", "jpeg"), GIF("gif"), WEBP("webp"), SVG("svg");

    private final String[] extensions;

    Kind(String... extensions) {
      this.extensions = extensions;
    }

    /** The kind a file name's extension names, if any. */
    static Optional<Kind> ofName(String name) {
      String lower = name.toLowerCase(Locale.ROOT);
      for (Kind k : values()) {
        for (String e : k.extensions) {
          if (lower.endsWith("." + e)) {
            return Optional.of(k);
          }
        }
      }
      return Optional.empty();
    }

    /** Whether the PDF renderer draws this kind (it reads raster images through ImageIO, without WebP). */
    boolean inPdf() {
      return this == PNG || this == JPEG || this == GIF;
    }

    String label() {
      return this == JPEG ? "JPEG" : this == WEBP ? "WebP" : name();
    }
  }

  /** A picture larger than this (a 9,000 × 9,000 photograph holds 81 million) is not a policy figure. */
  static final long MAX_PIXELS = 80_000_000L;

  private ImageFile() {}

  /** Whether the bytes are an image of the kind: its signature, or for SVG an {@code <svg} element near the start. */
  static boolean is(Kind kind, byte[] b) {
    return switch (kind) {
      case PNG -> startsWith(b, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
      case JPEG -> b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
      case GIF -> startsWith(b, 0, "GIF87a".getBytes(StandardCharsets.US_ASCII))
          || startsWith(b, 0, "GIF89a".getBytes(StandardCharsets.US_ASCII));
      case WEBP -> startsWith(b, 0, "RIFF".getBytes(StandardCharsets.US_ASCII))
          && startsWith(b, 8, "WEBP".getBytes(StandardCharsets.US_ASCII));
      case SVG -> new String(b, 0, Math.min(b.length, 4096), StandardCharsets.UTF_8).contains("<svg");
    };
  }

  /**
   * The picture's width × height from the header of a raster image; empty when the header cannot be
   * read (a truncated file), which callers treat as unusable. SVG is drawn at its own size: 0.
   */
  static Optional<Long> pixels(Kind kind, byte[] b) {
    return switch (kind) {
      case PNG -> b.length >= 24 && startsWith(b, 12, "IHDR".getBytes(StandardCharsets.US_ASCII))
          ? Optional.of(u32(b, 16) * u32(b, 20)) : Optional.empty();
      case GIF -> b.length >= 10 ? Optional.of((long) u16le(b, 6) * u16le(b, 8)) : Optional.empty();
      case JPEG -> jpeg(b);
      case WEBP -> webp(b);
      case SVG -> Optional.of(0L);
    };
  }

  /** The first start-of-frame segment's size; segments are walked by their lengths. */
  private static Optional<Long> jpeg(byte[] b) {
    int i = 2;
    while (i + 9 < b.length) {
      if ((b[i] & 0xff) != 0xff) {
        return Optional.empty();
      }
      int marker = b[i + 1] & 0xff;
      if (marker == 0xff) {
        i++; // fill byte
        continue;
      }
      boolean startOfFrame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
      if (startOfFrame) {
        return Optional.of((long) u16(b, i + 5) * u16(b, i + 7));
      }
      if (marker == 0xd9 || marker == 0xda) {
        return Optional.empty(); // end of image or start of scan before any frame header
      }
      i += 2 + u16(b, i + 2);
    }
    return Optional.empty();
  }

  private static Optional<Long> webp(byte[] b) {
    if (b.length < 30) {
      return Optional.empty();
    }
    String chunk = new String(b, 12, 4, StandardCharsets.US_ASCII);
    return switch (chunk) {
      case "VP8 " -> Optional.of((long) (u16le(b, 26) & 0x3fff) * (u16le(b, 28) & 0x3fff));
      case "VP8L" -> {
        long bits = (b[21] & 0xffL) | (b[22] & 0xffL) << 8 | (b[23] & 0xffL) << 16 | (b[24] & 0xffL) << 24;
        yield Optional.of(((bits & 0x3fff) + 1) * (((bits >> 14) & 0x3fff) + 1));
      }
      case "VP8X" -> Optional.of((u24le(b, 24) + 1) * (u24le(b, 27) + 1));
      default -> Optional.empty();
    };
  }

  private static boolean startsWith(byte[] b, int at, byte[] prefix) {
    if (b.length < at + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static long u32(byte[] b, int i) {
    return (b[i] & 0xffL) << 24 | (b[i + 1] & 0xffL) << 16 | (b[i + 2] & 0xffL) << 8 | (b[i + 3] & 0xffL);
  }

  private static int u16(byte[] b, int i) {
    return (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
  }

  private static int u16le(byte[] b, int i) {
    return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
  }

  private static long u24le(byte[] b, int i) {
    return (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16;
  }
}
