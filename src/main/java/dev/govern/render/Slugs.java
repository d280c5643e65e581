package dev.govern.render;

import java.nio.charset.StandardCharsets;

/**
 * File names and anchors from ids. Ids may hold any text ("GOVERN 1.1", "6.1.2", Chinese); a slug
 * keeps ASCII letters, digits, '.', '-' and '_', and writes every other byte as {@code ~xx}, so two
 * different ids never share a slug.
 *
 * <p>A slug is at most {@value #MAX_LENGTH} characters, so that a page name fits every file system
 * (255 bytes on most): a longer one keeps its start and ends in {@code ~~} and 20 hex digits of the
 * id's SHA-256 (issue 11: a 28-character Chinese id made an 84-byte id and a 257-character name).
 */
public final class Slugs {
  /** The longest slug; with "risks/" and ".html" a path stays far below any limit. */
  static final int MAX_LENGTH = 120;
  private static final int KEPT = MAX_LENGTH - 22;

  private Slugs() {}

  public static String of(String id) {
    String slug = escaped(id);
    if (slug.length() <= MAX_LENGTH) {
      return slug;
    }
    // Cut between escapes, never inside one, so that the kept start still reads as the id's start.
    int cut = KEPT;
    int tilde = slug.lastIndexOf('~', cut - 1);
    if (tilde >= 0 && tilde + 3 > cut) {
      cut = tilde;
    }
    return slug.substring(0, cut) + "~~" + hash(id);
  }

  private static String hash(String id) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 10);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static String escaped(String id) {
    StringBuilder sb = new StringBuilder();
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
          || (c == '.' && sb.length() > 0);
      if (plain) {
        sb.append(c);
      } else {
        sb.append('~').append(String.format("%02x", b & 0xff));
      }
    }
    return sb.toString();
  }
}
