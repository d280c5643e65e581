package dev.govern.scan;

import dev.govern.load.MeasurementBinder;
import dev.govern.model.RepositoryScan;
import dev.govern.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a repository's tree gave at a HEAD commit, kept so that an unchanged repository costs only
 * the look-up of its HEAD on the next scan. The key is the commit, the signatures' digest, govern's
 * version and {@link #FORMAT}; violations are not cached, as they depend on the classification and the tool
 * inventory. The cache is an optimisation only: anything unreadable in it is scanned again.
 */
final class ScanCache {
  /** Raised when what is cached changes shape, so that old entries are not reused. */
  static final String FORMAT = "1";

  private final Path dir;

  ScanCache(Path dir) {
    this.dir = dir;
  }

  /** Read once: a cache entry, and the scan index's, is only as good as the release that wrote it. */
  static final String GOVERN = dev.govern.bundle.Bundle.version();

  static String key(String head, Signatures signatures) {
    return "v" + FORMAT + " govern " + GOVERN + " " + head + " " + signatures.digest();
  }

  Optional<RepositoryScan> get(String id, String key) {
    Path file = dir.resolve(id + ".yaml");
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      List<Problem> problems = new ArrayList<>();
      return MeasurementBinder.part(Files.readAllBytes(file), file.toString(), problems)
          .filter(p -> key.equals(p.key()) && p.repositories().size() == 1)
          .map(p -> p.repositories().get(0));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  void put(String id, String key, RepositoryScan scan) {
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "." + id, ".tmp");
      Files.writeString(tmp, MeasurementWriter.part(null, key, 1, List.of(scan)), StandardCharsets.UTF_8);
      try {
        Files.move(tmp, dir.resolve(id + ".yaml"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, dir.resolve(id + ".yaml"), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      // A cache that cannot be written only makes the next scan slower.
    }
  }
}
