package dev.govern.model;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A KPI's measured values for one period, one per segment ({@code value} for a single target). */
public record KpiValue(YearMonth period, Map<String, BigDecimal> values) {
  public KpiValue {
    Objects.requireNonNull(period, "period");
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
