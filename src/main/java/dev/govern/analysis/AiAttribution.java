package dev.govern.analysis;

import dev.govern.model.AiCommit;
import dev.govern.model.AttributionHistory;
import dev.govern.model.AttributionMonth;
import dev.govern.model.Measurements;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * AI attribution across the organisation's repositories, from the history part of the scan
 * measurements: every figure counts commits or lines that carry an assistant's signal, and says
 * so; none of them is "code written by AI".
 *
 * @param months organisation-wide figures per month, oldest first, over the union of the
 *     repositories' windows
 * @param repositories one row per repository with a measured history, in the inventory's order
 * @param violations AI-attributed commits in repositories whose classification prohibits AI
 *     tools, by repository then newest first
 * @param signals AI-attributed commits per signal over all months and repositories, by signal id
 */
public record AiAttribution(List<MonthRow> months, List<RepositoryRow> repositories, List<ViolationRow> violations,
    SortedMap<String, Long> signals, SortedMap<String, Long> tools, Totals totals) {

  /** What the analysis reads per repository: its id, classification and measured history. */
  public record Input(String id, String classification, AttributionHistory history) {
    public Input {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(history, "history");
    }
  }

  /** One month, summed over the repositories. */
  public record MonthRow(YearMonth month, int repositories, long commits, long aiCommits, Share commitShare,
      long linesAdded, long aiLinesAdded, Share lineShare, long aiLines, SortedMap<String, Long> signals) {}

  /**
   * One repository over its window.
   *
   * @param trend the change in AI-attributed commit share, in percentage points, between the last
   *     three months of the window and the three before them; null when either has no commits
   */
  public record RepositoryRow(String id, String classification, long commits, long aiCommits, Share commitShare,
      long linesAdded, long aiLinesAdded, Share lineShare, long aiLines, SortedMap<String, Long> signals,
      SortedMap<String, Long> tools, List<Share> monthlyShares, BigDecimal trend, int violations) {}

  /** An AI-attributed commit where AI tools are prohibited. */
  public record ViolationRow(String repository, String classification, AiCommit commit) {}

  /** The whole window, all repositories. */
  public record Totals(int repositories, long commits, long aiCommits, Share commitShare, long linesAdded,
      long aiLinesAdded, Share lineShare, long aiLines, YearMonth from, YearMonth to) {
    public boolean empty() {
      return repositories == 0;
    }
  }

  /**
   * The analysis of the measured histories; empty when there are no measurements or none of them
   * has a history (scanned before history was measured).
   */
  public static java.util.Optional<AiAttribution> of(java.util.Optional<Measurements> measurements) {
    List<Input> inputs = measurements.map(m -> m.repositories().stream().filter(r -> r.history() != null)
        .map(r -> new Input(r.id(), r.classification(), r.history())).toList()).orElse(List.of());
    return inputs.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(of(inputs));
  }

  public static AiAttribution of(List<Input> inputs) {
    SortedMap<YearMonth, List<AttributionMonth>> byMonth = new TreeMap<>();
    List<RepositoryRow> rows = new ArrayList<>();
    List<ViolationRow> violations = new ArrayList<>();
    SortedMap<String, Long> signals = new TreeMap<>();
    SortedMap<String, Long> tools = new TreeMap<>();
    for (Input in : inputs) {
      AttributionHistory h = in.history();
      SortedMap<String, Long> repoSignals = new TreeMap<>();
      SortedMap<String, Long> repoTools = new TreeMap<>();
      long commits = 0;
      long ai = 0;
      long lines = 0;
      long aiLinesAdded = 0;
      long aiLines = 0;
      List<Share> shares = new ArrayList<>();
      for (AttributionMonth m : h.months()) {
        byMonth.computeIfAbsent(m.month(), k -> new ArrayList<>()).add(m);
        commits += m.commits();
        ai += m.aiCommits();
        lines += m.linesAdded();
        aiLinesAdded += m.aiLinesAdded();
        aiLines += m.aiLines();
        add(repoSignals, m.signals());
        add(repoTools, m.tools());
        shares.add(new Share(m.aiCommits(), m.commits()));
      }
      add(signals, repoSignals);
      add(tools, repoTools);
      for (AiCommit c : h.aiViolations()) {
        violations.add(new ViolationRow(in.id(), in.classification(), c));
      }
      rows.add(new RepositoryRow(in.id(), in.classification(), commits, ai, new Share(ai, commits), lines,
          aiLinesAdded, new Share(aiLinesAdded, lines), aiLines, repoSignals, repoTools, shares, trend(h.months()),
          h.aiViolations().size()));
    }
    List<MonthRow> months = new ArrayList<>();
    long commits = 0;
    long ai = 0;
    long lines = 0;
    long aiLinesAdded = 0;
    long aiLines = 0;
    for (Map.Entry<YearMonth, List<AttributionMonth>> e : byMonth.entrySet()) {
      long c = 0;
      long a = 0;
      long l = 0;
      long al = 0;
      long x = 0;
      SortedMap<String, Long> s = new TreeMap<>();
      for (AttributionMonth m : e.getValue()) {
        c += m.commits();
        a += m.aiCommits();
        l += m.linesAdded();
        al += m.aiLinesAdded();
        x += m.aiLines();
        add(s, m.signals());
      }
      months.add(new MonthRow(e.getKey(), e.getValue().size(), c, a, new Share(a, c), l, al, new Share(al, l), x, s));
      commits += c;
      ai += a;
      lines += l;
      aiLinesAdded += al;
      aiLines += x;
    }
    violations.sort(Comparator.comparing(ViolationRow::repository));
    Totals totals = new Totals(inputs.size(), commits, ai, new Share(ai, commits), lines, aiLinesAdded,
        new Share(aiLinesAdded, lines), aiLines, byMonth.isEmpty() ? null : byMonth.firstKey(),
        byMonth.isEmpty() ? null : byMonth.lastKey());
    return new AiAttribution(List.copyOf(months), List.copyOf(rows), List.copyOf(violations), signals, tools, totals);
  }

  private static void add(SortedMap<String, Long> into, Map<String, Long> from) {
    from.forEach((k, v) -> into.merge(k, v, Long::sum));
  }

  /**
   * The change in percentage points, to one decimal ({@code 4.2}, {@code -1.0}, {@code 0.0}),
   * comparing the last three months with the three before; null with fewer than six months or a
   * half without commits. Pages say it in words, in their language.
   */
  static BigDecimal trend(List<AttributionMonth> months) {
    if (months.size() < 6) {
      return null;
    }
    List<AttributionMonth> last = months.subList(months.size() - 3, months.size());
    List<AttributionMonth> before = months.subList(months.size() - 6, months.size() - 3);
    Share now = share(last);
    Share then = share(before);
    if (!now.defined() || !then.defined()) {
      return null;
    }
    return exact(now).subtract(exact(then)).setScale(1, RoundingMode.HALF_UP);
  }

  private static Share share(List<AttributionMonth> months) {
    long c = months.stream().mapToLong(AttributionMonth::commits).sum();
    long a = months.stream().mapToLong(AttributionMonth::aiCommits).sum();
    return new Share(a, c);
  }

  private static BigDecimal exact(Share s) {
    return BigDecimal.valueOf(s.part()).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(s.whole()), 10, RoundingMode.HALF_UP);
  }
}
