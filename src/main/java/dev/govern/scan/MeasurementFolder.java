package dev.govern.scan;

import dev.govern.model.RepositoryScan;
import dev.govern.publish.SitePublisher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code data/measurements/}: {@code scan.yaml} and one file per repository, written whole. A single
 * scan and a merge of parts both come here, so they give the same bytes.
 */
public final class MeasurementFolder {
  public static final String NAME = "measurements";

  private MeasurementFolder() {}

  /** The files of the folder, by path relative to it. */
  public static Map<String, byte[]> files(LocalDate asOf, List<RepositoryScan> repositories) {
    Map<String, byte[]> files = new TreeMap<>();
    files.put("scan.yaml", MeasurementWriter.summary(asOf, repositories.size()).getBytes(StandardCharsets.UTF_8));
    for (RepositoryScan r : repositories) {
      files.put("repositories/" + r.id() + ".yaml", MeasurementWriter.repositoryFile(r).getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }

  /** Replaces {@code dataDir/measurements} by the measurements, leaving nothing of an earlier scan. */
  public static void write(Path dataDir, LocalDate asOf, List<RepositoryScan> repositories) throws IOException {
    SitePublisher.replace(dataDir.resolve(NAME), files(asOf, repositories));
  }

  /** A part file's text: one shard's measurements, for {@code --merge}. */
  public static String part(LocalDate asOf, String shard, int inventory, List<RepositoryScan> repositories) {
    return MeasurementWriter.part(asOf, shard, inventory, repositories);
  }
}
