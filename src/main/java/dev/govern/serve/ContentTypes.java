package dev.govern.serve;

import java.util.Locale;
import java.util.Map;

/**
 * The content type of each kind of file a site holds, by extension. Anything else is served as
 * bytes to download ({@code application/octet-stream}) and, with {@code nosniff}, never guessed at.
 */
public final class ContentTypes {
  static final String HTML = "text/html; charset=utf-8";
  static final String FALLBACK = "application/octet-stream";

  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("html", HTML),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("pdf", "application/pdf"),
      Map.entry("json", "application/json"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("woff2", "font/woff2"),
      Map.entry("woff", "font/woff"),
      Map.entry("ttf", "font/ttf"),
      Map.entry("otf", "font/otf"));

  private ContentTypes() {}

  /** The Content-Type of a file by its name's extension; {@link #FALLBACK} for one not known. */
  public static String of(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? FALLBACK : BY_EXTENSION.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), FALLBACK);
  }
}
