package dev.govern.render;

/** Picks black or white text for a background colour, by WCAG relative luminance. */
public final class Contrast {
  private Contrast() {}

  /** {@code #000000} or {@code #ffffff}, whichever contrasts more with {@code #rrggbb}. */
  public static String textOn(String hex) {
    double l = luminance(hex);
    double withBlack = (l + 0.05) / 0.05;
    double withWhite = 1.05 / (l + 0.05);
    return withBlack >= withWhite ? "#000000" : "#ffffff";
  }

  static double luminance(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff) + 0.0722 * channel(rgb & 0xff);
  }

  private static double channel(int v) {
    double c = v / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
