package dev.govern.model;

import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One calendar month (UTC, by commit time) of one repository's history on its default branch,
 * merge commits excluded.
 *
 * @param commits commits made in the month
 * @param aiCommits of those, commits carrying at least one attribution signal
 * @param linesAdded lines added by the month's commits (text files; renames detected)
 * @param aiLinesAdded lines added by the AI-attributed commits
 * @param aiLines lines that git-ai notes or Agent Trace records attribute to AI, where they exist
 * @param signals AI-attributed commits per signal id; a commit may carry several
 * @param signalLinesAdded lines added by the commits carrying each signal
 * @param tools AI-attributed commits per assistant named by the signals
 */
public record AttributionMonth(
    YearMonth month,
    long commits,
    long aiCommits,
    long linesAdded,
    long aiLinesAdded,
    long aiLines,
    SortedMap<String, Long> signals,
    SortedMap<String, Long> signalLinesAdded,
    SortedMap<String, Long> tools) {

  public AttributionMonth {
    Objects.requireNonNull(month, "month");
    if (aiCommits > commits || aiLinesAdded > linesAdded || commits < 0 || aiCommits < 0 || linesAdded < 0
        || aiLinesAdded < 0 || aiLines < 0) {
      throw new IllegalArgumentException("inconsistent figures for " + month);
    }
    signals = sorted(signals);
    signalLinesAdded = sorted(signalLinesAdded);
    tools = sorted(tools);
  }

  private static SortedMap<String, Long> sorted(Map<String, Long> map) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(map));
  }

  /** AI-attributed commits as a share of all commits, 0–1; empty months give 0. */
  public double commitShare() {
    return commits == 0 ? 0 : (double) aiCommits / commits;
  }

  /** Lines added by AI-attributed commits as a share of all lines added, 0–1. */
  public double lineShare() {
    return linesAdded == 0 ? 0 : (double) aiLinesAdded / linesAdded;
  }
}
