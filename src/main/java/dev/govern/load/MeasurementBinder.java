package dev.govern.load;

import dev.govern.model.AiCommit;
import dev.govern.model.AssistantFile;
import dev.govern.model.AttributionHistory;
import dev.govern.model.AttributionMonth;
import dev.govern.model.Finding;
import dev.govern.model.FindingSeverity;
import dev.govern.model.RepositoryScan;
import dev.govern.model.Violation;
import dev.govern.problem.Problem;
import dev.govern.problem.Problems;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Binds what {@code govern scan} writes: the files of {@code data/measurements/}, and the part files
 * and cache entries that carry the same per-repository mapping. A measurement part added later (such
 * as commit history) is one more key of {@link #repository}.
 */
public final class MeasurementBinder {
  static final String FOLDER = "measurements";
  static final String SUMMARY = FOLDER + "/scan.yaml";
  static final String REPOSITORIES = FOLDER + "/repositories";

  private MeasurementBinder() {}

  /** A part file ({@code govern scan --shard K/N --part FILE}) or a cache entry, as read back. */
  public record Part(LocalDate asOf, String key, int inventory, List<RepositoryScan> repositories) {}

  /**
   * Reads a part file or cache entry; empty with problems when it is not one.
   *
   * @param display the file's name in problems
   */
  public static Optional<Part> part(byte[] bytes, String display, List<Problem> problems) {
    Problems found = new Problems();
    Context ctx = new Context(display, 0, found, new SourceMap());
    Optional<Part> part = YamlLoader.decode(bytes, ctx).flatMap(text -> YamlLoader.compose(text, ctx))
        .flatMap(node -> Fields.of(node, ctx, "part", DataShapes.SCAN_PART)
            .map(f -> {
              LocalDate asOf = f.optDate("as_of");
              String key = f.optText("key");
              Integer inventory = f.optInteger("inventory");
              List<RepositoryScan> repos = new ArrayList<>();
              int i = 0;
              for (Fields.Item item : f.items("repositories", false)) {
                repository(item.node(), ctx, "part/" + i++).ifPresent(repos::add);
              }
              return new Part(asOf, key, inventory == null ? repos.size() : inventory, repos);
            }));
    problems.addAll(found.sorted());
    return found.hasErrors() ? Optional.empty() : part;
  }

  /** Reads {@code measurements/scan.yaml}: the date of the scan and how many repositories it wrote. */
  static Optional<Summary> summary(Node root, Context ctx) {
    return Fields.of(root, ctx, "measurements", DataShapes.SCAN_SUMMARY).flatMap(f -> {
      LocalDate asOf = f.date("as_of");
      Integer count = f.integer("repositories");
      return f.ok() ? Optional.of(new Summary(asOf, count, f.at("repositories"))) : Optional.empty();
    });
  }

  record Summary(LocalDate asOf, int repositories, dev.govern.problem.Position countAt) {}

  static Optional<RepositoryScan> repository(Node node, Context ctx, String path) {
    return Fields.of(node, ctx, path, DataShapes.REPOSITORY_SCAN).flatMap(f -> {
      String id = f.text("id");
      String classification = f.text("classification");
      String owner = f.optText("owner");
      String head = f.node("head").isPresent() ? f.text("head") : "";
      List<AssistantFile> assistants = new ArrayList<>();
      int i = 0;
      for (Fields.Item item : f.items("assistant_files", false)) {
        Fields.of(item.node(), ctx, path + "/assistant_files/" + i++, DataShapes.ASSISTANT_FILE)
            .ifPresent(a -> {
              String file = a.text("path");
              String tool = a.text("tool");
              if (a.ok()) {
                assistants.add(new AssistantFile(file, tool));
              } else {
                f.fail();
              }
            });
      }
      List<String> ignore = f.optTextList("ignore_files");
      List<String> uncovered = f.optTextList("codeowners_uncovered");
      List<Finding> findings = new ArrayList<>();
      i = 0;
      for (Fields.Item item : f.items("findings", false)) {
        Fields.of(item.node(), ctx, path + "/findings/" + i++, DataShapes.FINDING).ifPresent(x -> {
              String rule = x.text("rule");
              FindingSeverity severity = x.choice("severity", FindingSeverity::fromId, FindingSeverity.ids());
              String file = x.text("file");
              Integer line = x.integer("line");
              Integer column = x.integer("column");
              String message = x.text("message");
              String excerpt = x.optText("excerpt");
              if (line != null && line < 1 || column != null && column < 1) {
                ctx.problems().error(x.at(), "line and column count from 1");
                x.fail();
              }
              if (x.ok()) {
                findings.add(new Finding(rule, severity, file, line, column, message, excerpt));
              } else {
                f.fail();
              }
            });
      }
      List<Violation> violations = new ArrayList<>();
      i = 0;
      for (Fields.Item item : f.items("violations", false)) {
        Fields.of(item.node(), ctx, path + "/violations/" + i++, DataShapes.VIOLATION).ifPresent(v -> {
          String rule = v.text("rule");
          String message = v.text("message");
          if (v.ok()) {
            violations.add(new Violation(rule, message));
          } else {
            f.fail();
          }
        });
      }
      AttributionHistory history = f.node("history").map(n -> history(n, ctx, path + "/history", f)).orElse(null);
      if (!f.ok()) {
        return Optional.empty();
      }
      return Optional.of(new RepositoryScan(id, classification, owner, head, assistants, ignore, uncovered,
          findings, violations, history));
    });
  }

  private static AttributionHistory history(Node node, Context ctx, String path, Fields repo) {
    return Fields.of(node, ctx, path, DataShapes.HISTORY).map(h -> {
      String tip = h.text("tip");
      LocalDate since = h.date("since");
      List<AttributionMonth> months = new ArrayList<>();
      int i = 0;
      for (Fields.Item item : h.items("months", true)) {
        Fields.of(item.node(), ctx, path + "/months/" + i++, DataShapes.HISTORY_MONTH).ifPresent(m -> {
              YearMonth month = m.node("month").map(m::month).orElse(null);
              if (month == null && m.ok()) {
                ctx.problems().error(m.at(), "missing required key 'month'");
                m.fail();
              }
              long commits = count(m, "commits");
              long ai = count(m, "ai_commits");
              long lines = count(m, "lines_added");
              long aiLinesAdded = count(m, "ai_lines_added");
              long aiLines = count(m, "ai_lines");
              SortedMap<String, Long> signals = counts(m, "signals");
              SortedMap<String, Long> signalLines = counts(m, "signal_lines_added");
              SortedMap<String, Long> tools = counts(m, "tools");
              if (m.ok() && (ai > commits || aiLinesAdded > lines)) {
                ctx.problems().error(m.at(), "more AI-attributed commits or lines than commits or lines in " + month);
                m.fail();
              }
              if (m.ok()) {
                months.add(new AttributionMonth(month, commits, ai, lines, aiLinesAdded, aiLines, signals, signalLines,
                    tools));
              } else {
                repo.fail();
              }
            });
      }
      List<AiCommit> violations = new ArrayList<>();
      i = 0;
      for (Fields.Item item : h.items("ai_violations", false)) {
        Fields.of(item.node(), ctx, path + "/ai_violations/" + i++, DataShapes.AI_COMMIT).ifPresent(c -> {
              String commit = c.text("commit");
              LocalDate date = c.date("date");
              List<String> signals = c.optTextList("signals");
              List<String> tools = c.optTextList("tools");
              if (c.ok()) {
                violations.add(new AiCommit(commit, date, signals, tools));
              } else {
                repo.fail();
              }
            });
      }
      if (!h.ok()) {
        repo.fail();
        return null;
      }
      return new AttributionHistory(tip, since, months, violations);
    }).orElseGet(() -> {
      repo.fail();
      return null;
    });
  }

  private static long count(Fields f, String key) {
    Integer n = f.integer(key);
    if (n != null && n < 0) {
      f.fail();
      return 0;
    }
    return n == null ? 0 : n;
  }

  private static SortedMap<String, Long> counts(Fields f, String key) {
    SortedMap<String, Long> out = new TreeMap<>();
    for (Map.Entry<String, Node> e : f.entries(key).entrySet()) {
      Integer n = f.integer(e.getValue());
      if (n != null && n >= 0) {
        out.put(e.getKey(), n.longValue());
      } else {
        f.fail();
      }
    }
    return out;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
