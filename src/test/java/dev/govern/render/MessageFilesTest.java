package dev.govern.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.problem.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageFilesTest {
  @TempDir Path repo;

  private Path messages(String name, String text) throws IOException {
    Path file = repo.resolve("templates").resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void withoutTemplatesTheShippedMessagesServe() {
    MessageFiles.Loaded loaded = MessageFiles.load(repo, "de");
    assertThat(loaded.problems()).isEmpty();
    assertThat(loaded.messages().tag()).isEqualTo("de");
    assertThat(loaded.messages().percent(new BigDecimal("5"))).isEqualTo("5\u00a0%");
  }

  @Test
  void aRepositoryMessageReplacesOnlyThatMessage() throws IOException {
    messages("messages_de.properties", "format.percent={0} Prozent\n");
    var m = MessageFiles.load(repo, "de").messages();
    assertThat(m.percent(new BigDecimal("5"))).isEqualTo("5 Prozent");
    assertThat(m.number(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
    assertThat(m.source("format.percent")).hasValueSatisfying(p -> assertThat(p.line()).isEqualTo(1));
  }

  @Test
  void anUnknownKeyIsAWarningAtItsLineWithTheKeyItProbablyMeant() throws IOException {
    messages("messages_fr.properties", "# fr\nformat.percnt={0} %\n");
    assertThat(MessageFiles.load(repo, "fr").problems()).extracting(Problem::toString).containsExactly(
        "templates/messages_fr.properties:2:1: warning: unknown message 'format.percnt'; it is not used"
            + " (did you mean 'format.percent'?)");
  }

  @Test
  void anArgumentTheMessageIsNotGivenIsAnErrorAtItsLine() throws IOException {
    messages("messages_de.properties", "\n\nformat.percent={0} von {1}\n");
    MessageFiles.Loaded loaded = MessageFiles.load(repo, "de");
    assertThat(loaded.ok()).isFalse();
    assertThat(loaded.problems()).singleElement().hasToString("templates/messages_de.properties:3:1: error:"
        + " message 'format.percent' refers to {1}, which it is not given (it is given {0})");
  }

  @Test
  void anUnusableDatePatternIsAnErrorAtItsLine() throws IOException {
    messages("messages_en.properties", "format.date=yyyy-ww\n");
    assertThat(MessageFiles.load(repo, "en").problems()).singleElement().satisfies(p -> {
      assertThat(p.isError()).isTrue();
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.message()).contains("format.date", "'ww'");
    });
  }

  @Test
  void aFileThatIsNotUtf8IsAnError() throws IOException {
    Path file = messages("messages_de.properties", "");
    Files.write(file, "format.percent={0} \u00e4\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(MessageFiles.load(repo, "de").problems()).singleElement().hasToString(
        "templates/messages_de.properties:1:1: error: not UTF-8 text; save the file as UTF-8");
  }

  @Test
  void aRepositoryAddsALanguageAndIsToldWhatIsLeftInEnglish() throws IOException {
    messages("messages_ja.properties", "format.decimal=.\n");
    MessageFiles.Loaded loaded = MessageFiles.load(repo, "ja-JP");
    assertThat(loaded.ok()).isTrue();
    assertThat(loaded.messages().tag()).isEqualTo("ja-JP");
    assertThat(loaded.messages().language().bundle()).isEqualTo("ja");
  }

  @Test
  void aMessageFileLinkedFromOutsideTheRepositoryIsRefused(@TempDir Path outside) throws IOException {
    Path secret = Files.writeString(outside.resolve("secret.properties"), "format.percent={0} SECRET\n");
    Files.createDirectories(repo.resolve("templates"));
    Files.createSymbolicLink(repo.resolve("templates/messages_de.properties"), secret);
    MessageFiles.Loaded loaded = MessageFiles.load(repo, "de");
    assertThat(loaded.problems()).singleElement().satisfies(p -> {
      assertThat(p.isError()).isTrue();
      assertThat(p.message()).contains("outside the governance repository");
    });
  }

  @Test
  void aFileNameWithoutALanguageTagIsNotUsed() throws IOException {
    messages("messages_german.properties", "format.percent={0} X\n");
    MessageFiles.Loaded loaded = MessageFiles.load(repo, "de");
    assertThat(loaded.messages().percent(1)).isEqualTo("1\u00a0%");
    assertThat(loaded.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("not used"));
  }

  @Test
  void aLanguageNoBundleServesIsReportedForTheCallerToPlace() {
    MessageFiles.Loaded loaded = MessageFiles.load(repo, "ko");
    assertThat(loaded.ok()).isFalse();
    assertThat(loaded.languageError()).contains("no messages for 'ko'");
  }
}
