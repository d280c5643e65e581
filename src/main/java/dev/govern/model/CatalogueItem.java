package dev.govern.model;

import java.util.Objects;

/** An item of a framework catalogue; the group is null for top-level items. */
public record CatalogueItem(String id, String title, String group) {
  public CatalogueItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
  }
}
