package dev.govern.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads bundled resources, whether they sit in the jar or, in tests, in {@code target/classes}. */
public final class Bundle {
  private Bundle() {}

  /** govern's version, as the build recorded it in {@code dev/govern/version.properties}. */
  public static String version() {
    String text = read("dev/govern/version.properties").map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8))
        .orElseThrow(() -> new IllegalStateException("the build did not record govern's version"));
    java.util.Properties p = new java.util.Properties();
    try {
      p.load(new java.io.StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String v = p.getProperty("version");
    if (v == null || v.isBlank() || v.startsWith("${")) {
      throw new IllegalStateException("the build did not record govern's version");
    }
    return v;
  }

  /** One bundled file's bytes, or empty when there is no such file. */
  public static Optional<byte[]> read(String name) {
    try (InputStream in = Bundle.class.getClassLoader().getResourceAsStream(name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every file under a bundled folder, by path relative to it, sorted.
   *
   * @param folder e.g. {@code defaults/data}
   */
  public static Map<String, byte[]> tree(String folder) {
    URL url = Bundle.class.getClassLoader().getResource(folder);
    if (url == null) {
      return Map.of();
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return walk(fs.getPath("/" + folder));
      }
      return walk(Path.of(uri));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, byte[]> walk(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }
}
