package dev.govern.render.chart;

/**
 * A category of a chart dataset: kept in data order by its index, shown by its label. JFreeChart
 * merges equal keys, so two domains or groups that happen to share a name stay two bars.
 */
record Key(int index, String label) implements Comparable<Key> {
  @Override
  public int compareTo(Key other) {
    return Integer.compare(index, other.index);
  }

  @Override
  public String toString() {
    return label;
  }
}
