package dev.govern.format;

import dev.govern.analysis.Share;
import dev.govern.history.GovernanceDiff;
import dev.govern.history.GovernanceDiff.Count;
import dev.govern.history.GovernanceDiff.FieldChange;
import dev.govern.history.GovernanceDiff.Kind;
import dev.govern.history.Snapshot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code diff --format json}: every change with both sides, in the data's keys and ids. */
public final class DiffJson {
  private DiffJson() {}

  public static String render(GovernanceDiff d, Snapshot before, Snapshot after) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("from", CheckJson.side(before));
    json.put("to", CheckJson.side(after));
    json.put("changed", !d.isEmpty());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("before", d.maturity().before());
    m.put("before_name", d.maturity().beforeName());
    m.put("after", d.maturity().after());
    m.put("after_name", d.maturity().afterName());
    m.put("direction", d.maturity().direction().id());
    json.put("maturity", m);
    json.put("controls", d.controls().stream().map(c -> {
      Map<String, Object> x = thing(c.id(), "name", c.name(), c.kind());
      x.put("status_before", c.before() == null ? null : c.before().id());
      x.put("status_after", c.after() == null ? null : c.after().id());
      x.put("direction", c.status().id());
      x.put("fields", fields(c.fields()));
      return x;
    }).toList());
    json.put("risks", d.risks().stream().map(r -> {
      Map<String, Object> x = thing(r.id(), "description", r.description(), r.kind());
      x.put("inherent_before", r.inherentBefore());
      x.put("inherent_after", r.inherentAfter());
      x.put("inherent_direction", r.inherent().id());
      x.put("residual_before", r.residualBefore());
      x.put("residual_after", r.residualAfter());
      x.put("residual_direction", r.residual().id());
      x.put("fields", fields(r.fields()));
      return x;
    }).toList());
    json.put("look_alikes", d.lookAlikes().stream().map(l -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("kind", l.what());
      x.put("removed", l.removed());
      x.put("added", l.added());
      return x;
    }).toList());
    json.put("kpis", d.kpis().stream().map(k -> {
      Map<String, Object> x = thing(k.id(), "name", k.name(), k.kind());
      x.put("status_before", k.before() == null ? null : k.before().id());
      x.put("status_after", k.after() == null ? null : k.after().id());
      x.put("latest_before", k.latestBefore());
      x.put("latest_after", k.latestAfter());
      x.put("target", k.target());
      x.put("direction", k.direction().id());
      return x;
    }).toList());
    json.put("coverage", d.coverage().stream().map(c -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("framework", c.framework());
      x.put("title", c.title());
      x.put("changed", c.changed());
      x.put("before", count(c.before()));
      x.put("after", count(c.after()));
      return x;
    }).toList());
    json.put("policies", d.policies().stream().map(p -> {
      Map<String, Object> x = thing(p.id(), "title", p.title(), p.kind());
      x.put("fields", fields(p.fields()));
      return x;
    }).toList());
    json.put("repositories", d.repositories().stream().map(r -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("id", r.id());
      x.put("change", r.kind().id());
      x.put("classification_before", r.classificationBefore());
      x.put("classification_after", r.classificationAfter());
      x.put("ai_commits_before", share(r.aiShareBefore()));
      x.put("ai_commits_after", share(r.aiShareAfter()));
      x.put("new_ai_commits_where_prohibited", r.newAiViolations().stream().map(c -> c.commit()).toList());
      x.put("changes", r.lines());
      return x;
    }).toList());
    return Json.write(json);
  }

  private static Map<String, Object> thing(String id, String nameKey, String name, Kind kind) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("id", id);
    x.put(nameKey, name);
    x.put("change", kind.id());
    return x;
  }

  private static List<Object> fields(List<FieldChange> fields) {
    return fields.stream().<Object>map(f -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("field", f.field());
      x.put("before", f.before());
      x.put("after", f.after());
      return x;
    }).toList();
  }

  /** {"ai_commits": 3, "commits": 24, "percent": 12.5}; null when the scan read no history. */
  private static Map<String, Object> share(Share s) {
    if (s == null) {
      return null;
    }
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("ai_commits", s.part());
    x.put("commits", s.whole());
    x.put("percent", s.defined() ? s.percentValue() : null);
    return x;
  }

  private static Map<String, Object> count(Count c) {
    if (c == null) {
      return null;
    }
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("requirements", c.requirements());
    x.put("covered", c.covered());
    x.put("implemented", c.implemented());
    return x;
  }
}
