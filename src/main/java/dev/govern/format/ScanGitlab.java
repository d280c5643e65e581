package dev.govern.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code scan --format gitlab}: a GitLab code quality report, one issue per finding and violation,
 * at the committed measurement file's line that records it; errors {@code major}, warnings
 * {@code minor}. Fingerprints leave out positions, so a finding that moves keeps its issue.
 */
public final class ScanGitlab {
  private ScanGitlab() {}

  public static String render(ScanResult r) {
    List<ScanResult.Item> items = r.items();
    List<String> fingerprints = Fingerprint.ofKeys(items.stream()
        .map(i -> Fingerprint.key(i.rule(), i.where().replaceAll(":\\d+:\\d+$", ""), i.message())).toList());
    List<Object> issues = new ArrayList<>();
    for (int n = 0; n < items.size(); n++) {
      ScanResult.Item i = items.get(n);
      Map<String, Object> location = new LinkedHashMap<>();
      location.put("path", i.path());
      location.put("lines", Map.of("begin", i.line()));
      Map<String, Object> issue = new LinkedHashMap<>();
      issue.put("type", "issue");
      issue.put("description", i.where() + ": " + i.message());
      issue.put("check_name", i.rule());
      issue.put("fingerprint", fingerprints.get(n));
      issue.put("severity", i.error() ? "major" : "minor");
      issue.put("location", location);
      issues.add(issue);
    }
    return Json.write(issues);
  }
}
