package dev.govern.load;

import dev.govern.model.Control;
import dev.govern.model.Evidence;
import dev.govern.model.Kpi;
import dev.govern.model.KpiCategory;
import dev.govern.model.KpiValue;
import dev.govern.model.Measurements;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts govern scan's measurements where the data names them as a source: evidence with
 * {@code source: scan} takes the scan's date (so its freshness is the scan's), and a KPI with
 * {@code source: scan.FIGURE} gets the figure as its value for the scan's month, replacing a typed
 * value of that month. Without measurements, such evidence stays undated and such a KPI keeps only
 * its typed values.
 */
final class Measured {
  static final String LOCATION = "data/measurements/";

  private Measured() {}

  static List<Control> controls(List<Control> controls, Optional<Measurements> m) {
    if (m.isEmpty()) {
      return controls;
    }
    List<Control> out = new ArrayList<>();
    for (Control c : controls) {
      if (c.evidence().stream().noneMatch(Evidence::fromScan)) {
        out.add(c);
        continue;
      }
      List<Evidence> evidence = c.evidence().stream().map(e -> e.fromScan()
          ? new Evidence(e.name(), m.get().asOf(), e.location() != null ? e.location() : LOCATION, e.source())
          : e).toList();
      out.add(c.withEvidence(evidence));
    }
    return out;
  }

  static List<KpiCategory> kpis(List<KpiCategory> categories, Optional<Measurements> m) {
    if (m.isEmpty()) {
      return categories;
    }
    List<KpiCategory> out = new ArrayList<>();
    for (KpiCategory c : categories) {
      List<Kpi> kpis = new ArrayList<>();
      for (Kpi k : c.kpis()) {
        String id = k.source() == null ? null : k.source().substring(KpiBinder.SCAN.length());
        if (id != null && Measurements.MONTHLY.contains(id)) {
          // A figure of the history: one value per month of the scan's window, replacing typed ones.
          java.util.SortedMap<YearMonth, BigDecimal> byMonth = m.get().monthly(id);
          if (byMonth.isEmpty()) {
            kpis.add(k);
            continue;
          }
          List<KpiValue> values = new ArrayList<>(k.values().stream().filter(v -> !byMonth.containsKey(v.period())).toList());
          byMonth.forEach((month, v) -> values.add(new KpiValue(month, Map.of(dev.govern.model.Target.SINGLE, v))));
          values.sort(Comparator.comparing(KpiValue::period));
          kpis.add(k.withValues(values));
          continue;
        }
        Optional<BigDecimal> figure = k.source() == null ? Optional.empty()
            : m.get().figure(k.source().substring(KpiBinder.SCAN.length()));
        if (figure.isEmpty()) {
          kpis.add(k);
          continue;
        }
        YearMonth month = YearMonth.from(m.get().asOf());
        List<KpiValue> values = new ArrayList<>(k.values().stream().filter(v -> !v.period().equals(month)).toList());
        values.add(new KpiValue(month, Map.of(dev.govern.model.Target.SINGLE, figure.get())));
        values.sort(Comparator.comparing(KpiValue::period));
        kpis.add(k.withValues(values));
      }
      out.add(new KpiCategory(c.id(), c.name(), kpis));
    }
    return out;
  }
}
