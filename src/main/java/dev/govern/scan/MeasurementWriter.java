package dev.govern.scan;

import dev.govern.model.AiCommit;
import dev.govern.model.AssistantFile;
import dev.govern.model.AttributionHistory;
import dev.govern.model.AttributionMonth;
import dev.govern.model.Finding;
import dev.govern.model.RepositoryScan;
import dev.govern.model.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes measurements as YAML that {@code dev.govern.load.MeasurementBinder} reads back: the files of
 * {@code data/measurements/}, part files and cache entries. Output is a pure function of the values —
 * fixed key order, every text double-quoted with escapes, nothing from the clock — so the same scan
 * gives the same bytes, and reading back gives the same values.
 */
public final class MeasurementWriter {
  static final String HEADER = "# Written by govern scan. Commit this folder as it is; do not edit it:"
      + " the next scan replaces it whole.\n";

  private MeasurementWriter() {}

  /** {@code measurements/scan.yaml}. */
  static String summary(LocalDate asOf, int repositories) {
    return HEADER + "as_of: " + asOf + "\nrepositories: " + repositories + "\n";
  }

  /** {@code measurements/repositories/ID.yaml}. */
  static String repositoryFile(RepositoryScan r) {
    StringBuilder sb = new StringBuilder(HEADER);
    repository(r, sb, "", "");
    return sb.toString();
  }

  /**
   * A part file or a cache entry: several repositories with what they need to be joined again.
   *
   * @param key what the part is (a shard {@code 2/8}) or what the cache entry is valid for
   * @param inventory how many repositories the whole inventory holds, to tell a complete merge
   */
  static String part(LocalDate asOf, String key, int inventory, List<RepositoryScan> repositories) {
    StringBuilder sb = new StringBuilder();
    if (asOf != null) {
      sb.append("as_of: ").append(asOf).append('\n');
    }
    sb.append("key: ").append(quote(key)).append('\n');
    sb.append("inventory: ").append(inventory).append('\n');
    if (repositories.isEmpty()) {
      sb.append("repositories: []\n");
      return sb.toString();
    }
    sb.append("repositories:\n");
    for (RepositoryScan r : repositories) {
      repository(r, sb, "    ", "  - ");
    }
    return sb.toString();
  }

  private static void repository(RepositoryScan r, StringBuilder sb, String indent, String first) {
    sb.append(first).append("id: ").append(quote(r.id())).append('\n');
    sb.append(indent).append("classification: ").append(quote(r.classification())).append('\n');
    if (r.owner() != null) {
      sb.append(indent).append("owner: ").append(quote(r.owner())).append('\n');
    }
    sb.append(indent).append("head: ").append(quote(r.head())).append('\n');
    sb.append(indent).append("assistant_files:");
    if (r.assistantFiles().isEmpty()) {
      sb.append(" []\n");
    } else {
      sb.append('\n');
      for (AssistantFile f : r.assistantFiles()) {
        sb.append(indent).append("  - { path: ").append(quote(f.path())).append(", tool: ").append(quote(f.tool()))
            .append(" }\n");
      }
    }
    list(sb, indent, "ignore_files", r.ignoreFiles());
    list(sb, indent, "codeowners_uncovered", r.codeownersUncovered());
    sb.append(indent).append("findings:");
    if (r.findings().isEmpty()) {
      sb.append(" []\n");
    } else {
      sb.append('\n');
      for (Finding f : r.findings()) {
        String item = indent + "    ";
        sb.append(indent).append("  - rule: ").append(quote(f.rule())).append('\n');
        sb.append(item).append("severity: ").append(f.severity().id()).append('\n');
        sb.append(item).append("file: ").append(quote(f.file())).append('\n');
        sb.append(item).append("line: ").append(f.line()).append('\n');
        sb.append(item).append("column: ").append(f.column()).append('\n');
        sb.append(item).append("message: ").append(quote(f.message())).append('\n');
        if (!f.excerpt().isEmpty()) {
          sb.append(item).append("excerpt: ").append(quote(f.excerpt())).append('\n');
        }
      }
    }
    sb.append(indent).append("violations:");
    if (r.violations().isEmpty()) {
      sb.append(" []\n");
    } else {
      sb.append('\n');
      for (Violation v : r.violations()) {
        sb.append(indent).append("  - { rule: ").append(quote(v.rule())).append(", message: ")
            .append(quote(v.message())).append(" }\n");
      }
    }
    history(r.history(), sb, indent);
  }

  /** The history part: figures per month, and the AI-attributed commits that are violations. */
  private static void history(AttributionHistory h, StringBuilder sb, String indent) {
    if (h == null) {
      return;
    }
    String in = indent + "  ";
    sb.append(indent).append("history:\n");
    sb.append(in).append("tip: ").append(quote(h.tip())).append('\n');
    sb.append(in).append("since: ").append(h.since()).append('\n');
    sb.append(in).append("months:");
    if (h.months().isEmpty()) {
      sb.append(" []\n");
    } else {
      sb.append('\n');
      for (AttributionMonth m : h.months()) {
        sb.append(in).append("  - { month: ").append(m.month()).append(", commits: ").append(m.commits())
            .append(", ai_commits: ").append(m.aiCommits()).append(", lines_added: ").append(m.linesAdded())
            .append(", ai_lines_added: ").append(m.aiLinesAdded()).append(", ai_lines: ").append(m.aiLines());
        counts(sb, "signals", m.signals());
        counts(sb, "signal_lines_added", m.signalLinesAdded());
        counts(sb, "tools", m.tools());
        sb.append(" }\n");
      }
    }
    sb.append(in).append("ai_violations:");
    if (h.aiViolations().isEmpty()) {
      sb.append(" []\n");
    } else {
      sb.append('\n');
      for (AiCommit c : h.aiViolations()) {
        sb.append(in).append("  - { commit: ").append(quote(c.commit())).append(", date: ").append(c.date())
            .append(", signals: [").append(String.join(", ", c.signals().stream().map(MeasurementWriter::quote).toList()))
            .append("], tools: [").append(String.join(", ", c.tools().stream().map(MeasurementWriter::quote).toList()))
            .append("] }\n");
      }
    }
  }

  private static void counts(StringBuilder sb, String key, Map<String, Long> counts) {
    sb.append(", ").append(key).append(": {");
    boolean first = true;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      sb.append(first ? " " : ", ").append(quote(e.getKey())).append(": ").append(e.getValue());
      first = false;
    }
    sb.append(first ? "}" : " }");
  }

  private static void list(StringBuilder sb, String indent, String key, List<String> values) {
    sb.append(indent).append(key).append(':');
    if (values.isEmpty()) {
      sb.append(" []\n");
      return;
    }
    sb.append('\n');
    for (String v : values) {
      sb.append(indent).append("  - ").append(quote(v)).append('\n');
    }
  }

  /**
   * A YAML double-quoted scalar. Everything that is not plainly visible — controls, format and
   * invisible characters, lone surrogates — is escaped, so the committed file shows it and the
   * loader's check for control characters never trips on a measurement.
   */
  static String quote(String s) {
    if (plainAscii(s)) {
      return "\"" + s + "\""; // the usual case, and a scan of 1,000 repositories quotes some 100,000 texts
    }
    StringBuilder sb = new StringBuilder("\"");
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (cp != ' ' && !Excerpt.visible(cp) || cp == 0x2028 || cp == 0x2029) {
            sb.append(cp > 0xFFFF ? String.format(Locale.ROOT, "\\U%08X", cp) : String.format(Locale.ROOT, "\\u%04X", cp));
          } else {
            sb.appendCodePoint(cp);
          }
        }
      }
    });
    return sb.append('"').toString();
  }

  /** Printable ASCII without a quote or backslash: text that {@link #quote} writes as it is. */
  private static boolean plainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }
}
