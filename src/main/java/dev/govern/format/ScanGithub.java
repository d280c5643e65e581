package dev.govern.format;

/**
 * {@code scan --format github}: one workflow command per finding and violation, on the line of the
 * committed measurement file that records it, naming the scanned file in the message; then the
 * summary. Escaped as {@link CheckGithub} escapes.
 */
public final class ScanGithub {
  private ScanGithub() {}

  public static String render(ScanResult r) {
    StringBuilder sb = new StringBuilder();
    for (ScanResult.Item i : r.items()) {
      sb.append("::").append(i.error() ? "error" : "warning")
          .append(" file=").append(CheckGithub.property(i.path()))
          .append(",line=").append(i.line())
          .append(",title=").append(CheckGithub.property("govern scan " + i.rule() + " in " + i.repository()))
          .append("::").append(CheckGithub.data(i.where() + ": " + i.message())).append('\n');
    }
    return sb.append(ScanText.summary(r)).toString();
  }
}
