package dev.govern.format;

import dev.govern.model.FindingSeverity;
import dev.govern.model.ScanRules;
import dev.govern.scan.ScanReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code scan --format sarif}: SARIF 2.1.0 as GitHub code scanning accepts it. The rules are the scan
 * rules in force and the classification requirements; each result sits on the line of the committed
 * measurement file that records it and names the scanned file in its message.
 */
public final class ScanSarif {
  /** The classification requirements a repository can violate, as {@code scan.Requirements} names them. */
  static final Map<String, String> REQUIREMENTS = requirements();

  private ScanSarif() {}

  /** @param version govern's version, for the tool's driver */
  public static String render(ScanResult r, String version) {
    List<ScanResult.Item> items = r.items();
    Map<String, Map<String, Object>> rules = new LinkedHashMap<>();
    for (ScanRules.Rule rule : r.rules()) {
      rules.put(rule.id(), rule(rule.id(), rule.message(), "A scan rule: the pattern " + rule.pattern()
          + " found in an assistant's file" + (rule.control() == null ? "." : " (control " + rule.control() + ")."),
          rule.severity() == FindingSeverity.ERROR));
    }
    REQUIREMENTS.forEach((id, text) -> rules.putIfAbsent(id, rule(id, text, text, true)));
    // A rule that found something in a committed measurement but is no longer in force still needs an entry.
    items.forEach(i -> rules.putIfAbsent(i.rule(), rule(i.rule(), i.rule(), "A rule of an earlier scan.", i.error())));
    List<String> ids = new ArrayList<>(rules.keySet());
    List<String> fingerprints = Fingerprint.ofKeys(items.stream()
        .map(i -> Fingerprint.key(i.rule(), i.where().replaceAll(":\\d+:\\d+$", ""), i.message())).toList());
    List<Object> results = new ArrayList<>();
    for (int n = 0; n < items.size(); n++) {
      ScanResult.Item i = items.get(n);
      Map<String, Object> region = new LinkedHashMap<>();
      region.put("startLine", i.line());
      Map<String, Object> physical = new LinkedHashMap<>();
      physical.put("artifactLocation", Map.of("uri", CheckSarif.uri(i.path())));
      physical.put("region", region);
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("ruleId", i.rule());
      result.put("ruleIndex", ids.indexOf(i.rule()));
      result.put("level", i.error() ? "error" : "warning");
      result.put("message", Map.of("text", i.where() + ": " + i.message()));
      result.put("locations", List.of(Map.of("physicalLocation", physical)));
      result.put("partialFingerprints", Map.of("govern-scan/v1", fingerprints.get(n)));
      results.add(result);
    }
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "govern scan");
    driver.put("version", version);
    driver.put("rules", List.copyOf(rules.values()));
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("columnKind", "unicodeCodePoints");
    run.put("results", results);
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", CheckSarif.SCHEMA);
    log.put("version", "2.1.0");
    log.put("runs", List.of(run));
    return Json.write(log);
  }

  private static Map<String, Object> rule(String id, String title, String description, boolean error) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("id", id);
    x.put("name", CheckSarif.name(id));
    x.put("shortDescription", Map.of("text", title));
    x.put("fullDescription", Map.of("text", description));
    x.put("help", Map.of("text", "Fix it in the scanned repository, run govern scan again and commit data/measurements/;"
        + " or change the rule in data/scan-rules.yaml."));
    x.put("defaultConfiguration", Map.of("level", error ? "error" : "warning"));
    return x;
  }

  private static Map<String, String> requirements() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("assistant-not-allowed", "An AI assistant is configured in a repository whose classification allows none.");
    m.put("tool-not-in-inventory", "An AI assistant is configured that the tool inventory does not list.");
    m.put("tool-not-allowed", "An AI assistant is configured that the repository's classification does not allow.");
    m.put("ignore-file-missing", "The classification requires the ignore file of every allowed tool, and one is missing.");
    m.put("codeowners-missing", "The classification requires a CODEOWNERS owner for every assistant file, and one has none.");
    m.put(ScanReport.AI_VIOLATION, "An AI-attributed commit in a repository whose classification prohibits AI tools.");
    return java.util.Collections.unmodifiableMap(m);
  }
}
