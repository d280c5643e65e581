package dev.govern.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SortedMap;
import java.util.TreeMap;
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
      "codeowners_coverage", "clean_configuration", "ai_commit_share", "ai_line_share", "ai_commits_where_prohibited");

  /**
   * The figures of {@link #FIGURES} that the history gives per month: AI-attributed commits ÷ all
   * commits and lines added by them ÷ all lines added, in percent, over every repository with a
   * measured history (months without commits give no value); and the number of AI-attributed
   * commits in repositories whose classification prohibits AI tools.
   */
  public static final List<String> MONTHLY = List.of("ai_commit_share", "ai_line_share", "ai_commits_where_prohibited");

  /** A monthly figure of {@link #MONTHLY} by month, oldest first; empty without measured history. */
  public SortedMap<YearMonth, BigDecimal> monthly(String id) {
    SortedMap<YearMonth, long[]> sums = new TreeMap<>();
    for (RepositoryScan r : repositories) {
      if (r.history() == null) {
        continue;
      }
      for (AttributionMonth m : r.history().months()) {
        long[] s = sums.computeIfAbsent(m.month(), k -> new long[5]);
        s[0] += m.commits();
        s[1] += m.aiCommits();
        s[2] += m.linesAdded();
        s[3] += m.aiLinesAdded();
      }
      for (AiCommit c : r.history().aiViolations()) {
        long[] s = sums.get(YearMonth.from(c.date()));
        if (s != null) {
          s[4]++;
        }
      }
    }
    SortedMap<YearMonth, BigDecimal> out = new TreeMap<>();
    sums.forEach((month, s) -> {
      switch (id) {
        case "ai_commit_share" -> share(s[1], s[0]).ifPresent(v -> out.put(month, v));
        case "ai_line_share" -> share(s[3], s[2]).ifPresent(v -> out.put(month, v));
        case "ai_commits_where_prohibited" -> out.put(month, BigDecimal.valueOf(s[4]));
        default -> { }
      }
    });
    return out;
  }

  private static Optional<BigDecimal> share(long part, long whole) {
    return whole == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
  }

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
