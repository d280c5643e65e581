package dev.govern.scan;

import dev.govern.model.ScanRules;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The scan signatures compiled for use: assistant file globs indexed so that a tree of many thousand
 * paths costs a hash lookup per path, and rule patterns compiled once.
 */
final class Signatures {
  /** The tool id of files several assistants read ({@code AGENTS.md}, {@code .mcp.json}). */
  static final String SHARED = "shared";

  record Rule(ScanRules.Rule rule, Pattern pattern, List<Glob> files) {
    boolean appliesTo(String path) {
      return files.isEmpty() || files.stream().anyMatch(g -> g.matches(path));
    }
  }

  private record Entry(Glob glob, String tool) {}

  private final Map<String, List<Entry>> byName = new HashMap<>();
  private final List<Entry> wildcard = new ArrayList<>();
  private final Set<String> ignoreNames;
  private final List<Rule> rules;
  private final Map<String, String> toolNames = new HashMap<>();
  private final String digest;

  Signatures(ScanRules source) {
    for (ScanRules.Assistant a : source.assistants()) {
      String tool = a.tool() == null ? SHARED : a.tool();
      toolNames.putIfAbsent(tool, a.name());
      for (String g : a.files()) {
        Entry e = new Entry(Glob.of(g), tool);
        String name = e.glob().literalName();
        if (name != null) {
          byName.computeIfAbsent(name, k -> new ArrayList<>()).add(e);
        } else {
          wildcard.add(e);
        }
      }
    }
    ignoreNames = Set.copyOf(source.ignoreFiles());
    rules = source.rules().stream()
        .map(r -> new Rule(r, Pattern.compile(r.pattern()), r.files().stream().map(Glob::of).toList()))
        .toList();
    digest = digest(source);
  }

  /** The assistant whose file this is, or empty: the first signature that matches wins. */
  Optional<String> tool(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    for (Entry e : byName.getOrDefault(name, List.of())) {
      if (e.glob().matches(path)) {
        return Optional.of(e.tool());
      }
    }
    for (Entry e : wildcard) {
      String folder = e.glob().literalFolder();
      if ((folder.isEmpty() || path.startsWith(folder + "/") || path.contains("/" + folder + "/"))
          && e.glob().matches(path)) {
        return Optional.of(e.tool());
      }
    }
    return Optional.empty();
  }

  boolean isIgnoreFile(String path) {
    return ignoreNames.contains(path.substring(path.lastIndexOf('/') + 1));
  }

  List<Rule> rules() {
    return rules;
  }

  /** A tool id's name for people ({@code Claude Code}); the id itself when no signature names it. */
  String toolName(String tool) {
    return toolNames.getOrDefault(tool, tool);
  }

  /** Equal for equal signatures: part of the cache key, so a changed rule rescans everything. */
  String digest() {
    return digest;
  }

  private static String digest(ScanRules rules) {
    StringBuilder sb = new StringBuilder();
    rules.assistants().forEach(a -> sb.append("A\0").append(a.tool()).append('\0').append(a.name()).append('\0')
        .append(String.join("\0", a.files())).append('\n'));
    sb.append("I\0").append(String.join("\0", rules.ignoreFiles())).append('\n');
    rules.rules().forEach(r -> sb.append("R\0").append(r.id()).append('\0').append(r.severity().id()).append('\0')
        .append(r.in().id()).append('\0').append(String.join("\0", r.files())).append('\0').append(r.pattern())
        .append('\0').append(r.message()).append('\0').append(r.control()).append('\n'));
    return sha256(sb.toString());
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
