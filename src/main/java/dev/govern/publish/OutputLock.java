package dev.govern.publish;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * An exclusive lock on the folder a site is published into, so that two builds never publish
 * there at once. The operating system holds it: a killed build loses it at once and nothing goes
 * stale.
 *
 * <p>On Linux and macOS it is {@code flock(2)} on the folder itself, so no lock file is ever left
 * in the repo. Java's own file locks are POSIX record locks, which a process drops as soon as it
 * closes any other handle on the same file, and which need a file that stays; they are used only
 * where flock is not available, on a {@code .NAME.lock} file beside the output that is kept.
 */
final class OutputLock implements AutoCloseable {
  private static final int LOCK_EX = 2;
  private static final int LOCK_NB = 4;
  private static final int EWOULDBLOCK_LINUX = 11;
  private static final int EWOULDBLOCK_MAC = 35;
  private static final int EINTR = 4;

  /** The C functions for a lock on a folder. */
  interface C extends Library {
    int open(String path, int flags) throws LastErrorException;

    int flock(int fd, int operation) throws LastErrorException;

    int close(int fd) throws LastErrorException;
  }

  private static final C NATIVE = load();

  private final int fd;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(int fd, FileChannel channel, FileLock lock) {
    this.fd = fd;
    this.channel = channel;
    this.lock = lock;
  }

  private static C load() {
    if (!Platform.isLinux() && !Platform.isMac()) {
      return null;
    }
    try {
      return Native.load("c", C.class);
    } catch (LinkageError | RuntimeException e) {
      return null;
    }
  }

  /**
   * Takes the lock on {@code folder}, the folder that holds the output, waiting at most {@code wait}
   * for another build to finish publishing there.
   *
   * @param shown the output folder as the user named it, for messages
   */
  static OutputLock acquire(Path folder, String outputName, Duration wait, Path shown) throws PublishException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      OutputLock taken = NATIVE != null ? tryFlock(folder, shown) : tryFileLock(folder.resolve("." + outputName + ".lock"), shown);
      if (taken != null) {
        return taken;
      }
      if (System.nanoTime() > deadline) {
        throw new PublishException("another govern build is publishing to " + shown + " and did not finish within "
            + wait.toSeconds() + " s; try again when it has");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PublishException("interrupted while waiting for another build publishing to " + shown);
      }
    }
  }

  private static OutputLock tryFlock(Path folder, Path shown) throws PublishException {
    int fd;
    try {
      fd = NATIVE.open(folder.toAbsolutePath().toString(), 0); // O_RDONLY: a folder can be locked read-only
    } catch (LastErrorException e) {
      throw new PublishException("cannot lock " + folder + " for publishing " + shown + " (error " + e.getErrorCode()
          + ")");
    }
    try {
      NATIVE.flock(fd, LOCK_EX | LOCK_NB);
      return new OutputLock(fd, null, null);
    } catch (LastErrorException e) {
      closeQuietly(fd);
      int errno = e.getErrorCode();
      if (errno == EWOULDBLOCK_LINUX || errno == EWOULDBLOCK_MAC || errno == EINTR) {
        return null;
      }
      throw new PublishException("cannot lock " + folder + " for publishing " + shown + " (error " + errno + ")");
    }
  }

  private static OutputLock tryFileLock(Path file, Path shown) throws PublishException {
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return new OutputLock(-1, channel, lock);
      }
      channel.close();
      return null;
    } catch (IOException e) {
      if (channel != null) {
        try {
          channel.close();
        } catch (IOException ignored) {
          // the lock was not taken
        }
      }
      throw new PublishException("cannot lock " + file.getFileName() + " for publishing " + shown + ": "
          + e.getMessage(), e);
    }
  }

  private static void closeQuietly(int fd) {
    try {
      NATIVE.close(fd);
    } catch (LastErrorException e) {
      // the descriptor is gone either way
    }
  }

  @Override
  public void close() {
    if (channel == null) {
      closeQuietly(fd); // closing the descriptor releases the flock
      return;
    }
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // the process ending releases it too
    }
  }
}
