package dev.govern.publish.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import dev.govern.load.RepoFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which resources a render may read: files inside the project and nothing else (no
 * network, no {@code jar:}, no files elsewhere on the machine), and records every refusal as a
 * warning. Governance repositories and their templates are untrusted input (see
 * SECURITY-NOTES.md); openhtmltopdf by default fetches http(s) and opens any other URL.
 *
 * <p>One instance per render. It is asked twice per resource (before and after openhtmltopdf
 * resolves the URI) and the stream factories check again when a file is opened.
 */
final class ResourceGuard {
  /**
   * What a file inside the project may be used as; fonts come only from the {@link FontSet}. SVG
   * files are not among them: Batik, which draws them, fetches what an SVG's own stylesheet imports
   * and fails with an internal error on some (issue 12), so it gets only the charts govern drew.
   */
  private static final Set<ExternalResourceType> FILE_TYPES =
      EnumSet.of(ExternalResourceType.CSS, ExternalResourceType.IMAGE_RASTER);

  private static final int SHOWN_URI_LENGTH = 120;

  /** An image or stylesheet larger than this is left out rather than read into memory. */
  static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

  private final URI base;
  private final Path root;
  private final Set<String> warnings = new LinkedHashSet<>();

  /**
   * @param base what relative URIs resolve against
   * @param root the only folder files may be read from, as a real path
   */
  ResourceGuard(URI base, Path root) {
    this.base = base;
    this.root = root;
  }

  /** The warnings so far, each once, in the order they arose. */
  synchronized List<String> warnings() {
    return new ArrayList<>(warnings);
  }

  /** The access check openhtmltopdf runs on the URI as the document wrote it. */
  boolean allowBeforeResolving(String uri, ExternalResourceType type) {
    URI resolved;
    try {
      resolved = base.resolve(new URI(uri.strip()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      resolved = isData(uri) ? URI.create("data:,") : null;
    }
    return allow(uri, resolved, type);
  }

  /** The access check openhtmltopdf runs on the resolved URI. */
  boolean allowAfterResolving(String uri, ExternalResourceType type) {
    URI parsed;
    try {
      parsed = new URI(uri);
    } catch (URISyntaxException e) {
      parsed = isData(uri) ? URI.create("data:,") : null;
    }
    return allow(uri, parsed, type);
  }

  /** Data URIs may hold characters java.net.URI rejects; only their scheme matters here. */
  private static boolean isData(String uri) {
    return uri.strip().regionMatches(true, 0, "data:", 0, 5);
  }

  private boolean allow(String shown, URI uri, ExternalResourceType type) {
    if (uri == null || uri.getScheme() == null) {
      return block(shown);
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("data")) {
      // Inline images read nothing; inline fonts or documents would bypass the other rules.
      return type == ExternalResourceType.IMAGE_RASTER || block(shown);
    }
    if (scheme.equals("file") && type == ExternalResourceType.XML_SVG) {
      return warn("left out: " + cut(shown) + " (SVG images are not drawn in the PDF; use PNG or JPEG)");
    }
    if (!scheme.equals("file") || !FILE_TYPES.contains(type)) {
      return block(shown);
    }
    return fileInside(shown, uri) != null;
  }

  /** The real path of a {@code file:} URI inside the root, or null after recording why not. */
  private Path fileInside(String shown, URI uri) {
    if (uri.isOpaque() || (uri.getAuthority() != null && !uri.getAuthority().isEmpty())) {
      block(shown);
      return null;
    }
    Path path;
    try {
      path = Path.of(new URI("file", null, uri.getPath(), null)).normalize();
    } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
      block(shown);
      return null;
    }
    try {
      Path real = path.toRealPath();
      if (!real.startsWith(root)) {
        block(shown);
      } else if (!Files.isRegularFile(real)) {
        // A FIFO would block the render forever, a device would never end.
        warn("not a regular file: " + cut(shown));
      } else if (Files.size(real) > MAX_FILE_BYTES) {
        warn("larger than " + (MAX_FILE_BYTES >> 20) + " MiB: " + cut(shown));
      } else {
        return real;
      }
    } catch (NoSuchFileException e) {
      // Say "not found" only for a place the document was allowed to look.
      if (existingAncestorInside(path)) {
        warn("not found: " + cut(shown));
      } else {
        block(shown);
      }
    } catch (IOException | SecurityException e) {
      warn("cannot read: " + cut(shown));
    }
    return null;
  }

  private boolean existingAncestorInside(Path path) {
    for (Path p = path.getParent(); p != null; p = p.getParent()) {
      try {
        return p.toRealPath().startsWith(root);
      } catch (IOException | SecurityException e) {
        // keep climbing
      }
    }
    return false;
  }

  private boolean block(String shown) {
    return warn("blocked: " + cut(shown));
  }

  /** Records a warning; always false, so callers can {@code return warn(...)}. */
  private synchronized boolean warn(String message) {
    warnings.add(message);
    return false;
  }

  private static String cut(String uri) {
    String oneLine = uri.replaceAll("\\s+", " ");
    return oneLine.length() <= SHOWN_URI_LENGTH
        ? oneLine
        : oneLine.substring(0, SHOWN_URI_LENGTH) + "…";
  }

  /** For every scheme but {@code file} and {@code data}: never connects, records the attempt. */
  FSStreamFactory refusing() {
    return uri -> {
      block(uri);
      return EMPTY;
    };
  }

  /** For {@code file:}: opens only files inside the root, checked again on the real path. */
  FSStreamFactory files() {
    return uri -> {
      URI parsed;
      try {
        parsed = new URI(uri);
      } catch (URISyntaxException e) {
        block(uri);
        return EMPTY;
      }
      Path real = fileInside(uri, parsed);
      return real == null ? EMPTY : new FileStream(real, uri);
    };
  }

  private static final FSStream EMPTY =
      new FSStream() {
        @Override
        public InputStream getStream() {
          return null;
        }

        @Override
        public Reader getReader() {
          return null;
        }
      };

  private final class FileStream implements FSStream {
    private final Path path;
    private final String shown;

    FileStream(Path path, String shown) {
      this.path = path;
      this.shown = shown;
    }

    @Override
    public InputStream getStream() {
      try {
        // Read whole here, with the size and time limits of every repo file: the renderer would
        // otherwise wait on a file that trickles in for as long as it takes.
        return new ByteArrayInputStream(RepoFile.read(path, root, cut(shown), MAX_FILE_BYTES));
      } catch (RepoFile.Refused e) {
        warn("cannot read: " + e.getMessage());
        return null;
      }
    }

    @Override
    public Reader getReader() {
      InputStream in = getStream();
      return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
    }
  }
}
