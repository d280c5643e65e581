package dev.govern.render;

import dev.govern.model.Colour;

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
    return Colour.luminance(hex);
  }
}
