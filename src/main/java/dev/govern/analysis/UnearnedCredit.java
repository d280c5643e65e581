package dev.govern.analysis;

import dev.govern.model.Control;
import dev.govern.model.Governance;
import dev.govern.model.Risk;
import dev.govern.model.RiskLevel;
import dev.govern.model.RiskMatrix;
import dev.govern.model.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A risk whose residual level is below its inherent level although none of its mitigating controls
 * is implemented: the register claims a reduction that no working control earns (issue 11). A fresh
 * repo with every control not implemented, yet residual levels copied from a finished programme,
 * must not read as reduced risk.
 *
 * @param controls the risk's mitigating controls that exist, in the risk's order (none implemented)
 * @param partial those of them that are partial: some credit, not the full reduction
 */
public record UnearnedCredit(Risk risk, RiskLevel inherent, RiskLevel residual, List<Control> controls,
    List<Control> partial) {

  public UnearnedCredit {
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(inherent, "inherent");
    Objects.requireNonNull(residual, "residual");
    controls = List.copyOf(controls);
    partial = List.copyOf(partial);
  }

  /** Every risk with unearned credit, by id, in the register's order. */
  public static Map<String, UnearnedCredit> of(Governance g) {
    Map<String, Control> byId = new HashMap<>();
    g.controls().forEach(c -> byId.putIfAbsent(c.id(), c));
    Map<String, UnearnedCredit> out = new LinkedHashMap<>();
    for (Risk r : g.risks()) {
      of(r, g.matrix(), byId).ifPresent(u -> out.putIfAbsent(r.id(), u));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The unearned credit of one risk, if it claims any. */
  public static Optional<UnearnedCredit> of(Risk r, RiskMatrix m, Map<String, Control> controlsById) {
    if (r.inherentRisk() == null || r.residualRisk() == null) {
      return Optional.empty();
    }
    Optional<RiskLevel> inherent = m.level(r.inherentRisk());
    Optional<RiskLevel> residual = m.level(r.residualRisk());
    if (inherent.isEmpty() || residual.isEmpty() || m.rank(r.residualRisk()) >= m.rank(r.inherentRisk())) {
      return Optional.empty();
    }
    List<Control> controls = new ArrayList<>();
    for (String id : r.controls()) {
      Control c = controlsById.get(id);
      if (c != null && !controls.contains(c)) {
        controls.add(c);
      }
    }
    if (controls.stream().anyMatch(c -> c.status() == Status.IMPLEMENTED)) {
      return Optional.empty();
    }
    List<Control> partial = controls.stream().filter(c -> c.status() == Status.PARTIAL).toList();
    return Optional.of(new UnearnedCredit(r, inherent.get(), residual.get(), controls, partial));
  }

  /** Whether some credit is earned: a control is partial (and none is implemented). */
  public boolean partlyEarned() {
    return !partial.isEmpty();
  }

  /**
   * Why the credit is unearned, for people: "no control mitigates it", "none of its 2 controls is
   * implemented (DP-002 planned, TM-002 not implemented)", or "none of its 2 controls is fully
   * implemented (SEC-002 partial, SEC-003 planned)".
   */
  public String why() {
    if (controls.isEmpty()) {
      return "no control mitigates it";
    }
    String statuses = controls.stream().map(c -> c.id() + " " + c.status().label().toLowerCase(java.util.Locale.ROOT))
        .collect(Collectors.joining(", "));
    String implemented = partlyEarned() ? "fully implemented" : "implemented";
    return (controls.size() == 1 ? "its control is not " + implemented
        : "none of its " + controls.size() + " controls is " + implemented) + " (" + statuses + ")";
  }

  /** What the claim amounts to, after {@link #why()}. */
  public String verdict() {
    return partlyEarned() ? "the reduction is at most partly earned, as partial controls earn part of it"
        : "the reduction is claimed, not earned";
  }
}
