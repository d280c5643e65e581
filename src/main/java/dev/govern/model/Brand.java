package dev.govern.model;

/**
 * The organisation's look in the site and the PDF: a logo and two colours, so that branding needs
 * no copy of a bundled template or stylesheet.
 *
 * @param logo an SVG or PNG file, relative to the governance repo root; null for none
 * @param primary {@code #rrggbb}: the header bar, headings and the cover; white or black text is
 *     drawn on it, whichever contrasts more
 * @param accent {@code #rrggbb}: links and highlights, drawn on white
 */
public record Brand(String logo, String primary, String accent) {
  public static final String DEFAULT_PRIMARY = "#0d3b66";
  public static final String DEFAULT_ACCENT = "#1565c0";

  public static Brand defaults() {
    return new Brand(null, DEFAULT_PRIMARY, DEFAULT_ACCENT);
  }
}
