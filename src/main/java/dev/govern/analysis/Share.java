package dev.govern.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A part of a whole, shown as a percentage with one decimal. Computed here, once, so that every
 * output rounds it the same way (half up on the exact fraction, never from a double).
 */
public record Share(long part, long whole) {
  public Share {
    if (part < 0 || whole < 0 || part > whole) {
      throw new IllegalArgumentException("not a share: " + part + " of " + whole);
    }
  }

  /** Whether there is anything to take a share of. */
  public boolean defined() {
    return whole > 0;
  }

  /** The percentage as a number, 0–100; 0 when the whole is 0. */
  public double percent() {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  /** "37.5", or "–" when the whole is 0: a month without commits has no share, not a share of 0. */
  public String text() {
    if (whole == 0) {
      return "–";
    }
    return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).toPlainString();
  }

  /** The share as a fraction with four decimals, for machine-readable outputs and KPI values. */
  public BigDecimal percentValue() {
    if (whole == 0) {
      return BigDecimal.ZERO;
    }
    return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
