package dev.govern.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences govern writes in English where they outlive one build or serve the command line too —
 * scan findings and classification violations in the committed {@code measurements/}, notes about
 * the Git history, where the as-of date came from — put back into the reader's language.
 *
 * <p>Each such sentence is a {@code said.*} message of the English bundle, and its writer fills it
 * from that bundle ({@link #english}); so a sentence is read back by matching it against the English
 * messages of its family and writing the same arguments into the reader's message. Measurement files
 * written before a sentence became a message read back the same, as its English did not change. An
 * argument that is itself such a fragment ({@code said.part.*}: "files several assistants read",
 * "and 3 more") is put into the language too, and so is the count of a counted message and a
 * commit's date; the rest (paths, ids, tags, tool names, sizes, a library's error text) stays as
 * written, digit for digit. A sentence no message
 * matches — the message of a scan rule a governance repo wrote itself — is data, shown as written.
 *
 * <p>Immutable; the English patterns are compiled once and shared.
 */
public final class Said {
  /** The sentences of scan rule {@code RULE} are {@code said.scan.RULE} and {@code said.scan.RULE.*}. */
  public static final String SCAN = "said.scan.";
  /** Notes about the Git history. */
  public static final String NOTE = "said.note.";
  /** Pieces of sentences, and short texts such as the as-of date's source. */
  public static final String PART = "said.part.";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})}");
  /** A count as English writes it (plain or grouped with commas), without a leading zero. */
  private static final Pattern COUNT = Pattern.compile("[1-9]\\d{0,9}|[1-9]\\d{0,2}(?:,\\d{3}){1,3}|0");
  /**
   * The arguments that are dates, by message: only these take the language's date format, since a
   * tag or a path may look like a date and must keep its name.
   */
  private static final Map<String, Integer> DATES = Map.of(NOTE + "commit_removed_data", 1, NOTE + "commit_left_out", 1);
  /** Arguments nest at most this deep ("tag v1 is left out: its data has 2 errors"). */
  private static final int DEPTH = 3;

  /** An English message as a pattern whose groups are its arguments in order of their numbers. */
  private record Form(String key, String base, Pattern pattern, List<Integer> order, int literal) {}

  private static final class English {
    static final List<Form> FORMS = forms();
  }

  private final Messages messages;

  public Said(Messages messages) {
    this.messages = messages;
  }

  /** A sentence as govern writes it into measurements and notes: always the shipped English. */
  public static String english(String key, Object... args) {
    return Messages.english().get(key, args);
  }

  /** A finding's or violation's message in the reader's language; as written when it is not govern's. */
  public String scan(String rule, String message) {
    if (rule == null || message == null) {
      return message;
    }
    String family = SCAN + rule;
    return translate(message, f -> f.base().equals(family) || f.base().startsWith(family + "."), 0).orElse(message);
  }

  /** A note about the Git history in the reader's language. */
  public String note(String note) {
    return only(note, NOTE);
  }

  /** Where the as-of date came from ("date of the last commit …"); an option or variable name stays. */
  public String asOfSource(String source) {
    return only(source, PART + "as_of_");
  }

  /** An assistant's name: the bundled name of files several assistants read is govern's; others are data. */
  public String assistant(String name) {
    return only(name, PART + "several_assistants");
  }

  private String only(String text, String prefix) {
    if (text == null) {
      return null;
    }
    return translate(text, f -> f.base().startsWith(prefix), 0).orElse(text);
  }

  private Optional<String> translate(String text, java.util.function.Predicate<Form> family, int depth) {
    for (Form f : English.FORMS) {
      if (!family.test(f)) {
        continue;
      }
      Matcher m = f.pattern().matcher(text);
      if (!m.matches()) {
        continue;
      }
      int count = f.order().isEmpty() ? 0 : f.order().stream().max(Integer::compare).get() + 1;
      Object[] args = new Object[count];
      boolean counted = !f.key().equals(f.base());
      for (int g = 0; g < f.order().size(); g++) {
        int index = f.order().get(g);
        String value = m.group(g + 1);
        if (counted && index == 0) {
          // A counted message: its count comes first, and the reader's language picks the form.
          if (!COUNT.matcher(value).matches()) {
            args = null;
            break;
          }
          args[0] = Long.parseLong(value.replace(",", ""));
        } else if (DATES.getOrDefault(f.base(), -1) == index) {
          args[index] = date(value);
        } else {
          args[index] = argument(value, depth);
        }
      }
      if (args == null) {
        continue;
      }
      return Optional.of(messages.get(f.base(), args));
    }
    return Optional.empty();
  }

  private static Object date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return value;
    }
  }

  /** An argument as written, or the reader's words when it is a piece of govern's sentences. */
  private Object argument(String value, int depth) {
    if (depth < DEPTH) {
      Optional<String> part = translate(value, f -> f.base().startsWith(PART), depth + 1);
      if (part.isPresent()) {
        return part.get();
      }
    }
    return value;
  }

  /**
   * Every English {@code said.*} message as a pattern, the ones with more fixed text first, so
   * "configures files several assistants read: {1}" is tried before a form that would take the
   * phrase as an argument.
   */
  private static List<Form> forms() {
    Messages en = Messages.english();
    List<Form> out = new ArrayList<>();
    for (String key : en.keys()) {
      if (!key.startsWith("said.")) {
        continue;
      }
      String base = key.endsWith(".one") || key.endsWith(".other") ? key.substring(0, key.lastIndexOf('.')) : key;
      String text = en.raw(key);
      StringBuilder regex = new StringBuilder();
      List<Integer> order = new ArrayList<>();
      Map<Integer, String> named = new HashMap<>();
      Matcher m = PLACEHOLDER.matcher(text);
      int last = 0;
      int literal = 0;
      while (m.find()) {
        String fixed = text.substring(last, m.start());
        literal += fixed.length();
        regex.append(Pattern.quote(fixed));
        int index = Integer.parseInt(m.group(1));
        if (named.containsKey(index)) {
          regex.append("\\k<").append(named.get(index)).append('>');
        } else {
          String name = "a" + index;
          named.put(index, name);
          order.add(index);
          regex.append("(?<").append(name).append(">.*?)");
        }
        last = m.end();
      }
      literal += text.length() - last;
      regex.append(Pattern.quote(text.substring(last)));
      out.add(new Form(key, base, Pattern.compile(regex.toString(), Pattern.DOTALL), List.copyOf(order), literal));
    }
    out.sort(Comparator.comparingInt(Form::literal).reversed().thenComparing(Form::key));
    return List.copyOf(out);
  }
}
