package dev.govern.init;

import dev.govern.load.DataShapes;
import dev.govern.load.DataShapes.DataFile;
import dev.govern.schema.JsonSchemas;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a new repo gives editors: the JSON Schemas in {@code schema/}, and at the top of every YAML
 * data file the modeline VS Code's and IntelliJ's YAML support read to find its schema, as a path
 * relative to the file (so the repo works wherever it is cloned, offline).
 */
final class Editors {
  static final String SCHEMA_FOLDER = "schema";

  private Editors() {}

  /** Every schema, as a file of the new repo's {@code schema/} folder. */
  static List<StarterFile> schemaFiles() {
    List<StarterFile> files = new ArrayList<>();
    for (Map.Entry<String, String> schema : JsonSchemas.all().entrySet()) {
      files.add(new StarterFile(SCHEMA_FOLDER + "/" + schema.getKey(), schema.getValue().getBytes(StandardCharsets.UTF_8),
          StarterFile.Merge.NEW));
    }
    return files;
  }

  /**
   * {@code # yaml-language-server: $schema=../schema/risks.schema.json} and a newline for a data
   * file at {@code file} (relative to the data folder); empty for a file no schema describes.
   */
  static String modeline(String file) {
    return kind(file).map(kind -> {
      String up = "../".repeat(file.split("/").length);
      return "# yaml-language-server: $schema=" + up + SCHEMA_FOLDER + "/" + JsonSchemas.fileName(kind) + "\n";
    }).orElse("");
  }

  /** The kind of data file at {@code file}, by the globs the data format declares. */
  static Optional<DataFile> kind(String file) {
    Path path = Path.of(file);
    return DataShapes.FILES.stream()
        .filter(f -> FileSystems.getDefault().getPathMatcher("glob:" + f.files()).matches(path))
        .findFirst();
  }
}
