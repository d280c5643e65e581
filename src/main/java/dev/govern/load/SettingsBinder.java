package dev.govern.load;

import dev.govern.model.Approver;
import dev.govern.model.Classification;
import dev.govern.model.Document;
import dev.govern.model.Domain;
import dev.govern.model.Endpoint;
import dev.govern.model.Organization;
import dev.govern.model.Reference;
import dev.govern.model.Brand;
import dev.govern.model.Report;
import dev.govern.model.ScanRequirement;
import dev.govern.model.Tool;
import dev.govern.model.ToolStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Binds {@code governance.yaml} and {@code references.yaml}. */
final class SettingsBinder {
  static final List<String> TOOL_STATUSES =
      Arrays.stream(ToolStatus.values()).map(ToolStatus::id).toList();
  static final List<String> ENDPOINTS = Arrays.stream(Endpoint.values()).map(Endpoint::id).toList();

  /** What governance.yaml holds; any part may be null when it could not be read. */
  record Settings(
      Organization organization,
      Document document,
      List<Domain> domains,
      List<Classification> classifications,
      List<Tool> tools,
      Report report) {}

  private SettingsBinder() {}

  static Settings bind(Node root, Context ctx) {
    var top = Fields.of(root, ctx, "governance", DataShapes.GOVERNANCE);
    if (top.isEmpty()) {
      return new Settings(null, null, List.of(), List.of(), List.of(), Report.defaults());
    }
    Fields f = top.get();
    Organization organization = f.node("organization")
        .flatMap(n -> Fields.of(n, ctx, "organization", DataShapes.ORGANIZATION))
        .map(o -> {
          String name = o.text("name");
          String scope = o.optText("scope");
          return o.ok() ? new Organization(name, scope) : null;
        }).orElse(null);
    if (!f.has("organization")) {
      ctx.problems().error(f.at(), "missing required key 'organization'");
    }
    Document document = f.node("document").map(n -> document(n, ctx)).orElse(null);
    if (!f.has("document")) {
      ctx.problems().error(f.at(), "missing required key 'document'");
    }

    List<Domain> domains = new ArrayList<>();
    int i = 0;
    for (Fields.Item item : f.items("domains", true)) {
      String path = "domains/" + i++;
      Fields.of(item.node(), ctx, path, DataShapes.DOMAIN).ifPresent(d -> {
        String id = d.id("id");
        String name = d.text("name");
        String description = d.optText("description");
        if (d.ok()) {
          domains.add(new Domain(id, name, description));
        }
      });
    }

    List<Classification> classifications = new ArrayList<>();
    i = 0;
    for (Fields.Item item : f.items("classifications", false)) {
      String path = "classifications/" + i++;
      Fields.of(item.node(), ctx, path, DataShapes.CLASSIFICATION)
          .ifPresent(c -> {
            String id = c.id("id");
            String description = c.optText("description");
            Set<ToolStatus> statuses = EnumSet.noneOf(ToolStatus.class);
            Set<Endpoint> endpoints = EnumSet.noneOf(Endpoint.class);
            Node allow = c.node("allow").orElse(null);
            if (allow == null) {
              c.text("allow"); // reports the missing key
            } else if (allow instanceof ScalarNode s && s.getValue().equals("none")) {
              // allow: none — nothing may touch code of this classification
            } else {
              Fields.of(allow, ctx, path + "/allow", DataShapes.ALLOW)
                  .ifPresent(a -> {
                    for (Node n : listOrEmpty(a, "status")) {
                      ToolStatus s = a.choice(n, ToolStatus::fromId, TOOL_STATUSES);
                      if (s != null) {
                        statuses.add(s);
                      }
                    }
                    for (Node n : listOrEmpty(a, "endpoint")) {
                      Endpoint e = a.choice(n, Endpoint::fromId, ENDPOINTS);
                      if (e != null) {
                        endpoints.add(e);
                      }
                    }
                    if (!a.ok()) {
                      c.fail();
                    }
                  });
            }
            List<String> requirements = c.optTextList("requirements");
            Set<ScanRequirement> scanRequires = EnumSet.noneOf(ScanRequirement.class);
            for (Node n : listOrEmpty(c, "scan_requires")) {
              ScanRequirement r = c.choice(n, ScanRequirement::fromId, ScanRequirement.ids());
              if (r != null) {
                scanRequires.add(r);
              }
            }
            if (c.ok()) {
              classifications.add(new Classification(id, description, statuses, endpoints, requirements, scanRequires));
            }
          });
    }

    List<Tool> tools = new ArrayList<>();
    i = 0;
    for (Fields.Item item : f.items("tools", false)) {
      String path = "tools/" + i++;
      Fields.of(item.node(), ctx, path, DataShapes.TOOL).ifPresent(t -> {
            String id = t.id("id");
            String name = t.text("name");
            String vendor = t.optText("vendor");
            ToolStatus status = t.choice("status", ToolStatus::fromId, TOOL_STATUSES);
            Endpoint endpoint = t.choice("endpoint", Endpoint::fromId, ENDPOINTS);
            var approvedOn = t.optDate("approved_on");
            String ignoreFile = t.optText("ignore_file");
            if (t.ok()) {
              tools.add(new Tool(id, name, vendor, status, endpoint, approvedOn, ignoreFile));
            }
          });
    }

    Report report = f.node("report")
        .flatMap(n -> Fields.of(n, ctx, "report", DataShapes.REPORT))
        .map(r -> new Report(r.optText("title"), r.optTextList("fonts"), r.optText("since"), brand(r, ctx)))
        .orElse(Report.defaults());
    return new Settings(organization, document, domains, classifications, tools, report);
  }

  private static List<Node> listOrEmpty(Fields f, String key) {
    return f.items(key, false).stream().map(Fields.Item::node).toList();
  }

  private static Document document(Node node, Context ctx) {
    return Fields.of(node, ctx, "document", DataShapes.DOCUMENT).map(d -> {
          String title = d.text("title");
          String subtitle = d.optText("subtitle");
          String classification = d.text("classification");
          String owner = d.optText("owner");
          String version = d.optText("version");
          List<Approver> approvers = new ArrayList<>();
          int i = 0;
          for (Fields.Item item : d.items("approvers", false)) {
            approver(item.node(), ctx, "document/approvers/" + i++).ifPresent(approvers::add);
          }
          return d.ok() ? new Document(title, subtitle, classification, owner, version, approvers) : null;
        }).orElse(null);
  }

  /** An approver, {@code { name, role, date }}: of the governance document, or of a policy. */
  static Optional<Approver> approver(Node node, Context ctx, String path) {
    return Fields.of(node, ctx, path, DataShapes.APPROVER).flatMap(a -> {
      String name = a.text("name");
      String role = a.optText("role");
      var date = a.optDate("date");
      return a.ok() ? Optional.of(new Approver(name, role, date)) : Optional.empty();
    });
  }

  static List<Reference> references(Node root, Context ctx) {
    List<Reference> out = new ArrayList<>();
    Fields.of(root, ctx, "references", DataShapes.REFERENCES).ifPresent(f -> {
      int i = 0;
      for (Fields.Item item : f.items("references", true)) {
        String path = "references/" + i++;
        Fields.of(item.node(), ctx, path, DataShapes.REFERENCE).ifPresent(r -> {
          String title = r.text("title");
          String url = r.optText("url");
          if (r.ok()) {
            out.add(new Reference(title, url));
          }
        });
      }
    });
    return out;
  }

  private static final java.util.regex.Pattern COLOR = java.util.regex.Pattern.compile("#[0-9a-fA-F]{6}");

  /** report.brand: a logo path and two #rrggbb colours, each defaulting to govern's own. */
  private static Brand brand(Fields report, Context ctx) {
    return report.node("brand")
        .flatMap(n -> Fields.of(n, ctx, "report/brand", DataShapes.BRAND))
        .map(b -> new Brand(b.optText("logo"), color(b, ctx, "primary", Brand.DEFAULT_PRIMARY),
            color(b, ctx, "accent", Brand.DEFAULT_ACCENT)))
        .orElse(Brand.defaults());
  }

  private static String color(Fields b, Context ctx, String key, String fallback) {
    String value = b.optText(key);
    if (value == null) {
      return fallback;
    }
    if (!COLOR.matcher(value).matches()) {
      ctx.problems().error(b.at(key), "report.brand." + key + " must be #rrggbb, found '" + value + "'");
      return fallback;
    }
    return value.toLowerCase(java.util.Locale.ROOT);
  }
}
