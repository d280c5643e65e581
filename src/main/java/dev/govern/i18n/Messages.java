package dev.govern.i18n;

import dev.govern.bundle.Bundle;
import dev.govern.problem.Position;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages of one language: every label, heading, status word, chart text and sentence govern
 * writes into the site and the PDF, with the language's date and number formats.
 *
 * <p>A message may hold {@code {0}}, {@code {1}}… for its arguments; numbers, dates and months are
 * formatted as the bundle says. Apostrophes and other braces are plain text (unlike
 * {@link java.text.MessageFormat}, whose quoting translators trip over). A counted message has the
 * forms {@code KEY.one} and {@code KEY.other}, chosen by the language's plural rule.
 *
 * <p>Immutable and safe to share between the threads that render pages.
 */
public final class Messages {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})}");

  /** Languages whose nouns do not change with a count. */
  private static final Set<String> NO_PLURAL = Set.of("zh", "ja", "ko", "vi", "th", "id", "ms", "yue");
  /** Languages that count zero as singular ("0 contrôle"). */
  private static final Set<String> ZERO_IS_ONE = Set.of("fr", "pt", "hy", "kab");

  private final Language language;
  private final Map<String, String> texts;
  private final Map<String, Position> sources;
  private final Formats formats;

  private Messages(Language language, Map<String, String> texts, Map<String, Position> sources) {
    this.language = Objects.requireNonNull(language, "language");
    this.texts = Map.copyOf(texts);
    this.sources = Map.copyOf(sources);
    this.formats = new Formats(texts);
  }

  /**
   * @param texts every message by key, the language's own layered over the English bundle
   * @throws IllegalArgumentException when a {@code format.*} message is unusable, naming it
   */
  public static Messages of(Language language, Map<String, String> texts) {
    return new Messages(language, texts, Map.of());
  }

  /**
   * @param sources where each message a governance repository set is written, for problems
   */
  public static Messages of(Language language, Map<String, String> texts, Map<String, Position> sources) {
    return new Messages(language, texts, sources);
  }

  /** Where a message the governance repository set is written; empty for govern's own. */
  public Optional<Position> source(String key) {
    return Optional.ofNullable(sources.get(key));
  }

  /** The shipped English messages, for output that has no language of its own. */
  public static Messages english() {
    return English.MESSAGES;
  }

  private static final class English {
    static final Messages MESSAGES = of(Language.ENGLISH, bundled("en"));
  }

  /** The file a language's messages are in, bundled and in a repository's {@code templates/}. */
  public static String fileName(String tag) {
    return "messages_" + tag + ".properties";
  }

  /** A shipped bundle's messages, in file order; empty when govern ships none for the tag. */
  public static Map<String, String> bundled(String tag) {
    return Bundle.read("templates/" + fileName(tag))
        .map(bytes -> {
          Map<String, String> out = new LinkedHashMap<>();
          PropertiesFile.parse(new String(bytes, StandardCharsets.UTF_8)).entries()
              .forEach(e -> out.put(e.key(), e.value()));
          return Map.copyOf(out);
        })
        .orElse(Map.of());
  }

  public Language language() {
    return language;
  }

  /** The BCP 47 tag of the output, for {@code lang} attributes. */
  public String tag() {
    return language.tag();
  }

  public boolean has(String key) {
    return texts.containsKey(key) || texts.containsKey(key + ".other");
  }

  /** Whether the key is a counted message, with forms {@code KEY.one} and {@code KEY.other}. */
  public boolean counted(String key) {
    return !texts.containsKey(key) && texts.containsKey(key + ".other");
  }

  /** Every key, sorted: what a font check or a test walks. */
  public Set<String> keys() {
    return new TreeSet<>(texts.keySet());
  }

  /** The message as written, without its arguments filled in. */
  public String raw(String key) {
    String text = texts.get(key);
    if (text == null) {
      throw new MissingMessage(key, language);
    }
    return text;
  }

  /** The message with its arguments: {@code get("nav.controls")}, {@code get("cover.as_of", date)}. */
  public String get(String key, Object... args) {
    if (counted(key) && args.length > 0 && args[0] instanceof Number n) {
      Object[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
      return plural(key, n.longValue(), rest);
    }
    return fill(raw(key), args);
  }

  /**
   * The form of a counted message for {@code count}, with the count as {@code {0}} and the other
   * arguments after it: {@code plural("count.controls", 3)} is "3 controls".
   */
  public String plural(String key, long count, Object... args) {
    String form = pluralForm(count);
    String text = texts.get(key + "." + form);
    if (text == null) {
      text = texts.get(key + ".other");
    }
    if (text == null) {
      text = raw(key);
    }
    Object[] all = new Object[args.length + 1];
    all[0] = count;
    System.arraycopy(args, 0, all, 1, args.length);
    return fill(text, all);
  }

  /** {@code one} or {@code other}: the CLDR cardinal rule of the language, for whole numbers. */
  String pluralForm(long count) {
    String lang = language.locale().getLanguage();
    if (NO_PLURAL.contains(lang)) {
      return "other";
    }
    if (ZERO_IS_ONE.contains(lang)) {
      return count == 0 || count == 1 ? "one" : "other";
    }
    return count == 1 ? "one" : "other";
  }

  private String fill(String text, Object[] args) {
    if (args.length == 0 || text.indexOf('{') < 0) {
      return text;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int index = Integer.parseInt(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(index < args.length ? format(args[index]) : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** An argument as text: numbers, dates and months in the language's formats. */
  public String format(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal d) {
      return number(d);
    }
    if (value instanceof Number n) {
      return number(n);
    }
    if (value instanceof LocalDate d) {
      return date(d);
    }
    if (value instanceof YearMonth ym) {
      return month(ym);
    }
    return value.toString();
  }

  /** A number with the language's decimal and grouping separators, its digits as given. */
  public String number(Number n) {
    BigDecimal d = n instanceof BigDecimal b ? b
        : n instanceof Double || n instanceof Float ? BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros()
        : BigDecimal.valueOf(n.longValue());
    if (d.scale() < 0) {
      d = d.setScale(0);
    }
    return formats.number(d);
  }

  /** A change, with its sign always written: {@code +4.2}, {@code −1,0}, {@code 0}. */
  public String signed(Number n) {
    String plain = number(n);
    if (plain.startsWith("-")) {
      return "\u2212" + plain.substring(1);
    }
    return (plain.matches("[0.,\\s\u202f\u00a0]*") ? "" : "+") + plain;
  }

  /** {@code 92.5%}, {@code 92,5 %}: a number already in percent. */
  public String percent(Number n) {
    return formats.percent(number(n));
  }

  /** A date as tables show it: {@code 2026-11-30}, {@code 30.11.2026}. */
  public String date(LocalDate d) {
    return formats.date(d);
  }

  /** A date in words, for covers and sentences: {@code 30 November 2026}. */
  public String dateLong(LocalDate d) {
    return formats.dateLong(d);
  }

  /** {@code November 2026}. */
  public String month(YearMonth m) {
    return formats.month(m);
  }

  /** {@code Nov 2026}, for chart axes. */
  public String monthShort(YearMonth m) {
    return formats.monthShort(m);
  }

  /** The month's name alone, 1 for January. */
  public String monthName(int month) {
    return formats.monthName(month);
  }

  /** The month's short name alone, 1 for January. */
  public String monthShortName(int month) {
    return formats.monthShortName(month);
  }

  /**
   * A message around a link, split for a template: the text before {@code [}, the link's text
   * between {@code [} and {@code ]}, and the text after; a message without brackets is all before.
   * "Each cell shows its level; the [risk register] lists every risk" keeps the sentence whole for
   * the translator, who places the link where the language puts it.
   */
  public java.util.List<String> parts(String key, java.util.List<?> args) {
    String text = get(key, args.toArray());
    int open = text.indexOf('[');
    int close = open < 0 ? -1 : text.indexOf(']', open);
    if (close < 0) {
      return java.util.List.of(text, "", "");
    }
    return java.util.List.of(text.substring(0, open), text.substring(open + 1, close), text.substring(close + 1));
  }

  /** A value with its unit as a KPI states it: {@code 97.5%}, {@code 97,5 %}, {@code 30 hours}. */
  public String quantity(BigDecimal value, String unit) {
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    if (unit == null || unit.isEmpty()) {
      return number(v);
    }
    return unit.equals("%") ? percent(v) : number(v) + " " + unit;
  }

  /** The argument numbers a message refers to ({@code {0}}, {@code {2}}). */
  public static Set<Integer> placeholders(String text) {
    Set<Integer> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      out.add(Integer.parseInt(m.group(1)));
    }
    return out;
  }

  /** A key that no bundle of the language defines: a fault in a template or in govern. */
  public static final class MissingMessage extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    MissingMessage(String key, Language language) {
      super("no message '" + key + "' in " + fileName(language.bundle()) + " or the English messages");
    }
  }
}
