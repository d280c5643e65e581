package dev.govern.load;

import dev.govern.model.RepositoryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Binds {@code repositories.yaml}: the inventory of repositories {@code govern scan} reads. */
final class RepositoryBinder {
  /** Ids name measurement files, so they are kept to characters every file system takes. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private RepositoryBinder() {}

  static List<RepositoryEntry> bind(org.yaml.snakeyaml.nodes.Node root, Context ctx) {
    List<RepositoryEntry> out = new ArrayList<>();
    Fields.of(root, ctx, "repositories", DataShapes.REPOSITORIES).ifPresent(f -> {
      int i = 0;
      for (Fields.Item item : f.items("repositories", true)) {
        String path = "repositories/" + i++;
        Fields.of(item.node(), ctx, path, DataShapes.REPOSITORY).ifPresent(r -> {
          String where = r.text("path");
          String classification = r.text("classification");
          String owner = r.optText("owner");
          String id = r.optText("id");
          if (where != null) {
            boolean glob = isGlob(where);
            String parent = where.contains("/") ? where.substring(0, where.lastIndexOf('/')) : "";
            if (glob && (parent.contains("*") || parent.contains("?"))) {
              ctx.problems().error(r.at("path"), "only the last part of a path may hold * or ?: '" + where + "'");
              r.fail();
            }
            if (glob && id != null) {
              ctx.problems().error(r.at("id"),
                  "a path with * or ? stands for several repositories, each named by its folder: remove the id");
              r.fail();
            }
            if (!glob && id == null) {
              ctx.problems().error(r.at(), "missing required key 'id' (only a path with * or ? may leave it out)");
              r.fail();
            }
            if (where.isBlank() || where.startsWith("/") || where.matches("[A-Za-z]:.*")) {
              ctx.problems().error(r.at("path"), "the path must be relative to the governance repo root: '" + where + "'");
              r.fail();
            }
          }
          if (id != null && !ID.matcher(id).matches()) {
            ctx.problems().error(r.at("id"), "the id '" + id
                + "' must be letters, digits, '.', '_' or '-' (at most 100), starting with a letter or digit");
            r.fail();
          }
          if (r.ok()) {
            out.add(new RepositoryEntry(isGlob(where) ? null : id, where, classification, owner));
          }
        });
      }
    });
    return out;
  }

  static boolean isGlob(String path) {
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.contains("*") || last.contains("?");
  }
}
