package dev.govern.bundle;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Font bytes as files, for AWT: {@code Font.createFont} given a stream copies it into a new
 * temporary file that is deleted only when the JVM exits normally, so every killed build left its
 * fonts (about 6 MB) in the temp folder. Given a file it copies nothing. Each font is kept once,
 * named by its content's hash, in a folder of the user's own in the temp folder: builds reuse the
 * same files, and a killed build leaves nothing new.
 */
public final class FontFiles {
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

  /**
   * The name of each font's file, by the identity of its bytes (arrays compare by identity): a
   * large report registers the same fonts once per part, and hashing megabytes of font each time
   * cost seconds.
   */
  private static final Map<byte[], String> NAMES = Collections.synchronizedMap(new WeakHashMap<>());

  private FontFiles() {}

  /** The file holding exactly {@code data}; empty where no private folder can be had (AWT then copies). */
  public static Optional<Path> of(byte[] data) {
    try {
      Path dir = folder();
      if (dir == null) {
        return Optional.empty();
      }
      String name = NAMES.get(data);
      if (name == null) {
        name = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)) + ".ttf";
        NAMES.put(data, name);
      }
      Path file = dir.resolve(name);
      if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == data.length) {
        return Optional.of(file);
      }
      Path partial = Files.createTempFile(dir, "font-", ".part");
      try {
        Files.write(partial, data);
        try {
          Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(partial);
      }
      return Optional.of(file);
    } catch (IOException | NoSuchAlgorithmException | UnsupportedOperationException | SecurityException e) {
      return Optional.empty();
    }
  }

  /**
   * {@code govern-fonts-USER} in the temp folder, made readable by its owner only, and used only
   * when it is still that: a folder another user made there could hand AWT fonts of its choosing.
   */
  private static Path folder() throws IOException {
    String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
    Path dir = Path.of(System.getProperty("java.io.tmpdir")).resolve("govern-fonts-" + user);
    try {
      Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } catch (FileAlreadyExistsException e) {
      // made by an earlier build: checked below
    }
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
        || !Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY)
        || !Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))) {
      return null;
    }
    return dir;
  }
}
