package dev.govern.schema;

import com.networknt.schema.Schema;
import dev.govern.format.Validators;
import dev.govern.load.DataShapes;
import dev.govern.load.DataShapes.DataFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Data folders checked against the generated schemas, file by file, as an editor would. */
public final class SchemaFixtures {
  private SchemaFixtures() {}

  /** The kind of a data file by the globs the data format declares. */
  public static Optional<DataFile> kind(Path relative) {
    return DataShapes.FILES.stream()
        .filter(f -> FileSystems.getDefault().getPathMatcher("glob:" + f.files()).matches(relative))
        .findFirst();
  }

  /** The YAML a schema describes: the file, or a policy's front matter. */
  public static String yaml(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (file.toString().endsWith(".md")) {
        int end = text.indexOf("\n---", 4);
        return text.substring(text.indexOf('\n') + 1, end + 1);
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every violation of every data file in {@code dataDir}, each as "file: path: message". */
  public static List<String> violations(Path dataDir) {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dataDir)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        Path relative = dataDir.relativize(file);
        Optional<DataFile> kind = kind(Path.of(relative.toString().replace('\\', '/')));
        if (kind.isEmpty()) {
          continue;
        }
        Schema schema = Validators.jsonSchema(JsonSchemas.of(kind.get()));
        Validators.yamlErrors(schema, yaml(file)).forEach(e -> found.add(relative + ": " + e));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }
}
