package dev.govern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * document.language and --language pick the output's language; a tag that names none, or one no
 * bundle serves, is reported where it was given, and so is text the PDF's fonts cannot draw.
 */
class LanguageOptionTest {
  @TempDir Path dir;

  private Path withDocumentLine(String line) throws Exception {
    Path data = Fixture.minimal(dir);
    String yaml = Files.readString(data.resolve("governance.yaml"));
    Files.writeString(data.resolve("governance.yaml"),
        yaml.replace("  classification: INTERNAL\n", "  classification: INTERNAL\n" + line + "\n"));
    return data;
  }

  private static int lineOf(Path file, String text) throws Exception {
    List<String> lines = Files.readAllLines(file);
    return lines.indexOf(text) + 1;
  }

  @Test
  void aDocumentLanguageThatIsNoTagIsAnErrorAtItsValue() throws Exception {
    Path data = withDocumentLine("  language: english");
    Cli.Result r = Cli.run("check", "--data", data.toString(), "--as-of", "2026-01-20");
    assertThat(r.code()).isEqualTo(ExitCodes.DATA_PROBLEMS);
    assertThat(r.out()).contains("governance.yaml:" + lineOf(data.resolve("governance.yaml"), "  language: english")
        + ":13: error: document.language: 'english' is not a BCP 47 language tag");
  }

  @Test
  void aDocumentLanguageNoBundleServesIsAnErrorAtItsValue() throws Exception {
    Path data = withDocumentLine("  language: ko");
    Cli.Result r = Cli.run("check", "--data", data.toString(), "--as-of", "2026-01-20");
    assertThat(r.code()).isEqualTo(ExitCodes.DATA_PROBLEMS);
    assertThat(r.out()).contains("governance.yaml:" + lineOf(data.resolve("governance.yaml"), "  language: ko")
        + ":13: error: document.language: no messages for 'ko'", "templates/messages_ko.properties");
  }

  @Test
  void anUnusableLanguageOptionIsAWrongCommandLine() throws Exception {
    Path data = Fixture.minimal(dir);
    Cli.Result r = Cli.run("build", "--data", data.toString(), "--no-pdf", "--language", "en_GB");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--language en_GB: 'en_GB' is not a BCP 47 language tag", "en-GB");
  }

  @Test
  void theLanguageOptionReplacesTheDocumentLanguageInTheHtml() throws Exception {
    Path data = withDocumentLine("  language: fr");
    Cli.Result r = Cli.run("build", "--data", data.toString(), "--no-pdf", "--language", "zh-Hant-TW", "--as-of",
        "2026-01-20", "--out", dir.resolve("site").toString());
    assertThat(r.code()).as(r.all()).isZero();
    assertThat(Files.readString(dir.resolve("site/index.html"))).contains("<html lang=\"zh-Hant-TW\"");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
      en    | link removed: only http, https, mailto and relative links are allowed | image removed: only
      de    | Link entfernt: erlaubt sind nur http-, https-, mailto- und relative Links | Bild entfernt:
      fr    | lien retiré : seuls les liens http, https, mailto et relatifs sont autorisés | image retirée :
      zh-TW | 已移除連結：僅允許 http、https、mailto 與相對連結 | 已移除圖片：
      """)
  void aPolicysRemovedLinkSaysWhyInThePagesLanguage(String language, String link, String image) throws Exception {
    Path data = withDocumentLine("  language: " + language);
    Path policy = data.resolve("policies/use.md");
    Files.writeString(policy, Files.readString(policy)
        + "\nSee [the form](ftp://files.example/form.pdf) and ![the flow](javascript:alert(2)).\n");
    Cli.Result r = Cli.run("build", "--data", data.toString(), "--no-pdf", "--as-of", "2026-01-20", "--out",
        dir.resolve("site").toString());
    assertThat(r.code()).as(r.all()).isZero();
    String page;
    try (var pages = Files.walk(dir.resolve("site"))) {
      Path file = pages.filter(f -> f.toString().endsWith(".html"))
          .filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).contains("pol-1"))
          .findFirst().orElseThrow();
      page = Files.readString(file);
    }
    assertThat(page).doesNotContain("javascript:", "ftp:")
        .contains("title=\"" + link + "\"", "title=\"" + image);
    assertThat(page).containsPattern("<html lang=\"" + language);
  }

  @Test
  void dataTextNoPdfFontCanDrawIsAnErrorWhereItIsWritten() throws Exception {
    Path data = Fixture.minimal(dir);
    Path yaml = data.resolve("governance.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("name: Minimal Org", "name: บริษัท ตัวอย่าง"));
    Cli.Result r = Cli.run("check", "--data", data.toString(), "--as-of", "2026-01-20");
    assertThat(r.code()).isEqualTo(ExitCodes.DATA_PROBLEMS);
    assertThat(r.out()).contains("governance.yaml:" + lineOf(yaml, "  name: บริษัท ตัวอย่าง")
        + ":9: error: organization.name: 'บริษัท ตัวอย่าง' has characters no font of the PDF can draw: 'บริษัทตวอย่าง'");
  }

  @Test
  void chineseDataNeedsNoFontOfTheRepository() throws Exception {
    Path data = Fixture.minimal(dir);
    Path yaml = data.resolve("governance.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("name: Minimal Org", "name: 翰林軟體股份有限公司"));
    Cli.Result r = Cli.run("check", "--data", data.toString(), "--as-of", "2026-01-20");
    assertThat(r.all()).doesNotContain("can draw");
  }

  @Test
  void aRepositoryMessageNoPdfFontCanDrawIsAnErrorAtItsLine() throws Exception {
    Path data = withDocumentLine("  language: de");
    Path messages = Files.createDirectories(dir.resolve("templates")).resolve("messages_de.properties");
    Files.writeString(messages, "# ours\nformat.percent={0} เปอร์เซ็นต์\n");
    Cli.Result r = Cli.run("check", "--data", data.toString(), "--as-of", "2026-01-20");
    assertThat(r.code()).isEqualTo(ExitCodes.DATA_PROBLEMS);
    assertThat(r.out()).contains("templates/messages_de.properties:2:1: error: message 'format.percent':"
        + " '{0} เปอร์เซ็นต์' has characters no font of the PDF can draw");
  }
}
