package dev.govern.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.ScanRulesBinder;
import dev.govern.model.ScanRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SaidTest {
  private static Messages shipped(String tag) {
    Map<String, String> texts = new HashMap<>(Messages.bundled("en"));
    texts.putAll(Messages.bundled(tag));
    return Messages.of(new Language(tag, tag), texts);
  }

  private static Said in(String tag) {
    return new Said(shipped(tag));
  }

  @Test
  void aViolationTheScanWroteReadsInGermanWithItsStatusEndpointAndList() {
    String english = Said.english("said.scan.tool-not-allowed", "Cursor", Said.english("said.part.tool_status.under_review"),
        Said.english("said.part.endpoint.consumer"), "SECRET",
        Said.english("said.part.more", ".cursorrules, .cursor/mcp.json", "3"));
    assertThat(english).isEqualTo("Cursor (under review, consumer endpoint) is not allowed for SECRET repositories:"
        + " .cursorrules, .cursor/mcp.json and 3 more");
    assertThat(in("de").scan("tool-not-allowed", english)).isEqualTo("Cursor (in Prüfung, Endpunkt für Privatnutzer)"
        + " ist für Repositorys der Klassifizierung SECRET nicht erlaubt: .cursorrules, .cursor/mcp.json und 3 weitere");
  }

  @Test
  void aMeasurementFileWrittenBeforeTheMessagesReadsTheSame() {
    // What govern scan wrote by string concatenation before its sentences were messages.
    String old = "SECRET allows no AI code generation tool, yet the repository configures files several assistants read:"
        + " AGENTS.md";
    assertThat(in("zh-TW").scan("assistant-not-allowed", old))
        .isEqualTo("SECRET 不允許任何 AI 程式碼產生工具，但此儲存庫設定了 多個助理都會讀取的檔案：AGENTS.md");
  }

  @Test
  void aMessageTheGovernanceRepoWroteForARuleStaysAsWritten() {
    assertThat(in("de").scan("html-comment", "HTML comments are banned here by the platform team"))
        .isEqualTo("HTML comments are banned here by the platform team");
    assertThat(in("de").scan("acme-no-internal-urls", "an internal URL in the assistant's rules"))
        .isEqualTo("an internal URL in the assistant's rules");
  }

  @Test
  void aSentenceOfAnotherRuleIsNotTranslatedUnderThisOne() {
    String mcp = Said.english("said.scan.mcp-plain-http");
    assertThat(in("fr").scan("mcp-shell", mcp)).isEqualTo(mcp);
  }

  @Test
  void aHistoryNoteCarriesItsDateCountAndRepeatedCommitIntoTheLanguage() {
    String note = Said.english("said.note.commit_left_out", "0123456789ab", LocalDate.of(2025, 1, 2),
        Said.english("said.part.data_errors", 2));
    assertThat(note).isEqualTo("commit 0123456789ab of 2025-01-02 is left out of the version history and trends:"
        + " its data has 2 errors (`govern diff 0123456789ab` lists them)");
    assertThat(in("de").note(note)).isEqualTo("Commit 0123456789ab vom 02.01.2025 bleibt in Versionsgeschichte und"
        + " Trends unberücksichtigt: seine Daten enthalten 2 Fehler (`govern diff 0123456789ab` listet sie auf)");
    assertThat(in("fr").note(Said.english("said.note.tag_left_out", "v1", Said.english("said.part.data_errors", 1))))
        .isEqualTo("le tag v1 est exclu de la tendance\u00a0: ses données contiennent 1 erreur");
  }

  @Test
  void sizesAndTagsThatLookLikeNumbersOrDatesKeepEveryCharacter() {
    String english = Said.english("said.scan.file-too-large", "12345678", "1048576");
    assertThat(in("de").scan("file-too-large", english))
        .isEqualTo("die Datei hat 12345678 Bytes und liegt über der Grenze von 1048576: ein Assistent liest sie,"
            + " der Scan nicht");
    String tag = Said.english("said.note.tag_left_out", "2025-01-02", Said.english("said.part.data_errors", 1200));
    assertThat(in("de").note(tag)).isEqualTo("Tag 2025-01-02 bleibt im Trend unberücksichtigt: seine Daten enthalten"
        + " 1.200 Fehler");
  }

  @Test
  void textThatIsNoSentenceOfGovernsStaysAsWritten() {
    assertThat(in("zh-TW").asOfSource("--as-of")).isEqualTo("--as-of");
    assertThat(in("zh-TW").asOfSource(Said.english("said.part.as_of_commit", "0123456789ab")))
        .isEqualTo("最後一次提交 0123456789ab 的日期");
    assertThat(in("zh-TW").assistant("Claude Code")).isEqualTo("Claude Code");
    assertThat(in("zh-TW").assistant(Said.english("said.part.several_assistants"))).isEqualTo("多個助理");
    // A tool the organisation happens to name like one of govern's words is still its own name.
    assertThat(in("de").assistant("today")).isEqualTo("today");
  }

  /**
   * Every sentence of the family, filled with arguments that are nobody's words, reads back as the
   * language's own message with the same arguments: no sentence is left in English. A piece of a
   * sentence ({@code said.part.*}) is read where it occurs, inside a sentence.
   */
  @ParameterizedTest
  @ValueSource(strings = {"en", "de", "fr", "zh-TW"})
  void everySentenceGovernWritesReadsBackInEveryShippedLanguage(String tag) {
    Messages target = shipped(tag);
    Said said = new Said(target);
    Messages en = Messages.english();
    List<String> wrong = new ArrayList<>();
    for (String key : en.keys()) {
      if (!key.startsWith("said.") || key.endsWith(".one")) {
        continue;
      }
      String base = key.endsWith(".other") ? key.substring(0, key.length() - ".other".length()) : key;
      int count = Messages.placeholders(en.raw(key)).stream().mapToInt(i -> i + 1).max().orElse(0);
      Object[] args = new Object[count];
      for (int i = 0; i < count; i++) {
        args[i] = i == 0 && !base.equals(key) ? (Object) 7L : "«x" + i + "»";
      }
      String english = Said.english(base, args);
      String read;
      String expected = target.get(base, args);
      if (base.startsWith(Said.SCAN)) {
        read = said.scan(base.substring(Said.SCAN.length()), english);
      } else if (base.startsWith(Said.NOTE)) {
        read = said.note(english);
      } else if (base.startsWith(Said.PART + "as_of_")) {
        read = said.asOfSource(english);
      } else if (base.equals(Said.PART + "several_assistants")) {
        read = said.assistant(english);
      } else {
        read = said.note(Said.english(Said.NOTE + "tag_left_out", "«v»", english));
        expected = target.get(Said.NOTE + "tag_left_out", "«v»", expected);
      }
      if (!read.equals(expected)) {
        wrong.add(base + ": " + read + " ≠ " + expected);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyBundledScanRulesMessageIsItsEnglishSentence() {
    ScanRules bundled = ScanRulesBinder.bundled();
    for (ScanRules.Rule r : bundled.rules()) {
      assertThat(Messages.english().raw(Said.SCAN + r.id())).as(r.id()).isEqualTo(r.message());
    }
    assertThat(bundled.assistants().stream().filter(a -> a.tool() == null).map(ScanRules.Assistant::name))
        .containsExactly(Messages.english().raw(Said.PART + "several_assistants"));
  }
}
