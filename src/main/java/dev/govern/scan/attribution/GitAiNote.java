package dev.govern.scan.attribution;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A git-ai note (authorship format 3.0.0): an attestation block — a file path at column 0, then
 * indented lines {@code <hash> 1-4,9-10} naming the AI-authored line ranges (1-based) — a line
 * {@code ---}, then JSON whose {@code prompts} (and, from v1.4, {@code sessions}) name the agents.
 *
 * @param aiLines per file, how many distinct lines the note attributes to AI
 * @param tools the agents' tool names the JSON part gives, sorted
 */
record GitAiNote(Map<String, Integer> aiLines, Set<String> tools) {
  private static final Pattern ATTESTATION = Pattern.compile("\\s+([0-9a-fA-F]{7,64})\\s+([0-9,\\s-]+)");
  private static final Pattern RANGE = Pattern.compile("(\\d{1,9})(?:-(\\d{1,9}))?");
  /** A bound on one file's lines, so that "1-999999999" in a hostile note cannot exhaust memory. */
  private static final int MAX_LINE = 10_000_000;

  GitAiNote {
    aiLines = Map.copyOf(aiLines);
    tools = Set.copyOf(new TreeSet<>(tools));
  }

  long totalAiLines() {
    return aiLines.values().stream().mapToLong(Integer::longValue).sum();
  }

  static GitAiNote parse(String text) {
    Map<String, BitSet> lines = new LinkedHashMap<>();
    String file = null;
    List<String> json = new ArrayList<>();
    boolean inJson = false;
    for (String raw : text.split("\n", -1)) {
      String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
      if (inJson) {
        json.add(line);
      } else if (line.strip().equals("---")) {
        inJson = true;
      } else if (line.isBlank()) {
        continue;
      } else if (!Character.isWhitespace(line.charAt(0))) {
        file = unquote(line.strip());
      } else if (file != null) {
        Matcher m = ATTESTATION.matcher(line);
        if (m.matches()) {
          BitSet set = lines.computeIfAbsent(file, f -> new BitSet());
          for (String part : m.group(2).split(",")) {
            Matcher r = RANGE.matcher(part.strip());
            if (r.matches()) {
              int from = Integer.parseInt(r.group(1));
              int to = r.group(2) == null ? from : Integer.parseInt(r.group(2));
              if (from >= 1 && to >= from && to <= MAX_LINE) {
                set.set(from, to + 1);
              }
            }
          }
        }
      }
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    lines.forEach((f, set) -> {
      if (!set.isEmpty()) {
        counts.put(f, set.cardinality());
      }
    });
    Set<String> tools = new TreeSet<>();
    JsonTree.parse(String.join("\n", json)).ifPresent(root -> {
      for (String section : List.of("prompts", "sessions")) {
        for (Object entry : JsonTree.map(root, section).values()) {
          String tool = JsonTree.text(JsonTree.map(entry, "agent_id"), "tool");
          if (tool != null && !tool.isBlank()) {
            tools.add(tool.strip());
          }
        }
      }
    });
    return new GitAiNote(counts, tools);
  }

  private static String unquote(String path) {
    return path.length() >= 2 && path.startsWith("\"") && path.endsWith("\"") ? path.substring(1, path.length() - 1) : path;
  }
}
