package dev.govern.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The governance repository's files as evidence locations name them: paths from the repo root,
 * with {@code /}. Answers only whether something is there, never what.
 */
public interface RepoPaths {

  /** Whether a file or folder is at a normalised repo-relative path (no {@code .} or {@code ..}). */
  boolean exists(String path);

  /** Where the paths were looked up, for messages: "the working tree", "v1.0". */
  String where();

  /**
   * The repo as it is on disk. Something reached through a link that leads out of the repo counts
   * as absent, so a warning never tells whether a path exists elsewhere on the machine.
   */
  static RepoPaths folder(Path root) {
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      realRoot = root.toAbsolutePath().normalize();
    }
    Path base = realRoot;
    return new RepoPaths() {
      @Override
      public boolean exists(String path) {
        try {
          Path p = base.resolve(path);
          return Files.exists(p, LinkOption.NOFOLLOW_LINKS) && p.toRealPath().startsWith(base);
        } catch (IOException | InvalidPathException e) {
          return false;
        }
      }

      @Override
      public String where() {
        return "the working tree";
      }
    };
  }
}
