package dev.govern.format;

import dev.govern.model.RepositoryScan;
import dev.govern.problem.Visible;
import dev.govern.render.Xml;
import java.util.List;

/**
 * {@code scan --format junit}: JUnit XML, one test case per scanned repository. A repository fails
 * when it has an error-level finding or a violation; the failure lists them as {@code REPO:FILE:LINE:COL:
 * severity: message [rule]}, and warnings are the case's output. No timestamps or times.
 */
public final class ScanJunit {
  private ScanJunit() {}

  public static String render(ScanResult r) {
    List<ScanResult.Item> items = r.items();
    StringBuilder body = new StringBuilder();
    int failures = 0;
    for (RepositoryScan repo : r.repositories()) {
      List<ScanResult.Item> mine = items.stream().filter(i -> i.repository().equals(repo.id())).toList();
      List<ScanResult.Item> failing = mine.stream().filter(ScanResult.Item::error).toList();
      List<ScanResult.Item> passing = mine.stream().filter(i -> !i.error()).toList();
      body.append("    <testcase classname=\"govern.scan\" name=\"").append(attr(repo.id() + " (" + repo.classification() + ")"))
          .append('"');
      if (mine.isEmpty()) {
        body.append("/>\n");
        continue;
      }
      body.append(">\n");
      if (!failing.isEmpty()) {
        failures++;
        body.append("      <failure type=\"").append(attr(failing.get(0).rule())).append("\" message=\"")
            .append(attr(Words.plural(failing.size(), "problem") + ": " + failing.get(0).message())).append("\">")
            .append(Xml.escape(lines(failing))).append("</failure>\n");
      }
      if (!passing.isEmpty()) {
        body.append("      <system-out>").append(Xml.escape(lines(passing))).append("</system-out>\n");
      }
      body.append("    </testcase>\n");
    }
    int tests = r.repositories().size();
    String name = attr("govern scan as of " + r.asOf());
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<testsuites name=\"" + name + "\" tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"0\">\n"
        + "  <testsuite name=\"" + name + "\" tests=\"" + tests + "\" failures=\"" + failures
        + "\" errors=\"0\" skipped=\"0\">\n"
        + body
        + "  </testsuite>\n"
        + "</testsuites>\n";
  }

  private static String lines(List<ScanResult.Item> items) {
    StringBuilder sb = new StringBuilder();
    items.forEach(i -> sb.append(Visible.escape(i.where() + ": " + (i.error() ? "error" : "warning") + ": "
        + i.message() + " [" + i.rule() + "]")).append('\n'));
    return sb.toString();
  }

  private static String attr(String value) {
    return Xml.escape(Visible.escape(value));
  }
}
