package dev.govern.format;

import dev.govern.problem.Problem;
import dev.govern.problem.Rule;
import dev.govern.problem.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code check --format sarif}: SARIF 2.1.0 as GitHub code scanning accepts it. Every rule govern has
 * is listed (with its description and help), so alerts keep their rule from run to run; results carry
 * repository-relative paths, the position and a fingerprint that survives edits elsewhere.
 */
public final class CheckSarif {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private CheckSarif() {}

  /** @param version govern's version, for the tool's driver */
  public static String render(CheckResult r, String version) {
    List<Problem> findings = r.findings();
    List<String> fingerprints = Fingerprint.of(findings, r::repoFile);
    List<Object> results = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      Problem p = findings.get(i);
      Map<String, Object> region = new LinkedHashMap<>();
      region.put("startLine", p.line());
      region.put("startColumn", p.column());
      Map<String, Object> physical = new LinkedHashMap<>();
      physical.put("artifactLocation", Map.of("uri", uri(r.repoFile(p))));
      physical.put("region", region);
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("ruleId", p.rule().id());
      result.put("ruleIndex", p.rule().ordinal());
      result.put("level", p.severity() == Severity.ERROR ? "error" : "warning");
      result.put("message", Map.of("text", p.message()));
      result.put("locations", List.of(Map.of("physicalLocation", physical)));
      result.put("partialFingerprints", Map.of("govern/v1", fingerprints.get(i)));
      results.add(result);
    }
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "govern");
    driver.put("version", version);
    driver.put("rules", Arrays.stream(Rule.values()).map(CheckSarif::rule).toList());
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("columnKind", "unicodeCodePoints");
    run.put("results", results);
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    log.put("runs", List.of(run));
    return Json.write(log);
  }

  private static Map<String, Object> rule(Rule rule) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("id", rule.id());
    x.put("name", name(rule.id()));
    x.put("shortDescription", Map.of("text", rule.title()));
    x.put("fullDescription", Map.of("text", rule.description()));
    x.put("help", Map.of("text", rule.help()));
    x.put("defaultConfiguration", Map.of("level", rule.usualSeverity() == Severity.ERROR ? "error" : "warning"));
    return x;
  }

  /** SARIF names rules in PascalCase: {@code risk-levels} is {@code RiskLevels}. */
  static String name(String id) {
    StringBuilder sb = new StringBuilder();
    for (String part : id.split("-")) {
      sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return sb.toString();
  }

  /**
   * A path as a relative URI reference: everything but unreserved characters and the slash is
   * percent-encoded (as UTF-8), so spaces, non-ASCII names and hostile characters stay one valid URI.
   */
  static String uri(String path) {
    StringBuilder sb = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
      }
    }
    return sb.toString();
  }
}
