package dev.govern.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** The operator of a KPI target. */
public enum Comparison {
  AT_LEAST(">="),
  AT_MOST("<="),
  ABOVE(">"),
  BELOW("<"),
  EQUAL("=");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  public boolean test(BigDecimal value, BigDecimal target) {
    int c = value.compareTo(target);
    return switch (this) {
      case AT_LEAST -> c >= 0;
      case AT_MOST -> c <= 0;
      case ABOVE -> c > 0;
      case BELOW -> c < 0;
      case EQUAL -> c == 0;
    };
  }

  /** True when larger values are better (used for trends). Equality treats larger as better. */
  public boolean higherIsBetter() {
    return this == AT_LEAST || this == ABOVE || this == EQUAL;
  }

  /** Longest symbol first so that {@code >=} is not read as {@code >}. */
  public static Optional<Comparison> fromSymbol(String symbol) {
    return Arrays.stream(values()).filter(c -> c.symbol.equals(symbol)).findFirst();
  }
}
