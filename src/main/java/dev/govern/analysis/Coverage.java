package dev.govern.analysis;

import dev.govern.model.Catalogue;
import dev.govern.model.CatalogueItem;
import dev.govern.model.Control;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much of a framework catalogue the controls cover.
 *
 * <p>Coverage counts the catalogue's requirements: items with no sub-items (a NIST subcategory, not
 * its function). An item is covered when at least one control maps to it, and implemented when one
 * of those controls is implemented. Groups are the top-level groups (NIST functions, ISO clauses).
 *
 * @param items every item, in catalogue order, with the controls mapped to it
 */
public record Coverage(
    Catalogue catalogue, List<ItemCoverage> items, List<GroupCoverage> groups, int requirements,
    int covered, int implemented) {

  /** An item and the controls mapped to it. */
  public record ItemCoverage(CatalogueItem item, boolean requirement, List<Control> controls) {
    public boolean covered() {
      return !controls.isEmpty();
    }

    public boolean implemented() {
      return controls.stream().anyMatch(Control::isImplemented);
    }
  }

  /** Coverage of one top-level group. */
  public record GroupCoverage(String id, String label, int requirements, int covered, int implemented) {
    public int percent() {
      return Coverage.percent(covered, requirements);
    }
  }

  public Coverage {
    items = List.copyOf(items);
    groups = List.copyOf(groups);
  }

  public int percent() {
    return percent(covered, requirements);
  }

  public int implementedPercent() {
    return percent(implemented, requirements);
  }

  /** Rounded down, so that 99.6% is never shown as complete. */
  static int percent(int part, int whole) {
    return whole == 0 ? 0 : (int) Math.floor(100.0 * part / whole);
  }

  public static Coverage of(Catalogue catalogue, List<Control> controls) {
    Map<String, CatalogueItem> byId = new HashMap<>();
    Set<String> parents = new HashSet<>();
    for (CatalogueItem item : catalogue.items()) {
      byId.put(item.id(), item);
      if (item.group() != null) {
        parents.add(item.group());
      }
    }
    List<ItemCoverage> items = new ArrayList<>();
    Map<String, int[]> groups = new LinkedHashMap<>();
    Map<String, String> labels = new HashMap<>();
    int requirements = 0;
    int covered = 0;
    int implemented = 0;
    // The controls mapped to each item id, in the controls' order, each once.
    Map<String, List<Control>> mappedTo = new HashMap<>();
    for (Control c : controls) {
      for (String id : c.mappings().getOrDefault(catalogue.id(), List.of())) {
        List<Control> list = mappedTo.computeIfAbsent(id, k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != c) {
          list.add(c);
        }
      }
    }
    for (CatalogueItem item : catalogue.items()) {
      List<Control> mapped = List.copyOf(mappedTo.getOrDefault(item.id(), List.of()));
      boolean requirement = !parents.contains(item.id());
      ItemCoverage ic = new ItemCoverage(item, requirement, mapped);
      items.add(ic);
      if (!requirement) {
        continue;
      }
      String top = topGroup(item, byId);
      labels.putIfAbsent(top, label(top, byId.get(top)));
      int[] counts = groups.computeIfAbsent(top, k -> new int[3]);
      counts[0]++;
      requirements++;
      if (ic.covered()) {
        counts[1]++;
        covered++;
      }
      if (ic.implemented()) {
        counts[2]++;
        implemented++;
      }
    }
    List<GroupCoverage> groupList = new ArrayList<>();
    groups.forEach((id, c) -> groupList.add(new GroupCoverage(id, labels.get(id), c[0], c[1], c[2])));
    return new Coverage(catalogue, items, groupList, requirements, covered, implemented);
  }

  /**
   * "4 Context of the organization": the group's id and title, or one of them when the title only
   * repeats the id in other letters (NIST's "GOVERN", titled "Govern").
   */
  static String label(String id, CatalogueItem group) {
    if (group == null || group.title() == null || group.title().isBlank()) {
      return id;
    }
    String title = group.title().strip();
    if (title.equalsIgnoreCase(id.strip())) {
      return id;
    }
    return id + " " + title;
  }

  /** Follows group links up to the top; a catalogue without groups is one group. */
  private static String topGroup(CatalogueItem item, Map<String, CatalogueItem> byId) {
    String group = item.group();
    if (group == null) {
      return item.id();
    }
    Set<String> seen = new HashSet<>();
    while (byId.containsKey(group) && byId.get(group).group() != null && seen.add(group)) {
      group = byId.get(group).group();
    }
    return group;
  }
}
