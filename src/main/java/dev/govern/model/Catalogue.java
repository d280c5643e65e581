package dev.govern.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A framework catalogue (NIST AI RMF, ISO/IEC 42001, …) that control mappings are checked against. */
public record Catalogue(String id, String name, String version, String url, List<CatalogueItem> items) {
  public Catalogue {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    items = List.copyOf(items);
  }

  public Optional<CatalogueItem> item(String itemId) {
    return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
  }

  /** "ISO/IEC 42001 2023", or the name alone. */
  public String title() {
    return version == null ? name : name + " " + version;
  }
}
