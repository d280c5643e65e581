package dev.govern.load;

import dev.govern.model.Capability;
import dev.govern.model.Maturity;
import dev.govern.model.MaturityLevel;
import dev.govern.model.Status;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Binds {@code maturity.yaml}. */
final class MaturityBinder {
  private MaturityBinder() {}

  static Maturity bind(Node root, Context ctx) {
    List<MaturityLevel> levels = new ArrayList<>();
    List<Capability> capabilities = new ArrayList<>();
    Fields.of(root, ctx, "maturity", DataShapes.MATURITY).ifPresent(f -> {
      int i = 0;
      for (Fields.Item item : f.items("levels", true)) {
        String path = "maturity/levels/" + i++;
        Fields.of(item.node(), ctx, path, DataShapes.MATURITY_LEVEL).ifPresent(l -> {
              Integer level = l.integer("level");
              String name = l.text("name");
              String description = l.optText("description");
              List<String> characteristics = l.optTextList("characteristics");
              boolean all = false;
              List<String> controls = List.of();
              Node required = l.node("controls_required").orElse(null);
              if (required instanceof ScalarNode s) {
                if (s.getValue().equals("all")) {
                  all = true;
                } else {
                  ctx.error(s, "controls_required must be a list of control ids or the word all, found '"
                      + s.getValue() + "'");
                  l.fail();
                }
              } else if (required != null) {
                controls = l.textList(required, path + "/controls_required");
              }
              List<String> capabilityIds = l.optTextList("capabilities_required");
              if (l.ok()) {
                levels.add(new MaturityLevel(level, name, description, characteristics, all, controls, capabilityIds));
              }
            });
      }
      i = 0;
      for (Fields.Item item : f.items("capabilities", false)) {
        String path = "maturity/capabilities/" + i++;
        Fields.of(item.node(), ctx, path, DataShapes.CAPABILITY).ifPresent(c -> {
          String id = c.id("id");
          String name = c.text("name");
          Status status = c.choice("status", Status::fromId, ControlBinder.STATUSES);
          if (c.ok()) {
            capabilities.add(new Capability(id, name, status));
          }
        });
      }
    });
    return new Maturity(levels, capabilities);
  }
}
