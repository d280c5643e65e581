package dev.govern.scan.attribution;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What Agent Trace records (v0.1; one JSON object per line) say about the change they describe:
 * ranges of lines by contributor type. Versions in the wild disagree ({@code 0.1.0}, {@code 1.0}),
 * so any record with {@code files} is read, and a line that is not JSON is skipped.
 *
 * @param aiLines lines in ranges whose contributor is {@code ai}
 * @param attributed whether any range is {@code ai} or {@code mixed}
 * @param tools the records' tool names, sorted
 */
record AgentTrace(long aiLines, boolean attributed, Set<String> tools) {
  AgentTrace {
    tools = Set.copyOf(new TreeSet<>(tools));
  }

  static AgentTrace parse(Iterable<String> records) {
    long ai = 0;
    boolean attributed = false;
    Set<String> tools = new TreeSet<>();
    for (String record : records) {
      if (record.isBlank()) {
        continue;
      }
      Object root = JsonTree.parse(record).orElse(null);
      if (root == null) {
        continue;
      }
      boolean recordAi = false;
      for (Object file : JsonTree.list(root, "files")) {
        for (Object conversation : JsonTree.list(file, "conversations")) {
          String outer = type(conversation);
          for (Object range : JsonTree.list(conversation, "ranges")) {
            String type = type(range) != null ? type(range) : outer;
            if ("ai".equals(type) || "mixed".equals(type)) {
              recordAi = true;
            }
            long start = JsonTree.number(range, "start_line");
            long end = JsonTree.number(range, "end_line");
            if ("ai".equals(type) && start >= 1 && end >= start) {
              ai += end - start + 1;
            }
          }
        }
      }
      if (recordAi) {
        attributed = true;
        String tool = JsonTree.text(JsonTree.map(root, "tool"), "name");
        if (tool == null) {
          tool = JsonTree.text(root, "tool");
        }
        if (tool != null && !tool.isBlank()) {
          tools.add(tool.strip());
        }
      }
    }
    return new AgentTrace(ai, attributed, tools);
  }

  private static String type(Object holder) {
    String t = JsonTree.text(JsonTree.map(holder, "contributor"), "type");
    return t == null ? null : t.strip().toLowerCase(Locale.ROOT);
  }
}
