package dev.govern.init;

import dev.govern.load.DataShapes;
import dev.govern.load.DataShapes.DataFile;
import dev.govern.schema.JsonSchemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
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

  /** Writes every schema into {@code dir/schema/}. */
  static List<Path> writeSchemas(Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(SCHEMA_FOLDER));
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, String> schema : JsonSchemas.all().entrySet()) {
      Path target = folder.resolve(schema.getKey());
      Files.writeString(target, schema.getValue(), StandardCharsets.UTF_8);
      written.add(target);
    }
    return written;
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
