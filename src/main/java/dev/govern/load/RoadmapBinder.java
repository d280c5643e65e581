package dev.govern.load;

import dev.govern.model.Activity;
import dev.govern.model.ActivityStatus;
import dev.govern.model.Phase;
import dev.govern.model.Roadmap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Binds {@code roadmap.yaml}. */
final class RoadmapBinder {
  static final List<String> ACTIVITY_STATUSES =
      Arrays.stream(ActivityStatus.values()).map(ActivityStatus::id).toList();

  private RoadmapBinder() {}

  static Roadmap bind(Node root, Context ctx) {
    var top = Fields.of(root, ctx, "roadmap", DataShapes.ROADMAP);
    if (top.isEmpty()) {
      return Roadmap.empty();
    }
    Fields f = top.get();
    LocalDate start = f.optDate("start");
    List<Phase> phases = new ArrayList<>();
    int i = 0;
    for (Fields.Item item : f.items("phases", true)) {
      String path = "roadmap/phases/" + i++;
      Fields.of(item.node(), ctx, path, DataShapes.PHASE).ifPresent(p -> {
            String id = p.id("id");
            String name = p.text("name");
            int[] months = months(p, ctx);
            Integer target = p.optInteger("target_maturity");
            List<Activity> activities = new ArrayList<>();
            int a = 0;
            for (Fields.Item activity : p.items("activities", false)) {
              Fields.of(activity.node(), ctx, path + "/activities/" + a++, DataShapes.ACTIVITY)
                  .ifPresent(af -> {
                    String text = af.text("text");
                    ActivityStatus status = af.choice("status", ActivityStatus::fromId, ACTIVITY_STATUSES);
                    if (af.ok()) {
                      activities.add(new Activity(text, status));
                    } else {
                      p.fail();
                    }
                  });
            }
            if (p.ok() && months != null) {
              phases.add(new Phase(id, name, months[0], months[1], target, activities));
            }
          });
    }
    return new Roadmap(start, phases);
  }

  private static int[] months(Fields p, Context ctx) {
    Node node = p.node("months").orElse(null);
    if (node == null) {
      p.text("months");
      return null;
    }
    if (!(node instanceof SequenceNode seq) || seq.getValue().size() != 2) {
      ctx.error(node, "months must be [first, last], counted from 1, e.g. [3, 4]");
      p.fail();
      return null;
    }
    Integer first = p.integer(seq.getValue().get(0));
    Integer last = p.integer(seq.getValue().get(1));
    if (first == null || last == null) {
      return null;
    }
    if (first < 1 || last < first || last > 120) {
      ctx.error(node, "months [" + first + ", " + last + "] must satisfy 1 <= first <= last <= 120");
      p.fail();
      return null;
    }
    return new int[] {first, last};
  }
}
