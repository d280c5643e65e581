package dev.govern.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.publish.pdf.FontSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The shipped bundles: every language has exactly the English keys, with the same arguments, in
 * characters the PDF's bundled fonts draw; every key is used by a template or by govern's code, and
 * every key a template names exists.
 */
class MessageBundlesTest {
  private static final Path TEMPLATES = Path.of("templates");
  private static final Path SOURCES = Path.of("src", "main", "java");
  private static final Map<String, String> ENGLISH = Messages.bundled("en");
  /** A message key in quotes: "nav.controls", or a family's prefix "status." used as "status." + id. */
  private static final Pattern QUOTED = Pattern.compile("[\"']([a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)*[._]?)[\"']");

  private static String everything(Path root, String suffix) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
        all.append(Files.readString(p)).append('\n');
      }
    }
    return all.toString();
  }

  /** What templates and code name in quotes. */
  private static Set<String> quoted() throws IOException {
    Set<String> out = new TreeSet<>();
    for (String text : List.of(everything(TEMPLATES, ".ftlh"), everything(SOURCES, ".java"))) {
      Matcher m = QUOTED.matcher(text);
      while (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "fr", "zh-TW"})
  void everyShippedLanguageHasExactlyTheEnglishKeys(String tag) {
    Map<String, String> bundle = Messages.bundled(tag);
    assertThat(new TreeSet<>(bundle.keySet())).as("keys of messages_%s.properties", tag)
        .isEqualTo(new TreeSet<>(ENGLISH.keySet()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "fr", "zh-TW"})
  void everyTranslationTakesTheArgumentsOfTheEnglishMessage(String tag) {
    List<String> wrong = new ArrayList<>();
    Messages.bundled(tag).forEach((key, text) -> {
      Set<Integer> expected = Messages.placeholders(ENGLISH.getOrDefault(key, ""));
      Set<Integer> given = Messages.placeholders(text);
      boolean ok = key.endsWith(".one") ? expected.containsAll(given) : expected.equals(given);
      if (!ok) {
        wrong.add(key + ": " + given + " where English has " + expected);
      }
    });
    assertThat(wrong).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "de", "fr", "zh-TW"})
  void everyShippedMessageIsDrawnByTheBundledFonts(String tag) {
    List<String> undrawable = new ArrayList<>();
    Messages.bundled(tag).forEach((key, text) -> {
      String missing = FontSet.bundled().missing(text);
      if (!missing.isEmpty()) {
        undrawable.add(key + ": " + missing);
      }
    });
    assertThat(undrawable).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "de", "fr", "zh-TW"})
  void everyShippedBundleMakesUsableFormats(String tag) {
    Map<String, String> texts = new HashMap<>(ENGLISH);
    texts.putAll(Messages.bundled(tag));
    assertThat(Messages.of(new Language(tag, tag), texts).dateLong(java.time.LocalDate.of(2026, 5, 1))).contains("2026");
  }

  @Test
  void everyEnglishKeyIsUsedByATemplateOrByCode() throws IOException {
    Set<String> quoted = quoted();
    Set<String> prefixes = new TreeSet<>();
    quoted.stream().filter(q -> q.endsWith(".") || q.endsWith("_")).forEach(prefixes::add);
    List<String> unused = ENGLISH.keySet().stream().sorted().filter(key -> {
      String base = key.replaceAll("\\.(one|other)$", "");
      return !quoted.contains(key) && !quoted.contains(base) && prefixes.stream().noneMatch(base::startsWith);
    }).toList();
    assertThat(unused).as("keys in messages_en.properties that no template or code uses").isEmpty();
  }

  @Test
  void everyKeyATemplateNamesExists() throws IOException {
    Matcher m = Pattern.compile("\\bt\\(\"([a-z0-9_.]+)\"").matcher(everything(TEMPLATES, ".ftlh"));
    Set<String> missing = new TreeSet<>();
    while (m.find()) {
      String key = m.group(1);
      if (!key.endsWith(".") && !key.endsWith("_") && !ENGLISH.containsKey(key) && !ENGLISH.containsKey(key + ".other")) {
        missing.add(key);
      }
    }
    assertThat(missing).isEmpty();
  }
}
