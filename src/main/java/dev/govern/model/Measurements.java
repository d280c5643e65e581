package dev.govern.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.Objects;
import java.util.Optional;

/**
 * The committed results of the last {@code govern scan}: one measurement per repository, sorted by
 * id, all as of one date.
 */
public record Measurements(LocalDate asOf, List<RepositoryScan> repositories) {
  public Measurements {
    Objects.requireNonNull(asOf, "asOf");
    repositories = List.copyOf(repositories);
  }

  /**
   * The figures a KPI can take as its source ({@code source: scan.FIGURE}), each a percentage:
   * classification compliance (repositories without violations ÷ all), assistant adoption
   * (repositories with assistant files ÷ all), and, of the repositories with assistant files, those
   * whose files CODEOWNERS fully covers and those without an error-level finding.
   */
  public static final List<String> FIGURES = List.of("classification_compliance", "assistant_adoption",
      "codeowners_coverage", "clean_configuration");

  /** A figure of {@link #FIGURES} in percent, to one decimal; empty when it has no denominator. */
  public Optional<BigDecimal> figure(String id) {
    return switch (id) {
      case "classification_compliance" -> percent(repositories, RepositoryScan::compliant);
      case "assistant_adoption" -> percent(repositories, RepositoryScan::hasAssistants);
      case "codeowners_coverage" -> percent(configured(), r -> r.codeownersUncovered().isEmpty());
      case "clean_configuration" -> percent(configured(), r -> r.errorFindings() == 0);
      default -> Optional.empty();
    };
  }

  private List<RepositoryScan> configured() {
    return repositories.stream().filter(RepositoryScan::hasAssistants).toList();
  }

  private static Optional<BigDecimal> percent(List<RepositoryScan> of, Predicate<RepositoryScan> counted) {
    if (of.isEmpty()) {
      return Optional.empty();
    }
    long n = of.stream().filter(counted).count();
    return Optional.of(BigDecimal.valueOf(n * 100L).divide(BigDecimal.valueOf(of.size()), 1, RoundingMode.HALF_UP));
  }

  public Optional<RepositoryScan> repository(String id) {
    return repositories.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
