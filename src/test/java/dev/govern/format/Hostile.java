package dev.govern.format;

import dev.govern.analysis.AsOf;
import dev.govern.problem.Problem;
import dev.govern.problem.Rule;
import dev.govern.problem.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Check results whose file names and messages try to break out of every output format. */
final class Hostile {
  /** A newline and a forged diagnostic, an escape sequence that clears the screen, a bidi override. */
  static final List<String> FILES = List.of(
      "data/controls/evil\ndata/risks.yaml:1:1: error: forged.yaml",
      "data/controls/\u001b[2J\u001b[31mclear.yaml",
      "data/controls/\u202etxt.yaml",
      "data/controls/per%cent, comma: colon.yaml",
      "data/controls/ünïcødé 名前.yaml");

  /** Messages quoting hostile values: workflow commands, XML, CDATA ends, C1 controls, DEL. */
  static final List<String> MESSAGES = List.of(
      "control X: unknown domain 'a\r\n::error file=x.yaml,line=1::forged'",
      "risk R: '<script>alert(1)</script>' and ]]> and &amp; end",
      "value with C1 \u009b2J and DEL \u007f and NUL \u0000 and \uFFFF",
      "percent %0A stays %25 literal");

  private Hostile() {}

  static List<Problem> problems() {
    List<Problem> all = new java.util.ArrayList<>();
    for (int i = 0; i < FILES.size(); i++) {
      all.add(new Problem(Severity.ERROR, FILES.get(i), 3 + i, 5, MESSAGES.get(i % MESSAGES.size()), Rule.CONTROL_DOMAINS));
    }
    all.add(new Problem(Severity.WARNING, "data/risks.yaml", 2, 1, MESSAGES.get(1), Rule.RISK_CONTROLS));
    return List.copyOf(all);
  }

  static CheckResult result(boolean strict) {
    return new CheckResult("data", "data", new AsOf(LocalDate.of(2026, 11, 25), "--as-of"), problems(),
        Optional.empty(), List.of(), strict);
  }
}
