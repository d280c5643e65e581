package dev.govern.serve;

/** Where the preview reads the governance from: the data folder as it is on disk now. */
@FunctionalInterface
public interface Source {
  /** Loads and checks the data, as {@code govern check} does, reusing what it can from the last call. */
  Checked load();
}
