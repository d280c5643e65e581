package dev.govern.i18n;

import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The language a site and its PDF are written in: the BCP 47 tag the reader asked for (the HTML
 * {@code lang}, the PDF's {@code /Lang} and {@code dc:language}), and the message bundle that
 * serves it.
 *
 * @param tag the tag in its canonical case, e.g. {@code de-CH}, {@code zh-TW}
 * @param bundle the bundle's tag: a shipped one, or one the governance repo provides
 */
public record Language(String tag, String bundle) {
  /** The languages govern ships complete bundles for; the first is the default. */
  public static final List<String> SHIPPED = List.of("en", "de", "fr", "zh-TW");

  public static final Language ENGLISH = new Language("en", "en");

  /** Language subtags ISO 639-1 defines, which is what a reader's tag names in practice. */
  private static final Set<String> ISO_LANGUAGES = new TreeSet<>(Arrays.asList(Locale.getISOLanguages()));

  /** Why a tag cannot be used; the message is for people and names what would work. */
  public static final class Unusable extends Exception {
    private static final long serialVersionUID = 1L;

    Unusable(String message) {
      super(message);
    }
  }

  /**
   * The tag in canonical case, when it is a well-formed BCP 47 tag whose language is known.
   *
   * @throws Unusable for {@code english}, {@code en_US}, {@code xx}
   */
  public static Locale parse(String text) throws Unusable {
    String given = text.strip();
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(given).build();
    } catch (IllformedLocaleException e) {
      String hint = given.contains("_") ? "; BCP 47 separates with a hyphen: " + given.replace('_', '-') : "";
      throw new Unusable("'" + given + "' is not a BCP 47 language tag" + hint + " (e.g. "
          + String.join(", ", SHIPPED) + ")");
    }
    if (locale.getLanguage().length() > 3) {
      // Well-formed in the grammar, but no language has a subtag this long: a word such as "english".
      throw new Unusable("'" + given + "' is not a BCP 47 language tag (e.g. " + String.join(", ", SHIPPED) + ")");
    }
    if (locale.getLanguage().isEmpty()) {
      throw new Unusable("'" + given + "' names no language (e.g. " + String.join(", ", SHIPPED) + ")");
    }
    // Three-letter codes are checked by the bundle lookup alone: a repository may bring one.
    if (locale.getLanguage().length() == 2 && !ISO_LANGUAGES.contains(locale.getLanguage())) {
      throw new Unusable("'" + given + "': '" + locale.getLanguage() + "' is not a language code of ISO 639");
    }
    return locale;
  }

  /**
   * The language for a tag, served by the most specific bundle that fits it: the tag itself, its
   * language and region, the Traditional Chinese bundle for any Traditional Chinese tag
   * ({@code zh-Hant}, {@code zh-HK}, {@code zh-MO}), then its language alone.
   *
   * @param available the bundles there are: {@link #SHIPPED} and the repository's own, by tag
   * @throws Unusable when the tag is malformed or no bundle serves it
   */
  public static Language resolve(String text, Set<String> available) throws Unusable {
    Locale locale = parse(text);
    String tag = locale.toLanguageTag();
    for (String candidate : candidates(locale)) {
      Optional<String> found = available.stream().filter(b -> b.equalsIgnoreCase(candidate)).findFirst();
      if (found.isPresent()) {
        return new Language(tag, found.get());
      }
    }
    String lang = locale.getLanguage();
    String why = lang.equals("zh") && locale.getScript().isEmpty() && locale.getCountry().isEmpty()
        ? "'" + tag + "' does not say which Chinese: zh-TW (Traditional) is shipped"
        : "no messages for '" + tag + "'";
    throw new Unusable(why + "; govern ships " + String.join(", ", SHIPPED)
        + ", and a repository adds a language with its own templates/"
        + Messages.fileName(tag));
  }

  /** Bundles that could serve a locale, most specific first. */
  private static List<String> candidates(Locale locale) {
    String lang = locale.getLanguage();
    String region = locale.getCountry();
    String script = locale.getScript();
    List<String> out = new java.util.ArrayList<>();
    out.add(locale.toLanguageTag());
    if (!script.isEmpty() && !region.isEmpty()) {
      out.add(lang + "-" + script + "-" + region);
    }
    if (!region.isEmpty()) {
      out.add(lang + "-" + region);
    }
    if (!script.isEmpty()) {
      out.add(lang + "-" + script);
    }
    if (lang.equals("zh") && (script.equals("Hant") || (script.isEmpty() && Set.of("TW", "HK", "MO").contains(region)))) {
      out.add("zh-Hant");
      out.add("zh-TW");
    }
    if (!lang.equals("zh") || !region.isEmpty() || !script.isEmpty()) {
      // Plain zh is ambiguous between the scripts; any other language falls back to its own bundle.
      out.add(lang);
    } else {
      out.add("zh");
    }
    return out;
  }

  /** The Java locale of the tag, for the plural rule and nothing else (formats come from the bundle). */
  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }
}
