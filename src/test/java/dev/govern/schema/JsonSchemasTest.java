package dev.govern.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.govern.format.Validators;
import dev.govern.load.DataShapes;
import dev.govern.load.Fixture;
import dev.govern.load.GovernanceLoader;
import dev.govern.load.Loaded;
import dev.govern.load.Shape;
import dev.govern.load.Shape.Type;
import dev.govern.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generated schemas agree with the binders: the valid data of both organisations passes both,
 * and typical mistakes fail both, at the same place.
 */
class JsonSchemasTest {
  @TempDir Path dir;

  @Test
  void everySchemaIsAValidDraft202012Schema() {
    var meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of(JsonSchemas.DIALECT));
    JsonSchemas.all().forEach((name, text) -> assertThat(Validators.errors(meta, text)).as(name).isEmpty());
  }

  @Test
  void theShippedDataPassesItsSchemas() {
    assertThat(SchemaFixtures.violations(Path.of("data"))).isEmpty();
  }

  @Test
  void theSecondOrganisationPassesItsSchemas() {
    assertThat(SchemaFixtures.violations(Fixture.SECOND)).isEmpty();
  }

  @Test
  void everyDeclaredKeyIsUsedByDataThatLoadsWithoutProblems() throws IOException {
    Path everyKey = Fixture.minimal(dir);
    // The keys both organisations leave out.
    Files.writeString(everyKey.resolve("governance.yaml"), "report:\n  title: Every Key Report\n  since: v1.0\n"
        + "  brand:\n    logo: logo.png\n    primary: '#1f4e79'\n    accent: '#8a4b00'\n",
        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    Path governance = everyKey.resolve("governance.yaml");
    Files.writeString(governance, Files.readString(governance).replace("  classification: INTERNAL\n",
        "  classification: INTERNAL\n  language: de-CH\n"));
    Files.writeString(everyKey.resolve("scan-rules.yaml"), """
        assistants:
          - { tool: inhouse, name: In-house Agent, files: ["**/AGENT.rules"] }
        ignore_files: [.inhouseignore]
        rules:
          - { id: inhouse-yolo, severity: warning, in: text, files: ["**/AGENT.rules"], pattern: 'yolo',
              message: YOLO mode, control: C-1 }
        disable: [skip-review]
        attribution:
          co_author_keys: [Co-authored-by]
          assistants: [{ id: inhouse-agent, tool: In-house Agent, email: 'agent@corp\\.example' }]
          not_ai: [{ id: release-bot, name: 'release-bot\\[bot\\]' }]
          trailers: [{ id: made-with-x, tool: X, key: Made-with, value: 'X' }]
          lines: [{ id: generated-with-x, tool: X, pattern: 'Generated with X' }]
          git_ai_notes_ref: refs/notes/ai
          agent_trace_folder: .agent-trace
        """, StandardCharsets.UTF_8);
    Set<String> used = new LinkedHashSet<>();
    for (Path data : List.of(Path.of("data"), Fixture.SECOND, everyKey)) {
      Loaded loaded = GovernanceLoader.load(data, data.toString());
      assertThat(loaded.problems()).as(data.toString()).noneMatch(Problem::isError);
      used.addAll(keysIn(data));
    }
    Set<String> declared = new LinkedHashSet<>();
    DataShapes.FILES.forEach(f -> collect(f.root(), declared));

    assertThat(used).containsAll(declared);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "risks.yaml | '  - id: R-1' | '  - id: R-1\n    treatment: mitigated' | '''mitigated'' is not one of'",
      "risks.yaml | '  - id: R-1' | '  - id: R-1\n    treatmnt: accept' | 'unknown key ''treatmnt'''",
      "controls/core.yaml | 'status: implemented' | 'status: done' | '''done'' is not one of'",
      "roadmap.yaml | 'phases:' | 'start: 02/03/2026\nphases:' | 'expected a date as YYYY-MM-DD'",
      "kpis.yaml | 'period: 2026-01' | 'period: January 2026' | 'expected a period as YYYY-MM'",
      "risk-matrix.yaml | 'score: 1' | 'score: one' | 'expected a whole number'"})
  void typicalMistakesAreRejectedByTheSchemaAsByCheck(String file, String from, String to, String message)
      throws IOException {
    Path data = Fixture.minimal(dir);
    Path target = data.resolve(file);
    String text = Files.readString(target, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(target, text.replaceFirst(java.util.regex.Pattern.quote(from), to.replace("\\n", "\n")),
        StandardCharsets.UTF_8);

    assertThat(GovernanceLoader.load(data, "data").problems()).extracting(Problem::message)
        .anyMatch(m -> m.contains(message));
    assertThat(SchemaFixtures.violations(data)).isNotEmpty().allMatch(v -> v.startsWith(Path.of(file).toString()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "repositories.yaml | 'repositories:\n  - { id: api, path: ../api, clasification: INTERNAL }' | 'unknown key ''clasification'''",
      "scan-rules.yaml | 'rules:\n  - { id: x-rule, severity: fatal, pattern: x, message: m }' | '''fatal'' is not one of'",
      "scan-rules.yaml | 'attribution:\n  trailers: [{ id: t, tool: X, key: Made-with, valu: X }]' | 'unknown key ''valu'''",
      "measurements/scan.yaml | 'as_of: 20/11/2026\nrepositories: 0' | 'expected a date as YYYY-MM-DD'"})
  void typicalMistakesInTheScanFilesAreRejectedByTheSchemaAsByCheck(String file, String text, String message)
      throws IOException {
    Path data = Fixture.minimal(dir);
    Path target = data.resolve(file);
    Files.createDirectories(target.getParent());
    Files.writeString(target, text.replace("\\n", "\n") + "\n", StandardCharsets.UTF_8);

    assertThat(GovernanceLoader.load(data, "data").problems()).extracting(Problem::message)
        .anyMatch(m -> m.contains(message));
    assertThat(SchemaFixtures.violations(data)).isNotEmpty().allMatch(v -> v.startsWith(Path.of(file).toString()));
  }

  private static void collect(Shape shape, Set<String> out) {
    for (Shape.Key key : shape.keys()) {
      out.add(key.name());
      collect(key.type(), out);
    }
  }

  private static void collect(Type type, Set<String> out) {
    if (type instanceof Type.Of o) {
      collect(o.shape(), out);
    } else if (type instanceof Type.ListOf l) {
      collect(l.item(), out);
    } else if (type instanceof Type.MapOf m) {
      collect(m.value(), out);
    } else if (type instanceof Type.OneOf o) {
      o.types().forEach(t -> collect(t, out));
    }
  }

  /** Every mapping key written in a folder's data files (and policies' front matter). */
  private static Set<String> keysIn(Path data) {
    Set<String> keys = new LinkedHashSet<>();
    try (var files = Files.walk(data)) {
      for (Path f : files.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(yaml|md)")).toList()) {
        var m = java.util.regex.Pattern.compile("(?m)^[\\s-]*([a-z_]+):|[{,]\\s*([a-z_]+):").matcher(SchemaFixtures.yaml(f));
        while (m.find()) {
          keys.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return keys;
  }
}
