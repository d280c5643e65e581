package dev.govern.publish;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Swaps two folders in one atomic step, where the operating system can: Linux's
 * {@code renameat2(RENAME_EXCHANGE)} and macOS's {@code renamex_np(RENAME_SWAP)}. Java has no such
 * call, and two renames leave a moment with no site at all; a reader (or a kill) at that moment
 * finds nothing. Called through JNA, which loads only the C library already in the process.
 */
final class Exchange {
  private static final int AT_FDCWD = -100;
  private static final int RENAME_EXCHANGE = 1 << 1;
  private static final int RENAME_SWAP = 0x2;
  /** errno values that mean "not on this file system or kernel": fall back to two renames. */
  private static final int ENOSYS = 38;
  private static final int EINVAL = 22;
  private static final int ENOTSUP_MAC = 45;

  /** The C functions; each platform has only its own. */
  interface LinuxC extends Library {
    int renameat2(int olddirfd, String oldpath, int newdirfd, String newpath, int flags) throws LastErrorException;
  }

  interface MacC extends Library {
    int renamex_np(String from, String to, int flags) throws LastErrorException;
  }

  private static final Object NATIVE = load();

  private Exchange() {}

  private static Object load() {
    try {
      if (Platform.isLinux()) {
        return Native.load("c", LinuxC.class);
      }
      if (Platform.isMac()) {
        return Native.load("c", MacC.class);
      }
    } catch (LinkageError | RuntimeException e) {
      // No native access (an unusual libc, a locked-down JVM): publishing falls back to renames.
    }
    return null;
  }

  /**
   * Exchanges {@code a} and {@code b}, both existing folders on the same file system.
   *
   * @return false when this system cannot exchange atomically (nothing was changed)
   * @throws IOException when the exchange was attempted and failed
   */
  static boolean exchange(Path a, Path b) throws IOException {
    if (NATIVE == null) {
      return false;
    }
    String from = a.toAbsolutePath().toString();
    String to = b.toAbsolutePath().toString();
    try {
      if (NATIVE instanceof LinuxC linux) {
        linux.renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_EXCHANGE);
      } else {
        ((MacC) NATIVE).renamex_np(from, to, RENAME_SWAP);
      }
      return true;
    } catch (LastErrorException e) {
      int errno = e.getErrorCode();
      if (errno == ENOSYS || errno == EINVAL || (NATIVE instanceof MacC && errno == ENOTSUP_MAC)) {
        return false;
      }
      throw new IOException("cannot exchange " + a.getFileName() + " and " + b.getFileName() + " (error " + errno + ")");
    } catch (UnsatisfiedLinkError e) {
      return false; // a C library without the function (glibc before 2.28)
    }
  }
}
