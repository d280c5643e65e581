package dev.govern.history;

import dev.govern.problem.Visible;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A thing removed while another that looks the same was added: {@code C-1} removed and {@code С-1}
 * (Cyrillic С) added reads as "no change" to a reviewer, yet the gate would see an unrelated
 * removal and addition (issue 11).
 *
 * <p>Two ids look alike when their skeletons are equal: compatibility-normalised (NFKC, so
 * full-width and ligature forms fold), without the characters {@link Visible} calls hidden, with the
 * Cyrillic and Greek letters that are drawn like Latin ones, the digits 0 and 1 and the dashes
 * folded onto one form, and lower-cased. This is a small subset of the confusables of Unicode
 * TR 39, enough for the ids governance data uses.
 *
 * @param what "control" or "risk"
 * @param removed the id of the older state
 * @param added the id of the newer state
 */
public record LookAlike(String what, String removed, String added) {
  public LookAlike {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(removed, "removed");
    Objects.requireNonNull(added, "added");
  }

  /** Letters and signs drawn like a Latin letter, digit or hyphen, to what they look like. */
  private static final Map<Integer, Character> CONFUSABLE = confusables();

  /** The form two look-alike ids share; equal ids have equal skeletons. */
  public static String skeleton(String id) {
    String folded = Normalizer.normalize(id, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(folded.length());
    folded.codePoints().forEach(c -> {
      if (Visible.hidden(c) || Character.getType(c) == Character.FORMAT) {
        return;
      }
      Character like = CONFUSABLE.get(c);
      sb.append(like != null ? like.charValue() : Character.toString(c));
    });
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static Map<Integer, Character> confusables() {
    Map<Integer, Character> m = new java.util.HashMap<>();
    // Cyrillic, capital then small.
    put(m, "АВЕЅІЈКМНОРСТХУ", "ABESlJKMHOPCTXY");
    put(m, "аеѕіјорсхуԁԛԝһ", "aesijopcxydqwh");
    // Greek.
    put(m, "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHlKMNOPTYX");
    put(m, "οα", "oa");
    // Digits and letters drawn alike, and dashes: all folded onto one form before lower-casing.
    put(m, "0O1Il|", "oollll");
    put(m, "‐‑‒–—―−﹣－", "---------");
    return Map.copyOf(m);
  }

  private static void put(Map<Integer, Character> m, String from, String to) {
    int[] f = from.codePoints().toArray();
    for (int i = 0; i < f.length; i++) {
      m.put(f[i], to.charAt(i));
    }
  }
}
