package dev.govern.format;

import dev.govern.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Fingerprints that let code scanning and code quality recognise the same finding from run to run.
 * A finding is its rule, its file and its message; the line is left out (an edit above it must not
 * make it "new"), and so are the dates and positions a message quotes, which move with the as-of
 * date and with edits elsewhere. Equal keys are told apart by their order of occurrence.
 */
final class Fingerprint {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern POSITION = Pattern.compile("\\S+:\\d+:\\d+");

  private Fingerprint() {}

  /** One fingerprint per problem, in the same order: 32 lowercase hex digits. */
  static List<String> of(List<Problem> problems, Function<Problem, String> file) {
    return ofKeys(problems.stream().map(p -> key(p.rule().id(), file.apply(p), p.message())).toList());
  }

  /** What identifies a finding: its rule, its file and its message without the dates and positions it quotes. */
  static String key(String rule, String file, String message) {
    return rule + "\n" + file + "\n" + POSITION.matcher(DATE.matcher(message).replaceAll("DATE")).replaceAll("POSITION");
  }

  /** One fingerprint per key, in the same order; equal keys told apart by their order of occurrence. */
  static List<String> ofKeys(List<String> keys) {
    Map<String, Integer> seen = new HashMap<>();
    return keys.stream().map(key -> {
      int occurrence = seen.merge(key, 1, Integer::sum);
      return sha256(key + "\n" + occurrence).substring(0, 32);
    }).toList();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
