package dev.govern.format;

import dev.govern.problem.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code check --format gitlab}: a GitLab code quality report, one issue per problem and regression
 * with its rule as {@code check_name}, a repository-relative path and a stable fingerprint. Errors
 * are {@code major}, warnings {@code minor}.
 */
public final class CheckGitlab {
  private CheckGitlab() {}

  public static String render(CheckResult r) {
    List<Problem> findings = r.findings();
    List<String> fingerprints = Fingerprint.of(findings, r::repoFile);
    List<Object> issues = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      Problem p = findings.get(i);
      Map<String, Object> location = new LinkedHashMap<>();
      location.put("path", r.repoFile(p));
      location.put("lines", Map.of("begin", p.line()));
      Map<String, Object> issue = new LinkedHashMap<>();
      issue.put("type", "issue");
      issue.put("description", p.message());
      issue.put("check_name", p.rule().id());
      issue.put("fingerprint", fingerprints.get(i));
      issue.put("severity", p.isError() ? "major" : "minor");
      issue.put("location", location);
      issues.add(issue);
    }
    return Json.write(issues);
  }
}
