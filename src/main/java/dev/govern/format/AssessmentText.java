package dev.govern.format;

import dev.govern.problem.Visible;
import dev.govern.analysis.MaturityAssessment;
import dev.govern.model.MaturityLevel;

/** {@code assess --format text}: the level reached, then the gaps to the next, one a line. */
public final class AssessmentText {
  private AssessmentText() {}

  public static String render(MaturityAssessment a) {
    StringBuilder sb = new StringBuilder();
    MaturityLevel c = a.current();
    line(sb, c == null ? "Maturity: no level reached" : "Maturity: level " + c.level() + " " + c.name()
        + (c.description() == null ? "" : " — " + c.description()));
    if (a.next() == null) {
      line(sb, "This is the top level.");
      return sb.toString();
    }
    line(sb, "Gaps to level " + a.next().level() + " " + a.next().name() + " (" + a.gaps().size() + "):");
    for (var s : a.levels()) {
      if (s.level() == a.next()) {
        s.requirements().stream().filter(r -> !r.met()).forEach(r ->
            line(sb, "  " + r.id() + "  " + r.name() + (r.kind().equals("capability") ? " (capability)" : "")));
      }
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String text) {
    sb.append(Visible.escape(text)).append('\n');
  }
}
