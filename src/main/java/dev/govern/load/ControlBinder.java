package dev.govern.load;

import dev.govern.model.Catalogue;
import dev.govern.model.CatalogueItem;
import dev.govern.model.Control;
import dev.govern.model.Evidence;
import dev.govern.model.Status;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Binds {@code controls/*.yaml} and {@code frameworks/*.yaml}. */
final class ControlBinder {
  static final List<String> STATUSES = Arrays.stream(Status.values()).map(Status::id).toList();

  private ControlBinder() {}

  /** Adds the file's controls to {@code out}; paths continue the global index. */
  static void controls(Node root, Context ctx, List<Control> out) {
    Fields.of(root, ctx, "controls-file", DataShapes.CONTROLS).ifPresent(f -> {
      for (Fields.Item item : f.items("controls", true)) {
        String path = "controls/" + out.size();
        Fields.of(item.node(), ctx, path, DataShapes.CONTROL).ifPresent(c -> {
              Control control = control(c, ctx, path);
              if (control != null) {
                out.add(control);
              }
            });
      }
    });
  }

  private static Control control(Fields c, Context ctx, String path) {
    String id = c.id("id");
    String domain = c.text("domain");
    String name = c.text("name");
    String description = c.optText("description");
    String implementation = c.optText("implementation");
    List<Evidence> evidence = new ArrayList<>();
    int i = 0;
    for (Fields.Item item : c.items("evidence", false)) {
      String evidencePath = path + "/evidence/" + i++;
      if (item.node() instanceof ScalarNode s) {
        evidence.add(new Evidence(s.getValue(), null, null));
        continue;
      }
      Fields.of(item.node(), ctx, evidencePath, DataShapes.EVIDENCE).ifPresent(e -> {
        String evidenceName = e.text("name");
        LocalDate date = e.optDate("date");
        String location = e.optText("location");
        String source = e.optText("source");
        if (source != null && !source.equals(Evidence.SCAN)) {
          ctx.problems().error(e.at("source"), "an evidence source is '" + Evidence.SCAN
              + "' (govern scan's measurements), not '" + source + "'");
          e.fail();
        }
        if (source != null && date != null) {
          ctx.problems().error(e.at("date"), "evidence from the scan takes the scan's date: remove the date");
          e.fail();
        }
        if (e.ok()) {
          evidence.add(new Evidence(evidenceName, date, location, source));
        } else {
          c.fail();
        }
      });
    }
    String frequency = c.optText("frequency");
    Period reviewEvery = c.optPeriod("review_every");
    if (reviewEvery == null && frequency != null) {
      reviewEvery = Periods.fromWords(frequency);
    }
    Status status = c.choice("status", Status::fromId, STATUSES);
    String owner = c.optText("owner");
    LocalDate lastReviewed = c.optDate("last_reviewed");
    Map<String, List<String>> mappings = new LinkedHashMap<>();
    c.entries("mappings").forEach((framework, node) ->
        mappings.put(framework, c.textList(node, path + "/mappings/" + framework)));
    if (!c.ok()) {
      return null;
    }
    return new Control(id, domain, name, description, implementation, evidence, frequency,
        reviewEvery, status, owner, lastReviewed, mappings);
  }



  static void catalogue(Node root, Context ctx, List<Catalogue> out) {
    String path = "catalogues/" + out.size();
    Fields.of(root, ctx, path, DataShapes.CATALOGUE).ifPresent(f -> {
      String id = f.id("id");
      String name = f.text("name");
      String version = f.optText("version");
      String url = f.optText("url");
      List<CatalogueItem> items = new ArrayList<>();
      int i = 0;
      for (Fields.Item item : f.items("items", true)) {
        Fields.of(item.node(), ctx, path + "/items/" + i++, DataShapes.CATALOGUE_ITEM)
            .ifPresent(it -> {
              String itemId = it.id("id");
              String title = it.text("title");
              String group = it.optText("group");
              if (it.ok()) {
                items.add(new CatalogueItem(itemId, title, group));
              }
            });
      }
      if (f.ok()) {
        out.add(new Catalogue(id, name, version, url, items));
      }
    });
  }
}
