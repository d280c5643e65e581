package dev.govern.model;

/** WCAG 2 relative luminance and contrast of {@code #rrggbb} colours. */
public final class Colour {
  /** The contrast WCAG 2 AA asks of normal text. */
  public static final double TEXT_CONTRAST = 4.5;

  private Colour() {}

  public static double luminance(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff) + 0.0722 * channel(rgb & 0xff);
  }

  /** From 1 (the same) to 21 (black on white). */
  public static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double channel(int v) {
    double c = v / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
