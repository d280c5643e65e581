package dev.govern.load;

import dev.govern.model.Governance;
import dev.govern.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What loading produced: the model when the files could be bound into one, where each value came
 * from, and every problem found on the way.
 */
public record Loaded(Optional<Governance> governance, SourceMap sources, List<Problem> problems) {
  public Loaded {
    problems = List.copyOf(problems);
  }
}
