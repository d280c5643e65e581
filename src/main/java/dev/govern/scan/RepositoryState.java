package dev.govern.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;

/**
 * Everything a scan's result depends on in a repository's own files, read as plain files without
 * opening the repository with JGit: {@code HEAD} and each ref the scan reads, followed through
 * symbolic refs as loose files, {@code packed-refs}, {@code config} (diff settings), {@code shallow}
 * (boundary commits count no lines) and {@code info/grafts}. Git objects are named by their content,
 * so two equal states name the same commits, trees and notes, and a scan would give the same result:
 * this is what lets a rescan of an unchanged repository skip JGit altogether.
 *
 * <p>Only what this reading fully understands gets a state; anything else — a reftable repository,
 * a linked worktree ({@code commondir}), a symbolic link or other non-regular file where a ref or
 * setting is kept, a ref name that is not valid, a file larger than {@value #MAX_BYTES} bytes, a read
 * error — gives none, and the repository is read in full.
 */
final class RepositoryState {
  static final int MAX_BYTES = 64 * 1024 * 1024;
  /** Symbolic refs followed before giving up, as Git does. */
  private static final int MAX_HOPS = 5;
  private static final String SYMREF = "ref: ";

  private RepositoryState() {}

  /**
   * The state of the repository at {@code gitDir} as far as the named refs are concerned (their
   * loose files, following symbolic refs, and the files every ref look-up reads), as a digest; empty
   * when this reading cannot vouch for it.
   */
  static Optional<String> of(Path gitDir, List<String> refs) {
    try {
      if (Files.exists(gitDir.resolve("reftable"), LinkOption.NOFOLLOW_LINKS)
          || Files.exists(gitDir.resolve("commondir"), LinkOption.NOFOLLOW_LINKS)
          || !Files.isDirectory(gitDir.resolve("objects"), LinkOption.NOFOLLOW_LINKS)
          || !Files.isDirectory(gitDir.resolve("refs"), LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String file : List.of("config", "packed-refs", "shallow", "info/grafts")) {
        add(sha, file, read(gitDir.resolve(file)));
      }
      for (String ref : refs) {
        String name = ref;
        for (int hop = 0; ; hop++) {
          if (hop > MAX_HOPS || !(name.equals("HEAD") || Repository.isValidRefName(name))) {
            return Optional.empty();
          }
          byte[] content = read(gitDir.resolve(name));
          add(sha, name, content);
          String text = content == null ? "" : new String(content, StandardCharsets.UTF_8);
          if (!text.startsWith(SYMREF)) {
            break; // an object id, or absent (then packed-refs, digested above, holds it)
          }
          name = text.substring(SYMREF.length()).strip();
        }
      }
      return Optional.of(HexFormat.of().formatHex(sha.digest()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Name, length and bytes, so that no two different sets of files digest alike; -1 for absent. */
  private static void add(MessageDigest sha, String name, byte[] content) {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    sha.update(intBytes(n.length));
    sha.update(n);
    sha.update(intBytes(content == null ? -1 : content.length));
    if (content != null) {
      sha.update(content);
    }
  }

  private static byte[] intBytes(int v) {
    return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
  }

  /**
   * A regular file's bytes, or null when there is nothing at the path. A symbolic link, a folder, a
   * pipe or an oversized file is not read (a pipe would block, a link could lead anywhere): the
   * caller gets an exception and falls back to JGit.
   */
  private static byte[] read(Path file) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
    if (!attributes.isRegularFile() || attributes.size() > MAX_BYTES) {
      throw new IOException("not a plain file: " + file.getFileName());
    }
    return Files.readAllBytes(file);
  }
}
