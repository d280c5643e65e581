package dev.govern.init;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.format.Validators;
import dev.govern.schema.SchemaFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an editor does with a new repo, done headless: read the modeline at the top of each YAML
 * file, resolve its path from the file's folder as the YAML language server does, load that schema
 * and check the file with it.
 */
class EditorsTest {
  private static final Pattern MODELINE = Pattern.compile("\\A# yaml-language-server: \\$schema=(\\S+)\\n");

  @TempDir Path dir;

  @Test
  void everyYamlFileOfANewRepoNamesASchemaThatResolvesAndAcceptsIt() throws Exception {
    Scaffold.create(dir, Starter.files(), Scaffold.REAL_DISK);
    List<Path> yaml;
    try (Stream<Path> files = Files.walk(dir.resolve("data"))) {
      yaml = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }

    assertThat(yaml).hasSizeGreaterThan(10);
    for (Path file : yaml) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Matcher m = MODELINE.matcher(text);
      assertThat(m.find()).as(file + " starts with a modeline").isTrue();
      Path schema = file.getParent().resolve(m.group(1)).normalize();
      assertThat(schema).as(file.toString()).isRegularFile().startsWith(dir.resolve("schema"));
      assertThat(Validators.yamlErrors(Validators.jsonSchema(schema), text)).as(file.toString()).isEmpty();
    }
  }

  @Test
  void theSchemaCatchesAMistakeInANewRepoAsAnEditorWould() throws Exception {
    Scaffold.create(dir, Starter.files(), Scaffold.REAL_DISK);
    Path risks = dir.resolve("data/risks.yaml");
    Files.writeString(risks, Files.readString(risks).replaceFirst("treatment: \\w+", "treatment: ignore"));

    assertThat(SchemaFixtures.violations(dir.resolve("data"))).isNotEmpty()
        .allMatch(v -> v.startsWith("risks.yaml: /risks/0/treatment: "));
  }

  @Test
  void theModelinePathCountsTheFoldersUp() {
    assertThat(Editors.modeline("governance.yaml")).isEqualTo("# yaml-language-server: $schema=../schema/governance.schema.json\n");
    assertThat(Editors.modeline("controls/x.yaml")).isEqualTo("# yaml-language-server: $schema=../../schema/controls.schema.json\n");
    assertThat(Editors.modeline("notes.txt")).isEmpty();
  }
}
