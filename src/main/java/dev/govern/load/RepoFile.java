package dev.govern.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Reads one file of a governance repo for the output, as untrusted input: it must lie inside the
 * repo's real path (links are followed, but not out of it), be a regular file (a FIFO would block
 * the build forever, a device would never end), be no larger than a limit checked before and while
 * reading (a file that grows under the reader cannot exhaust memory either), and arrive within a
 * time limit (a file on a network or FUSE mount that trickles in cannot hold the build).
 */
public final class RepoFile {
  /** Reading any one file of the repo takes far less on any disk; longer means something is wrong. */
  static final long READ_MILLIS = 20_000;

  private static final int CHUNK = 1 << 16;

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
        throw new Refused(shown + ": " + tooLarge(maxBytes));
      }
      try {
        return bounded(real, maxBytes, READ_MILLIS);
      } catch (Refused e) {
        throw new Refused(shown + ": " + e.getMessage());
      }
    } catch (IOException e) {
      throw new Refused(shown + ": cannot be read");
    }
  }

  /**
   * A regular file's bytes, read in chunks: refused when it holds more than {@code maxBytes} (it may
   * have grown since its size was looked at) or is not read whole within {@code millis}. The
   * refusal's message says why, without naming the file.
   */
  static byte[] bounded(Path real, long maxBytes, long millis) throws Refused, IOException {
    long deadline = System.nanoTime() + millis * 1_000_000;
    try (FileChannel in = FileChannel.open(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      byte[] bytes = new byte[(int) Math.min(Math.max(in.size(), 0) + 1, maxBytes + 1)];
      int length = 0;
      while (true) {
        if (length == bytes.length) {
          if (length > maxBytes) {
            throw new Refused(tooLarge(maxBytes));
          }
          bytes = Arrays.copyOf(bytes, (int) Math.min(maxBytes + 1, (long) length * 2));
        }
        int n = in.read(ByteBuffer.wrap(bytes, length, Math.min(CHUNK, bytes.length - length)));
        if (n < 0) {
          return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
        }
        length += n;
        if (System.nanoTime() - deadline > 0) {
          throw new Refused("not read within " + millis / 1000 + " s; is it on a slow network or device"
              + " mount? Copy it into the repository");
        }
      }
    }
  }

  /**
   * The path from the repo root that {@code path} names when read from {@code folder} (itself from
   * the root; {@code ""} for the root), normalised: {@code .} and empty parts dropped, {@code ..}
   * resolved. A path that climbs above the root comes back as {@code ..}, so that it is reported
   * rather than looked up.
   */
  public static String relative(String folder, String path) {
    Deque<String> parts = new ArrayDeque<>();
    if (folder != null) {
      for (String part : folder.split("/")) {
        if (!part.isEmpty()) {
          parts.addLast(part);
        }
      }
    }
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return "..";
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return String.join("/", parts);
  }

  private static String tooLarge(long maxBytes) {
    return maxBytes >= 1 << 20 ? "larger than " + (maxBytes >> 20) + " MiB" : "larger than " + maxBytes + " bytes";
  }
}
