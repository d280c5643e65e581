package dev.govern.model;

import java.util.List;
import java.util.Objects;

/** A group of KPIs (adoption, security, …). */
public record KpiCategory(String id, String name, List<Kpi> kpis) {
  public KpiCategory {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    kpis = List.copyOf(kpis);
  }
}
