package dev.govern.format;

import dev.govern.problem.Visible;
import dev.govern.problem.Problem;

/**
 * {@code check --format github}: GitHub Actions workflow commands, one annotation per problem and
 * regression ({@code ::error file=…,line=…,col=…,title=…::message}), then the summary as a plain
 * line. Values are escaped as the Actions toolkit escapes them ({@code %}, CR and LF everywhere,
 * {@code :} and {@code ,} in properties), and every other control character as {@link Visible}
 * does, so no value can end the command early or start one of its own.
 */
public final class CheckGithub {
  private CheckGithub() {}

  public static String render(CheckResult r) {
    StringBuilder sb = new StringBuilder();
    for (Problem p : r.findings()) {
      sb.append("::").append(p.isError() ? "error" : "warning")
          .append(" file=").append(property(r.repoFile(p)))
          .append(",line=").append(p.line())
          .append(",col=").append(p.column())
          .append(",title=").append(property("govern " + p.rule().id() + ": " + p.rule().title()))
          .append("::").append(data(p.message())).append('\n');
    }
    sb.append(CheckText.summary(r, false));
    return sb.toString();
  }

  /** A message: {@code %}, CR and LF percent-encoded as the toolkit does; other controls made visible. */
  static String data(String text) {
    return Visible.escape(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
  }

  /** A property value: as {@link #data}, and {@code :} and {@code ,} too, which end a property. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
