package dev.govern.render;

import dev.govern.i18n.Language;
import dev.govern.i18n.Messages;
import dev.govern.load.RepoFile;
import dev.govern.load.Suggest;
import dev.govern.problem.Position;
import dev.govern.problem.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The messages of a build: the shipped bundles, and a governance repo's own
 * {@code templates/messages_TAG.properties}, which override the shipped messages key by key (an
 * organisation that calls its controls "safeguards" overrides that one word) or add a language
 * govern does not ship. Repository files are read like templates: inside the repo only, regular
 * files, size-limited; each mistake in them is a problem at its line.
 */
public final class MessageFiles {
  private static final String PREFIX = "messages_";
  private static final String SUFFIX = ".properties";

  /**
   * @param messages the build's messages; null when the language cannot be served or a file has
   *     an error
   * @param languageError why the requested language cannot be used, for the caller to place (at
   *     document.language, or as a wrong --language); null when it can
   * @param problems mistakes in the repository's message files, at their lines
   */
  public record Loaded(Messages messages, String languageError, List<Problem> problems) {
    public boolean ok() {
      return messages != null;
    }
  }

  /** One repository message file, parsed. */
  private record RepoBundle(String tag, String shown, Map<String, String> texts, Map<String, Position> at) {}

  private MessageFiles() {}

  /**
   * @param root the governance repo root; its {@code templates/} may not exist
   * @param tag the language asked for: {@code --language}, else {@code document.language}, else
   *     {@code en}
   */
  public static Loaded load(Path root, String tag) {
    List<Problem> problems = new ArrayList<>();
    Map<String, RepoBundle> repo = readRepo(root, problems);
    Set<String> available = new LinkedHashSet<>(Language.SHIPPED);
    available.addAll(repo.keySet());
    Language language;
    try {
      language = Language.resolve(tag, available);
    } catch (Language.Unusable e) {
      return new Loaded(null, e.getMessage(), List.copyOf(problems));
    }
    Map<String, String> english = Messages.bundled("en");
    for (RepoBundle b : repo.values()) {
      validate(b, english, problems);
    }
    // Layers, later ones winning: English, the shipped bundle of the language alone (de for de-CH),
    // the shipped bundle chosen, then the repository's for the language alone and for the bundle.
    String base = language.locale().getLanguage();
    Map<String, String> texts = new HashMap<>(english);
    Map<String, Position> sources = new HashMap<>();
    texts.putAll(Messages.bundled(base));
    texts.putAll(Messages.bundled(language.bundle()));
    RepoBundle own = repo.get(language.bundle());
    repo.values().stream().filter(b -> b.tag().equalsIgnoreCase(base) && b != own).forEach(b -> {
      texts.putAll(b.texts());
      sources.putAll(b.at());
    });
    if (own != null) {
      texts.putAll(own.texts());
      sources.putAll(own.at());
      if (!Language.SHIPPED.contains(language.bundle())) {
        List<String> untranslated = english.keySet().stream()
            .filter(k -> !own.texts().containsKey(k) && !k.startsWith("format."))
            .sorted().toList();
        if (!untranslated.isEmpty()) {
          problems.add(Problem.warning(Position.startOf(own.shown()), untranslated.size()
              + (untranslated.size() == 1 ? " message is" : " messages are") + " not in this file and appear in English: "
              + String.join(", ", untranslated.subList(0, Math.min(5, untranslated.size())))
              + (untranslated.size() > 5 ? ", …" : "")));
        }
      }
    }
    if (problems.stream().anyMatch(Problem::isError)) {
      return new Loaded(null, null, List.copyOf(problems));
    }
    try {
      return new Loaded(Messages.of(language, texts, sources), null, List.copyOf(problems));
    } catch (IllegalArgumentException e) {
      // A format key left unusable by layering (each file's own were checked above).
      problems.add(Problem.error(Position.startOf(own != null ? own.shown() : "templates"), e.getMessage()));
      return new Loaded(null, null, List.copyOf(problems));
    }
  }

  /** The repository's message files by tag, in the order of their names. */
  private static Map<String, RepoBundle> readRepo(Path root, List<Problem> problems) {
    Map<String, RepoBundle> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    Path dir = root.resolve("templates");
    if (!Files.isDirectory(dir)) {
      return out;
    }
    Path realRoot;
    List<Path> files;
    try {
      realRoot = root.toRealPath();
      if (!dir.toRealPath().startsWith(realRoot)) {
        // SiteBuild refuses such a templates/ with its own error; nothing is read from it here.
        return out;
      }
      try (Stream<Path> listing = Files.list(dir)) {
        files = listing.filter(p -> {
          String name = p.getFileName().toString();
          return name.startsWith(PREFIX) && name.endsWith(SUFFIX);
        }).sorted().toList();
      }
    } catch (IOException e) {
      problems.add(Problem.error(Position.startOf("templates"), "cannot read templates/: " + e.getMessage()));
      return out;
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      String shown = "templates/" + name;
      String tag = name.substring(PREFIX.length(), name.length() - SUFFIX.length());
      try {
        tag = Language.parse(tag).toLanguageTag();
      } catch (Language.Unusable e) {
        problems.add(Problem.warning(Position.startOf(shown), "not used: the name must be messages_TAG.properties"
            + " with a BCP 47 language tag (" + e.getMessage() + ")"));
        continue;
      }
      byte[] bytes;
      try {
        bytes = RepoFile.read(file, realRoot, shown, Templates.MAX_TEMPLATE_BYTES);
      } catch (RepoFile.Refused e) {
        problems.add(Problem.error(Position.startOf(shown), e.getMessage().substring(shown.length() + 2)));
        continue;
      }
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        problems.add(Problem.error(Position.startOf(shown), "not UTF-8 text; save the file as UTF-8"));
        continue;
      }
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      var parsed = dev.govern.i18n.PropertiesFile.parse(text);
      parsed.malformed().forEach(m -> problems.add(Problem.error(new Position(shown, m.line(), m.column()), m.message())));
      Map<String, String> texts = new LinkedHashMap<>();
      Map<String, Position> at = new HashMap<>();
      for (var e : parsed.entries()) {
        Position p = new Position(shown, e.line(), e.column());
        if (texts.containsKey(e.key())) {
          problems.add(Problem.warning(p, "message '" + e.key() + "' is set again; this later value is the one used"
              + " (the first is at line " + at.get(e.key()).line() + ")"));
        }
        texts.put(e.key(), e.value());
        at.put(e.key(), p);
      }
      if (out.containsKey(tag)) {
        problems.add(Problem.error(Position.startOf(shown), "another file, " + out.get(tag).shown()
            + ", already holds the messages of " + tag));
        continue;
      }
      out.put(tag, new RepoBundle(tag, shown, Map.copyOf(texts), Map.copyOf(at)));
    }
    return out;
  }

  /** A repository file's keys and arguments against the English messages, each problem at its line. */
  private static void validate(RepoBundle b, Map<String, String> english, List<Problem> problems) {
    Set<String> known = english.keySet();
    for (Map.Entry<String, String> e : new TreeMap<>(b.texts()).entrySet()) {
      String key = e.getKey();
      Position p = b.at().get(key);
      String reference = english.get(key);
      if (reference == null) {
        problems.add(Problem.warning(p, "unknown message '" + key + "'; it is not used"
            + Suggest.didYouMean(key, known)));
        continue;
      }
      Set<Integer> given = Messages.placeholders(e.getValue());
      Set<Integer> expected = Messages.placeholders(reference);
      if (!expected.containsAll(given)) {
        Set<Integer> extra = new java.util.TreeSet<>(given);
        extra.removeAll(expected);
        problems.add(Problem.error(p, "message '" + key + "' refers to " + braces(extra)
            + ", which it is not given (it is given " + (expected.isEmpty() ? "nothing" : braces(expected)) + ")"));
      } else if (!given.containsAll(expected) && !key.endsWith(".one")) {
        Set<Integer> lost = new java.util.TreeSet<>(expected);
        lost.removeAll(given);
        problems.add(Problem.warning(p, "message '" + key + "' leaves out " + braces(lost)
            + ", so the reader does not see that value"));
      }
    }
    // Formats: the file's own format keys over the English ones must make usable formats.
    Map<String, String> layered = new HashMap<>(english);
    layered.putAll(b.texts());
    try {
      Messages.of(Language.ENGLISH, layered);
    } catch (IllegalArgumentException e) {
      String key = e.getMessage().split(" ", 2)[0].replaceAll(":$", "");
      Position p = b.at().getOrDefault(key, Position.startOf(b.shown()));
      problems.add(Problem.error(p, e.getMessage()));
    }
  }

  private static String braces(Set<Integer> numbers) {
    return String.join(", ", numbers.stream().map(n -> "{" + n + "}").toList());
  }
}
