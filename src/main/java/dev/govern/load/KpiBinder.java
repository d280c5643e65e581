package dev.govern.load;

import dev.govern.model.Comparison;
import dev.govern.model.Kpi;
import dev.govern.model.KpiCategory;
import dev.govern.model.KpiValue;
import dev.govern.model.Measurements;
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

  /** The prefix of a KPI source naming a figure of govern scan's measurements. */
  static final String SCAN = "scan.";

  private KpiBinder() {}

  static List<KpiCategory> bind(Node root, Context ctx) {
    List<KpiCategory> out = new ArrayList<>();
    Fields.of(root, ctx, "kpis", DataShapes.KPIS).ifPresent(f -> {
      int i = 0;
      for (Fields.Item item : f.items("categories", true)) {
        String path = "kpis/" + i++;
        Fields.of(item.node(), ctx, path, DataShapes.KPI_CATEGORY).ifPresent(c -> {
          String id = c.id("id");
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
    String id = f.id("id");
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
      String previous = null;
      for (NodeTuple t : map.getValue()) {
        String key = ((ScalarNode) t.getKeyNode()).getValue();
        ctx.sources().put(valuePath + "/" + key, ctx.at(t.getKeyNode()));
        if (key.equals("period")) {
          period = f.month(t.getValueNode());
        } else if (previous != null && DIGITS.matcher(key).matches() && Fields.Shapes.isNull(t.getValueNode())
            && byKey.containsKey(previous)) {
          // In { value: 80,5 } the comma ends the value: YAML reads 80, then a key "5" with nothing.
          ctx.error(t.getKeyNode(), "'" + previous + ": " + byKey.get(previous).toPlainString() + "," + key
              + "' reads as two entries, as a comma separates entries in { }; write decimals with a point: "
              + byKey.get(previous).toPlainString() + "." + key);
          f.fail();
        } else {
          BigDecimal number = f.decimal(t.getValueNode());
          if (number != null) {
            byKey.put(key, number);
            inRange(number, unitOf(targets, key), t.getValueNode(), ctx).ifPresent(x -> f.fail());
          }
        }
        previous = key;
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
    String source = f.optText("source");
    if (source != null) {
      String figure = source.startsWith(SCAN) ? source.substring(SCAN.length()) : "";
      if (!Measurements.FIGURES.contains(figure)) {
        List<String> known = Measurements.FIGURES.stream().map(x -> SCAN + x).toList();
        ctx.problems().error(f.at("source"), "'" + source + "' is not a figure of the scan; one of "
            + String.join(", ", known) + Suggest.didYouMean(source, known));
        f.fail();
      } else if (targets.size() != 1 || !targets.get(0).segment().equals(Target.SINGLE)) {
        ctx.problems().error(f.at("source"), "a KPI measured by the scan has one target, such as \">98%\"");
        f.fail();
      }
    }
    if (!f.ok()) {
      return null;
    }
    return new Kpi(id, name, definition, measurement, targets, values, source);
  }

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  /** Units whose values are never negative: time. A percentage is also at most 100. */
  static final java.util.Set<String> TIME_UNITS = java.util.Set.of("second", "seconds", "minute", "minutes", "hour",
      "hours", "day", "days", "week", "weeks", "month", "months", "year", "years");

  private static String unitOf(List<Target> targets, String segment) {
    return targets.stream().filter(t -> t.segment().equals(segment)).map(Target::unit).findFirst().orElse("");
  }

  /**
   * A percentage outside 0–100 or a negative duration cannot be measured (issue 11: −5 % and 150 %
   * were accepted and judged against their targets); reported at the number, with the problem.
   */
  private static Optional<String> inRange(BigDecimal number, String unit, Node at, Context ctx) {
    String problem = null;
    if (unit.equals("%") && (number.signum() < 0 || number.compareTo(HUNDRED) > 0)) {
      problem = number.toPlainString() + "% is not a percentage: percentages are from 0 to 100";
    } else if (TIME_UNITS.contains(unit.toLowerCase(java.util.Locale.ROOT)) && number.signum() < 0) {
      problem = number.toPlainString() + " " + unit + " is negative: a duration is 0 or more";
    }
    if (problem != null) {
      ctx.error(at, problem);
    }
    return Optional.ofNullable(problem);
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static Optional<Target> target(String segment, ScalarNode node, Context ctx) {
    Matcher m = TARGET.matcher(node.getValue());
    if (!m.matches()) {
      ctx.error(node, "target '" + node.getValue()
          + "' is not OPERATOR NUMBER UNIT, e.g. \">90%\", \"<24 hours\", \"=100%\" (operators: > >= < <= =)");
      return Optional.empty();
    }
    Comparison comparison = Comparison.fromSymbol(m.group(1)).orElseThrow();
    String unit = m.group(3) == null ? "" : m.group(3);
    if (inRange(new BigDecimal(m.group(2)), unit, node, ctx).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(new Target(segment, comparison, new BigDecimal(m.group(2)), unit, node.getValue().trim()));
  }
}
