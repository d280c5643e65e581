package dev.govern.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import dev.govern.analysis.AsOf;
import dev.govern.history.Snapshot;
import dev.govern.load.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the hostile-input corpus whose data is broken or hostile, loaded and checked as
 * {@code govern check} does and written in every CI format: each output is valid against its tool's
 * schema and holds no raw control character.
 */
class CorpusFormatsTest {
  private static final Path CORPUS = Path.of("src", "test", "resources", "corpus");
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069]");
  private static final AsOf AS_OF = new AsOf(LocalDate.of(2026, 11, 25), "--as-of");

  private static Schema sarif;
  private static Schema gitlab;

  @TempDir Path dir;

  @BeforeAll
  static void schemas() {
    sarif = Validators.jsonSchema(Validators.SCHEMAS.resolve("vendor/sarif-2.1.0.json"));
    gitlab = Validators.jsonSchema(Validators.SCHEMAS.resolve("gitlab-code-quality.schema.json"));
  }

  static Stream<String> cases() throws IOException {
    try (Stream<Path> all = Files.list(CORPUS)) {
      return all.filter(p -> Files.isDirectory(p.resolve("data")) && !Files.exists(p.resolve("generate.txt")))
          .map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void everyCiFormatIsValidForTheCase(String name) throws IOException {
    Path repo = Fixture.copyTree(CORPUS.resolve("_base"), dir.resolve("repo"));
    overlay(CORPUS.resolve(name).resolve("data"), repo.resolve("data"));
    String data = repo.resolve("data").toString();
    Snapshot loaded = Snapshot.ofFolder(repo.resolve("data"), data, AS_OF.date());
    CheckResult result = new CheckResult(data, "data", AS_OF, loaded.problems(), Optional.empty(), List.of(), false);

    String sarifLog = CheckSarif.render(result, "1.0");
    String quality = CheckGitlab.render(result);
    String junit = CheckJunit.render(result);
    String github = CheckGithub.render(result);

    assertThat(Validators.errors(sarif, sarifLog)).as("SARIF").isEmpty();
    assertThat(Validators.errors(gitlab, quality)).as("GitLab code quality").isEmpty();
    assertThat(Validators.xmlErrors(Validators.SCHEMAS.resolve("junit.xsd"), junit)).as("JUnit XML").isEmpty();
    assertThat(github.lines().filter(l -> !l.startsWith("::")).count()).as("lines besides annotations").isOne();
    for (String out : new String[] {sarifLog, quality, junit, github, CheckText.render(result)}) {
      assertThat(CONTROL.matcher(out).find()).as("a raw control character").isFalse();
    }
  }

  /** Lays the case's data files over the base's, replacing files of the same path. */
  private static void overlay(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.sorted().toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

}
