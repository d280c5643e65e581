package dev.govern.analysis;

import dev.govern.model.Governance;
import dev.govern.model.Risk;
import dev.govern.model.RiskLevel;
import java.util.List;
import java.util.Objects;

/**
 * The organisation's risk appetite and the risks whose residual level exceeds it: those need a plan
 * of action (they are what the OSCAL plan of action and milestones lists). Without an appetite in
 * the matrix only the lowest level is accepted, as the OSCAL export also assumes, so an unset
 * appetite never hides a risk.
 *
 * @param level the appetite the matrix names, or null when it names none
 * @param accepted the highest residual level accepted without a plan: {@code level}, or the lowest
 * @param above the risks above it, in the register's order; a risk without a residual level is
 *     not among them (the check reports it)
 */
public record RiskAppetite(RiskLevel level, RiskLevel accepted, List<Risk> above) {

  public RiskAppetite {
    Objects.requireNonNull(accepted, "accepted");
    above = List.copyOf(above);
  }

  /** The appetite of a governance whose matrix has at least one level, else null. */
  public static RiskAppetite of(Governance g) {
    if (g.matrix().levels().isEmpty()) {
      return null;
    }
    RiskLevel level = g.matrix().level(g.matrix().appetite()).orElse(null);
    RiskLevel accepted = level != null ? level : g.matrix().levels().get(0);
    List<Risk> above = g.risks().stream()
        .filter(r -> r.residualRisk() != null && g.matrix().aboveAppetite(r.residualRisk()))
        .toList();
    return new RiskAppetite(level, accepted, above);
  }

  /** Whether the risk of this id is above the appetite; for templates, which only look things up. */
  public boolean isAbove(String riskId) {
    return above.stream().anyMatch(r -> r.id().equals(riskId));
  }
}
