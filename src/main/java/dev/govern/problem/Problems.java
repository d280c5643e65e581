package dev.govern.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems from every stage; nothing is thrown one by one. Problems reported without a
 * rule get the rule of the stage that is running ({@link #within}), so each check method reports
 * under its own rule without naming it on every line.
 */
public final class Problems {
  private final List<Problem> list = new ArrayList<>();
  private Rule rule = Rule.DATA_FORMAT;

  public void error(Position at, String message) {
    list.add(Problem.error(rule, at, message));
  }

  public void warning(Position at, String message) {
    list.add(Problem.warning(rule, at, message));
  }

  public void add(Problem problem) {
    list.add(problem);
  }

  public void addAll(List<Problem> problems) {
    list.addAll(problems);
  }

  /** Runs {@code stage}, reporting what it finds under {@code stageRule}. */
  public void within(Rule stageRule, Runnable stage) {
    Rule outer = rule;
    rule = stageRule;
    try {
      stage.run();
    } finally {
      rule = outer;
    }
  }

  public int errorCount() {
    return (int) list.stream().filter(Problem::isError).count();
  }

  public boolean hasErrors() {
    return list.stream().anyMatch(Problem::isError);
  }

  /** All problems so far, in reading order, each once. */
  public List<Problem> sorted() {
    return list.stream().distinct().sorted(Problem.ORDER).toList();
  }
}
