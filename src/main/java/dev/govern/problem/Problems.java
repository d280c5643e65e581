package dev.govern.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects problems from every stage; nothing is thrown one by one. */
public final class Problems {
  private final List<Problem> list = new ArrayList<>();

  public void error(Position at, String message) {
    list.add(Problem.error(at, message));
  }

  public void warning(Position at, String message) {
    list.add(Problem.warning(at, message));
  }

  public void add(Problem problem) {
    list.add(problem);
  }

  public void addAll(List<Problem> problems) {
    list.addAll(problems);
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
