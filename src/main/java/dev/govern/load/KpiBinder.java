package dev.govern.load;

import dev.govern.model.Comparison;
import dev.govern.model.Kpi;
import dev.govern.model.KpiCategory;
import dev.govern.model.KpiValue;
import dev.govern.model.Target;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Binds {@code kpis.yaml}, parsing targets ({@code >90%}, {@code <24 hours}) and values. */
final class KpiBinder {
  /** {@code OP NUMBER UNIT?}: OP one of > >= < <= =, UNIT % or a word. */
  static final Pattern TARGET =
      Pattern.compile(DataShapes.TARGET_SYNTAX);

  private KpiBinder() {}

  static List<KpiCategory> bind(Node root, Context ctx) {
    List<KpiCategory> out = new ArrayList<>();
    Fields.of(root, ctx, "kpis", DataShapes.KPIS).ifPresent(f -> {
      int i = 0;
      for (Fields.Item item : f.items("categories", true)) {
        String path = "kpis/" + i++;
        Fields.of(item.node(), ctx, path, DataShapes.KPI_CATEGORY).ifPresent(c -> {
          String id = c.text("id");
          String name = c.text("name");
          List<Kpi> kpis = new ArrayList<>();
          int k = 0;
          for (Fields.Item kpiItem : c.items("kpis", true)) {
            String kpiPath = path + "/kpis/" + k++;
            Fields.of(kpiItem.node(), ctx, kpiPath, DataShapes.KPI).ifPresent(kf -> {
                  Kpi kpi = kpi(kf, ctx, kpiPath);
                  if (kpi != null) {
                    kpis.add(kpi);
                  }
                });
          }
          if (c.ok()) {
            out.add(new KpiCategory(id, name, kpis));
          }
        });
      }
    });
    return out;
  }

  private static Kpi kpi(Fields f, Context ctx, String path) {
    String id = f.text("id");
    String name = f.text("kpi");
    String definition = f.optText("definition");
    String measurement = f.optText("measurement");
    List<Target> targets = new ArrayList<>();
    Optional<Node> targetNode = f.node("target");
    if (targetNode.isEmpty()) {
      f.text("target");
    } else if (targetNode.get() instanceof ScalarNode s) {
      target(Target.SINGLE, s, ctx).ifPresentOrElse(targets::add, f::fail);
    } else {
      f.entries("target").forEach((segment, node) -> {
        if (segment.equals(Target.SINGLE)) {
          ctx.error(node, "'" + Target.SINGLE + "' is reserved for single targets; name the segment");
          f.fail();
        } else if (node instanceof ScalarNode s) {
          target(segment, s, ctx).ifPresentOrElse(targets::add, f::fail);
        } else {
          ctx.error(node, "the target of segment '" + segment + "' must be text such as \">95%\"");
          f.fail();
        }
      });
    }
    List<KpiValue> values = new ArrayList<>();
    int i = 0;
    for (Fields.Item item : f.items("values", false)) {
      String valuePath = path + "/values/" + i++;
      ctx.sources().put(valuePath, item.at());
      if (!(item.node() instanceof MappingNode map)) {
        ctx.error(item.node(), "a value must be a map such as { period: 2026-09, value: 97.5 }");
        f.fail();
        continue;
      }
      YearMonth period = null;
      Map<String, BigDecimal> byKey = new LinkedHashMap<>();
      for (NodeTuple t : map.getValue()) {
        String key = ((ScalarNode) t.getKeyNode()).getValue();
        ctx.sources().put(valuePath + "/" + key, ctx.at(t.getKeyNode()));
        if (key.equals("period")) {
          period = f.month(t.getValueNode());
        } else {
          BigDecimal number = f.decimal(t.getValueNode());
          if (number != null) {
            byKey.put(key, number);
          }
        }
      }
      if (period == null) {
        if (map.getValue().stream().noneMatch(t -> ((ScalarNode) t.getKeyNode()).getValue().equals("period"))) {
          ctx.error(item.node(), "missing required key 'period'");
        }
        f.fail();
        continue;
      }
      values.add(new KpiValue(period, byKey));
    }
    if (!f.ok()) {
      return null;
    }
    return new Kpi(id, name, definition, measurement, targets, values);
  }

  private static Optional<Target> target(String segment, ScalarNode node, Context ctx) {
    Matcher m = TARGET.matcher(node.getValue());
    if (!m.matches()) {
      ctx.error(node, "target '" + node.getValue()
          + "' is not OPERATOR NUMBER UNIT, e.g. \">90%\", \"<24 hours\", \"=100%\" (operators: > >= < <= =)");
      return Optional.empty();
    }
    Comparison comparison = Comparison.fromSymbol(m.group(1)).orElseThrow();
    String unit = m.group(3) == null ? "" : m.group(3);
    return Optional.of(new Target(segment, comparison, new BigDecimal(m.group(2)), unit, node.getValue().trim()));
  }
}
