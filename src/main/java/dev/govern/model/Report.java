package dev.govern.model;

import java.util.List;

/**
 * Settings for the generated site and PDF.
 *
 * @param title the report title; the document title when absent
 * @param fonts extra font files, relative to the governance repo root, for scripts the bundled
 *     fonts cannot draw
 * @param since the revision "changes since the last audit" compares against; may be null
 * @param brand the logo and colours of both outputs
 */
public record Report(String title, List<String> fonts, String since, Brand brand) {
  public Report {
    fonts = List.copyOf(fonts);
    java.util.Objects.requireNonNull(brand, "brand");
  }

  public static Report defaults() {
    return new Report(null, List.of(), null, Brand.defaults());
  }
}
