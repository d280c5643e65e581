package dev.govern.format;

import dev.govern.problem.Visible;
import dev.govern.history.Gate;
import dev.govern.problem.Problem;
import dev.govern.problem.Rule;
import dev.govern.render.Xml;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code check --format junit}: JUnit XML for CI test reports, one test case per rule. A rule fails
 * when it found an error (or, with {@code --strict}, a warning); the failure lists every problem as
 * {@code file:line:column: severity: message}, and warnings that do not fail are kept as the case's
 * output. With {@code --against}, the four regression rules are cases too. No timestamps or times:
 * the same data gives the same bytes.
 */
public final class CheckJunit {
  private CheckJunit() {}

  public static String render(CheckResult r) {
    Map<Rule, List<Problem>> byRule = new TreeMap<>();
    r.findings().forEach(p -> byRule.computeIfAbsent(p.rule(), k -> new ArrayList<>()).add(p));
    boolean gated = r.gate().filter(Gate.Result::compared).isPresent();
    List<Rule> cases = Arrays.stream(Rule.values())
        .filter(rule -> gated || !rule.id().startsWith("regression-") || byRule.containsKey(rule)).toList();
    StringBuilder body = new StringBuilder();
    int failures = 0;
    for (Rule rule : cases) {
      List<Problem> found = byRule.getOrDefault(rule, List.of());
      List<Problem> failing = found.stream().filter(r::fails).toList();
      List<Problem> passing = found.stream().filter(p -> !r.fails(p)).toList();
      body.append("    <testcase classname=\"govern.check\" name=\"").append(attr(rule.id() + ": " + rule.title()))
          .append('"');
      if (failing.isEmpty() && passing.isEmpty()) {
        body.append("/>\n");
        continue;
      }
      body.append(">\n");
      if (!failing.isEmpty()) {
        failures++;
        body.append("      <failure type=\"").append(attr(rule.id())).append("\" message=\"")
            .append(attr(Words.plural(failing.size(), "problem") + ": " + failing.get(0).message())).append("\">")
            .append(text(lines(r, failing))).append("</failure>\n");
      }
      if (!passing.isEmpty()) {
        body.append("      <system-out>").append(text(lines(r, passing))).append("</system-out>\n");
      }
      body.append("    </testcase>\n");
    }
    String name = attr("govern check " + r.data());
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<testsuites name=\"" + name + "\" tests=\"" + cases.size() + "\" failures=\"" + failures + "\" errors=\"0\">\n"
        + "  <testsuite name=\"" + name + "\" tests=\"" + cases.size() + "\" failures=\"" + failures
        + "\" errors=\"0\" skipped=\"0\">\n"
        + body
        + "  </testsuite>\n"
        + "</testsuites>\n";
  }

  private static String lines(CheckResult r, List<Problem> problems) {
    StringBuilder sb = new StringBuilder();
    problems.forEach(p -> sb.append(Visible.escape(r.repoFile(p) + ":" + p.line() + ":" + p.column() + ": "
        + p.severity().label() + ": " + p.message())).append('\n'));
    return sb.toString();
  }

  private static String attr(String value) {
    return Xml.escape(Visible.escape(value));
  }

  private static String text(String value) {
    return Xml.escape(value);
  }
}
