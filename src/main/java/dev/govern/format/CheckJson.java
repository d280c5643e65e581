package dev.govern.format;

import dev.govern.history.Gate;
import dev.govern.history.Snapshot;
import dev.govern.problem.Problem;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code check --format json}: the as-of date, the counts, every problem (with its rule), and with
 * {@code --against} the baseline and the regressions.
 */
public final class CheckJson {
  private CheckJson() {}

  public static String render(CheckResult r) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("as_of", r.asOf().date().toString());
    json.put("as_of_source", r.asOf().source());
    json.put("errors", r.errors());
    json.put("warnings", r.warnings());
    json.put("problems", r.problems().stream().map(CheckJson::problem).toList());
    r.gate().ifPresent(g -> {
      Map<String, Object> against = side(g.baseline());
      against.put("compared", g.compared());
      json.put("against", against);
      json.put("regressions", g.regressions().stream().map(CheckJson::regression).toList());
    });
    return Json.write(json);
  }

  static Map<String, Object> problem(Problem p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("severity", p.severity().label());
    m.put("file", p.file());
    m.put("line", p.line());
    m.put("column", p.column());
    m.put("message", p.message());
    m.put("rule", p.rule().id());
    return m;
  }

  private static Map<String, Object> regression(Gate.Regression x) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", x.kind().id());
    m.put("id", x.id());
    m.put("message", x.message());
    return m;
  }

  /** A revision as JSON outputs name it: what the user said, the commit and its date. */
  static Map<String, Object> side(Snapshot s) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("revision", s.revision());
    x.put("commit", s.commit());
    x.put("date", s.date() == null ? null : s.date().toString());
    return x;
  }
}
