package dev.govern.load;

import dev.govern.problem.Visible;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules every id follows (controls, risks, KPIs, policies, domains, tools, matrix steps,
 * catalogue items…), so that two ids that differ always look different and every id makes a file
 * name (issue 11):
 *
 * <ul>
 *   <li>at most {@value #MAX_LENGTH} characters;
 *   <li>in Unicode NFC, the form editors type: {@code Å} as one character, not A plus a ring;
 *   <li>visible: no control, format (zero-width, bidi), private-use or unassigned character, no
 *       line break or tab, and spaces only single and between words ("GOVERN 1.1").
 * </ul>
 *
 * Letters of any script are welcome: {@code 风险-01} is an id.
 */
final class Ids {
  static final int MAX_LENGTH = 64;

  private Ids() {}

  /** Why {@code id} breaks the rules, as a sentence; empty when it keeps them. */
  static Optional<String> problem(String id) {
    String shown = "'" + Visible.escape(id) + "'";
    int[] cps = id.codePoints().toArray();
    if (cps.length == 0) {
      return Optional.of("an id cannot be empty");
    }
    if (cps.length > MAX_LENGTH) {
      return Optional.of("the id " + shown + " is " + cps.length + " characters long; ids are at most " + MAX_LENGTH
          + " (they name pages and files; keep the long wording for the name)");
    }
    for (int c : cps) {
      if (invisible(c)) {
        return Optional.of("the id " + shown + " holds " + describe(c) + ", which cannot be seen; ids must be"
            + " visible text, so that two different ids never look the same");
      }
    }
    if (id.startsWith(" ") || id.endsWith(" ") || id.contains("  ")) {
      return Optional.of("the id " + shown + " has a space at its start or end, or two in a row; ids use single"
          + " spaces between words");
    }
    if (!Normalizer.isNormalized(id, Normalizer.Form.NFC)) {
      return Optional.of("the id " + shown + " is not in Unicode NFC form (a letter written as a base letter and a"
          + " combining mark), so it would differ from the same id typed elsewhere; write it as '"
          + Visible.escape(Normalizer.normalize(id, Normalizer.Form.NFC)) + "'");
    }
    return Optional.empty();
  }

  private static boolean invisible(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
        || type == Character.SURROGATE || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR || (type == Character.SPACE_SEPARATOR && c != ' ')
        || Visible.hidden(c);
  }

  /** "U+200B ZERO WIDTH SPACE". */
  private static String describe(int c) {
    String name = Character.getName(c);
    return String.format("U+%04X", c) + (name == null ? "" : " " + name.toUpperCase(Locale.ROOT));
  }
}
