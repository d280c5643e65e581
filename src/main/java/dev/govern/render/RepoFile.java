package dev.govern.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads one file of a governance repo for the output, as untrusted input: it must lie inside the
 * repo's real path (links are followed, but not out of it), be a regular file (a FIFO would block
 * the build forever, a device would never end), and be no larger than a limit checked before and
 * while reading (a file that grows under the reader cannot exhaust memory either).
 */
public final class RepoFile {
  private RepoFile() {}

  /** Why a file was refused; the message names it as {@code shown} and is for people. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    public Refused(String message) {
      super(message);
    }
  }

  /**
   * @param realRoot the governance repo's real path
   * @param shown the file as people know it, e.g. {@code templates/assets/logo.png}
   */
  public static byte[] read(Path file, Path realRoot, String shown, long maxBytes) throws Refused {
    Path real;
    try {
      real = file.toRealPath();
    } catch (NoSuchFileException e) {
      throw new Refused(shown + ": not found, or a link to something that does not exist");
    } catch (IOException e) {
      throw new Refused(shown + ": cannot be read");
    }
    if (!real.startsWith(realRoot)) {
      throw new Refused(shown + ": links to a place outside the governance repository; copy the file in instead");
    }
    try {
      BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile()) {
        throw new Refused(shown + ": not a regular file (a pipe, device or socket cannot be used)");
      }
      if (attributes.size() > maxBytes) {
        throw new Refused(shown + ": larger than " + (maxBytes >> 20) + " MiB");
      }
      try (InputStream in = Files.newInputStream(real)) {
        byte[] bytes = in.readNBytes((int) maxBytes + 1);
        if (bytes.length > maxBytes) {
          throw new Refused(shown + ": larger than " + (maxBytes >> 20) + " MiB");
        }
        return bytes;
      }
    } catch (IOException e) {
      throw new Refused(shown + ": cannot be read");
    }
  }
}
