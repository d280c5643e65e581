package dev.govern.scan;

import dev.govern.i18n.Said;
import dev.govern.model.AssistantFile;
import dev.govern.model.Classification;
import dev.govern.model.RepositoryScan;
import dev.govern.model.ScanRequirement;
import dev.govern.model.Tool;
import dev.govern.model.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a repository's classification requires of it (DP-001's classification enforcement): only
 * assistants the level allows, and what {@code scan_requires} adds (ignore files, CODEOWNERS).
 * Computed afresh on every scan from the measured files, since the classification and the tool
 * inventory change without the repository changing.
 */
final class Requirements {
  private Requirements() {}

  static List<Violation> check(RepositoryScan scan, Optional<Classification> level, List<Tool> tools,
      Signatures signatures) {
    List<Violation> out = new ArrayList<>();
    if (level.isEmpty()) {
      return out;
    }
    Classification c = level.get();
    Map<String, List<String>> byTool = new LinkedHashMap<>();
    for (AssistantFile f : scan.assistantFiles()) {
      byTool.computeIfAbsent(f.tool(), k -> new ArrayList<>()).add(f.path());
    }
    if (c.allowsNothing()) {
      byTool.forEach((tool, paths) -> out.add(new Violation("assistant-not-allowed", said("assistant-not-allowed",
          c.id(), tool.equals(Signatures.SHARED) ? Said.english(Said.PART + "shared_files") : signatures.toolName(tool),
          list(paths)))));
    } else {
      byTool.forEach((tool, paths) -> {
        if (tool.equals(Signatures.SHARED)) {
          return;
        }
        Optional<Tool> known = tools.stream().filter(t -> t.id().equals(tool)).findFirst();
        if (known.isEmpty()) {
          out.add(new Violation("tool-not-in-inventory", said("tool-not-in-inventory", signatures.toolName(tool),
              list(paths))));
        } else if (!c.allows(known.get())) {
          Tool t = known.get();
          out.add(new Violation("tool-not-allowed", said("tool-not-allowed", t.name(),
              Said.english(Said.PART + "tool_status." + t.status().id()),
              Said.english(Said.PART + "endpoint." + t.endpoint().id()), c.id(), list(paths))));
        }
      });
    }
    if (c.scanRequires().contains(ScanRequirement.IGNORE_FILES)) {
      for (Tool t : tools) {
        if (t.ignoreFile() != null && c.allows(t) && !scan.ignoreFiles().contains(t.ignoreFile())) {
          out.add(new Violation("ignore-file-missing", said("ignore-file-missing", c.id(), t.ignoreFile(), t.name())));
        }
      }
    }
    if (c.scanRequires().contains(ScanRequirement.CODEOWNERS) && !scan.codeownersUncovered().isEmpty()) {
      out.add(new Violation("codeowners-missing", said("codeowners-missing", c.id(), list(scan.codeownersUncovered()))));
    }
    return out;
  }

  private static String list(List<String> paths) {
    int shown = Math.min(paths.size(), 5);
    String text = String.join(", ", paths.subList(0, shown));
    return paths.size() > shown ? Said.english(Said.PART + "more", text, String.valueOf(paths.size() - shown)) : text;
  }

  /** The violation's sentence as the scan writes it: English, which the site and the PDF translate. */
  private static String said(String rule, Object... args) {
    return Said.english(Said.SCAN + rule, args);
  }
}
