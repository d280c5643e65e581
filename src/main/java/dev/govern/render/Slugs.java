package dev.govern.render;

import java.nio.charset.StandardCharsets;

/**
 * File names and anchors from ids. Ids may hold any text ("GOVERN 1.1", "6.1.2", Chinese); a slug
 * keeps ASCII letters, digits, '.', '-' and '_', and writes every other byte as {@code ~xx}, so two
 * different ids never share a slug.
 */
public final class Slugs {
  private Slugs() {}

  public static String of(String id) {
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
