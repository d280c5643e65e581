package dev.govern.load;

import dev.govern.model.RiskLevel;
import dev.govern.model.RiskMatrix;
import dev.govern.model.Scale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Binds {@code risk-matrix.yaml} and checks that it is well formed: scales with ascending scores,
 * known level ids, thresholds in order or a rectangular grid. Any size works (3×3, 4×4, 4×6 …).
 */
final class MatrixBinder {
  /** The largest score of a likelihood or impact step; products stay below 32-bit limits. */
  static final int MAX_SCORE = 1000;
  private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

  private MatrixBinder() {}

  static Optional<RiskMatrix> bind(Node root, Context ctx) {
    var top = Fields.of(root, ctx, "matrix", DataShapes.MATRIX);
    if (top.isEmpty()) {
      return Optional.empty();
    }
    Fields f = top.get();
    int errorsBefore = ctx.problems().errorCount();
    List<Scale> likelihood = scale(f, "likelihood", ctx);
    List<Scale> impact = scale(f, "impact", ctx);
    List<RiskLevel> levels = levels(f, ctx);
    List<String> levelIds = levels.stream().map(RiskLevel::id).toList();

    List<List<String>> grid = new ArrayList<>();
    Map<String, Integer> thresholds = new LinkedHashMap<>();
    boolean hasThresholds = f.has("thresholds");
    boolean hasGrid = f.has("grid");
    if (hasThresholds == hasGrid) {
      ctx.problems().error(f.at(), hasGrid
          ? "give either 'thresholds' or 'grid', not both"
          : "missing 'thresholds' (minimum score per level) or 'grid' (a level per cell)");
    } else if (hasThresholds) {
      thresholds(f, ctx, levels, thresholds);
      if (ctx.problems().errorCount() == errorsBefore) {
        for (Scale l : likelihood) {
          List<String> row = new ArrayList<>();
          for (Scale i : impact) {
            row.add(levelForScore((long) l.score() * i.score(), levels, thresholds));
          }
          grid.add(row);
        }
      }
    } else {
      grid(f, ctx, likelihood.size(), impact.size(), levelIds, grid);
    }
    String appetite = f.optText("appetite");
    if (appetite != null && !levelIds.contains(appetite)) {
      ctx.problems().error(f.at("appetite"), "appetite: unknown level '" + appetite + "'"
          + Suggest.didYouMean(appetite, levelIds));
    }
    if (ctx.problems().errorCount() != errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(new RiskMatrix(likelihood, impact, levels, grid, thresholds, appetite));
  }

  private static List<Scale> scale(Fields f, String key, Context ctx) {
    List<Scale> out = new ArrayList<>();
    List<Fields.Item> items = f.items(key, true);
    if (items.isEmpty() && f.has(key)) {
      ctx.problems().error(f.at(key), "the " + key + " scale is empty; give at least one step, lowest first");
    }
    Set<String> ids = new HashSet<>();
    Integer previous = null;
    int i = 0;
    for (Fields.Item item : items) {
      String path = "matrix/" + key + "/" + i++;
      var s = Fields.of(item.node(), ctx, path, DataShapes.step(key));
      if (s.isEmpty()) {
        continue;
      }
      Fields step = s.get();
      String id = step.id("id");
      String label = step.text("label");
      Integer score = step.integer("score");
      if (!step.ok()) {
        continue;
      }
      if (!ids.add(id)) {
        ctx.problems().error(step.at("id"), "duplicate " + key + " id '" + id + "'");
      }
      if (score < 1 || score > MAX_SCORE) {
        // 65536 × 65536 once wrapped to 0 in 32-bit arithmetic and put "likely × major" at the lowest level.
        ctx.problems().error(step.at("score"), "score must be from 1 to " + MAX_SCORE + ", found " + score);
        continue;
      }
      if (previous != null && score <= previous) {
        ctx.problems().error(step.at("score"), key + " scores must ascend (lowest first): "
            + score + " follows " + previous);
      }
      previous = score;
      out.add(new Scale(id, label, score));
    }
    return out;
  }

  private static List<RiskLevel> levels(Fields f, Context ctx) {
    List<RiskLevel> out = new ArrayList<>();
    List<Fields.Item> items = f.items("levels", true);
    if (items.isEmpty() && f.has("levels")) {
      ctx.problems().error(f.at("levels"), "the levels list is empty; give at least one level, lowest first");
    }
    Set<String> ids = new HashSet<>();
    int i = 0;
    for (Fields.Item item : items) {
      String path = "matrix/levels/" + i++;
      var l = Fields.of(item.node(), ctx, path, DataShapes.LEVEL);
      if (l.isEmpty()) {
        continue;
      }
      Fields level = l.get();
      String id = level.id("id");
      String label = level.text("label");
      String color = level.text("color");
      if (!level.ok()) {
        continue;
      }
      if (!COLOR.matcher(color).matches()) {
        // Keep the level: dropping it would also report every threshold and cell that names it.
        ctx.problems().error(level.at("color"), "color must be #rrggbb, found '" + color + "'");
      }
      if (!ids.add(id)) {
        ctx.problems().error(level.at("id"), "duplicate level id '" + id + "'");
      }
      out.add(new RiskLevel(id, label, color.toLowerCase(java.util.Locale.ROOT)));
    }
    return out;
  }

  private static void thresholds(Fields f, Context ctx, List<RiskLevel> levels, Map<String, Integer> out) {
    Map<String, Node> given = f.entries("thresholds");
    List<String> above = levels.stream().skip(1).map(RiskLevel::id).toList();
    for (var e : given.entrySet()) {
      if (!above.contains(e.getKey())) {
        String why = !levels.isEmpty() && levels.get(0).id().equals(e.getKey())
            ? "the lowest level needs no threshold"
            : "not a level id" + Suggest.didYouMean(e.getKey(), above);
        ctx.problems().error(ctx.at(e.getValue()), "threshold for '" + e.getKey() + "': " + why);
        continue;
      }
      Integer score = f.integer(e.getValue());
      if (score != null && (score < 1 || score > (long) MAX_SCORE * MAX_SCORE)) {
        ctx.error(e.getValue(), "threshold for '" + e.getKey() + "' must be a score from 1 to " + MAX_SCORE * MAX_SCORE
            + " (likelihood × impact), found " + score);
      }
      if (score != null) {
        out.put(e.getKey(), score);
      }
    }
    Integer previous = null;
    String previousId = null;
    for (String id : above) {
      Integer score = out.get(id);
      if (score == null) {
        ctx.problems().error(f.at("thresholds"), "missing threshold for level '" + id + "'");
        continue;
      }
      if (previous != null && score <= previous) {
        ctx.problems().error(ctx.at(given.get(id)), "thresholds must ascend with the levels: '" + id
            + "' (" + score + ") is not above '" + previousId + "' (" + previous + ")");
      }
      previous = score;
      previousId = id;
    }
  }

  /** Computed in long: two scores of up to {@value #MAX_SCORE} multiply far inside it, never wrapping. */
  private static String levelForScore(long score, List<RiskLevel> levels, Map<String, Integer> thresholds) {
    String level = levels.get(0).id();
    for (RiskLevel l : levels.subList(1, levels.size())) {
      if (score >= thresholds.get(l.id())) {
        level = l.id();
      }
    }
    return level;
  }

  private static void grid(Fields f, Context ctx, int rows, int columns, List<String> levelIds, List<List<String>> out) {
    Node node = f.node("grid").orElseThrow();
    if (!(node instanceof SequenceNode seq)) {
      ctx.error(node, "grid must be a list of rows, not " + Fields.Shapes.describe(node));
      return;
    }
    if (seq.getValue().size() != rows) {
      ctx.error(node, "grid has " + seq.getValue().size() + (seq.getValue().size() == 1 ? " row" : " rows")
          + " but there are " + rows + " likelihood steps (one row per likelihood, lowest first)");
    }
    int r = 0;
    for (Node rowNode : seq.getValue()) {
      List<String> row = f.textList(rowNode, "matrix/grid/" + r++);
      // A row that is not a list, or a cell that is not text, was reported by textList above.
      if (rowNode instanceof SequenceNode cells) {
        if (cells.getValue().size() != columns) {
          ctx.error(rowNode, "grid row " + r + " has " + cells.getValue().size()
              + (cells.getValue().size() == 1 ? " cell" : " cells") + " but there are "
              + columns + " impact steps (one level per impact, lowest first)");
        }
        for (Node cell : cells.getValue()) {
          if (cell instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar && !Fields.Shapes.isNull(cell)
              && !levelIds.contains(scalar.getValue())) {
            String id = scalar.getValue();
            ctx.error(cell, "unknown level '" + id + "' in grid" + Suggest.didYouMean(id, levelIds));
          }
        }
      }
      out.add(row);
    }
  }
}
