package dev.govern.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A request's URL path as a path inside the site, or nothing. The site is served from memory, so no
 * path can reach a file on disk; still, anything that would climb out of a folder or name a place by
 * itself ({@code ..}, {@code .}, an empty segment, a backslash, a drive letter, a control character,
 * bad escapes or bad UTF-8) is refused outright rather than interpreted, so that no spelling of a
 * traversal ever means anything.
 */
final class SitePath {
  private SitePath() {}

  /**
   * @param rawPath the path of the request line, still percent-encoded, e.g. {@code /controls/TM-001.html}
   * @return the path relative to the site, {@code ""} for the top and ending in {@code /} for a
   *     folder; empty when refused
   */
  static Optional<String> of(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/")) {
      return Optional.empty();
    }
    Optional<String> decoded = decode(rawPath.substring(1));
    if (decoded.isEmpty()) {
      return Optional.empty();
    }
    String path = decoded.get();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\' || c == ':') {
        return Optional.empty();
      }
    }
    String[] segments = path.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String s = segments[i];
      boolean last = i == segments.length - 1;
      if (s.equals(".") || s.equals("..") || (s.isEmpty() && !last)) {
        return Optional.empty();
      }
    }
    return Optional.of(path);
  }

  /** Percent-decoding, once, into UTF-8; empty for a malformed escape or bytes that are not UTF-8. */
  private static Optional<String> decode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return Optional.empty();
        }
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c > 0x7f) {
        return Optional.empty(); // a request line is ASCII; anything else is not a browser's
      } else {
        bytes.write(c);
      }
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
