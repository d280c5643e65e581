package dev.govern.provenance;

import dev.govern.load.DataFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The files of a data folder, as govern read them: from the folder on disk or from a commit's tree,
 * through the same {@link DataFiles} the loader uses, so both give the same snapshot for the same
 * content.
 *
 * <p>The digest is defined over file names and contents only: SHA-256 over, for every regular file
 * of the data folder in order of its path's UTF-8 bytes, the path relative to the data folder
 * ({@code /} between folders) in UTF-8, a NUL byte, the file's length in decimal ASCII, a NUL
 * byte, and the file's bytes. Links and anything else that is not a regular file are left out.
 *
 * @param files path to bytes, in digest order
 */
public record DataSnapshot(Map<String, byte[]> files) {
  /** The largest file a snapshot takes (the loader refuses data files over 8 MiB anyway). */
  static final int FILE_LIMIT = 64 * 1024 * 1024;

  public DataSnapshot {
    Map<String, byte[]> sorted = new java.util.TreeMap<>((a, b) ->
        Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
    sorted.putAll(files);
    files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
  }

  /** Every regular file under the data folder. */
  public static DataSnapshot of(DataFiles data) throws IOException {
    List<String> paths = new ArrayList<>();
    walk(data, "", paths);
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String path : paths) {
      try {
        files.put(path, data.read(path, FILE_LIMIT));
      } catch (DataFiles.Unreadable e) {
        // A link or a special file: not data govern reads, so not part of the snapshot.
      }
    }
    return new DataSnapshot(files);
  }

  private static void walk(DataFiles data, String folder, List<String> out) throws IOException {
    for (String name : data.list(folder)) {
      String path = folder.isEmpty() ? name : folder + "/" + name;
      if (data.isFolder(path)) {
        walk(data, path, out);
      } else {
        out.add(path);
      }
    }
  }

  /** The SHA-256 digest defined above, as 64 lower-case hex digits. */
  public String digest() {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
    files.forEach((path, bytes) -> {
      sha.update(path.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
      sha.update((byte) 0);
      sha.update(bytes);
    });
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * A ZIP of the files under {@code folderName/}, the same bytes for the same files: entries in
   * digest order, each dated {@code date} (UTC), no extra fields.
   */
  public byte[] zip(String folderName, Instant date) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LocalDateTime time = LocalDateTime.ofInstant(date, ZoneOffset.UTC);
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      zip.setLevel(9);
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        ZipEntry entry = new ZipEntry(folderName + "/" + f.getKey());
        // The local date-time as stored: no time zone of this machine enters the archive.
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(f.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
