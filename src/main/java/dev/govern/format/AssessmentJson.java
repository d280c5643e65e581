package dev.govern.format;

import dev.govern.analysis.MaturityAssessment;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code assess --format json}: the level reached and the ids of the gaps to the next. */
public final class AssessmentJson {
  private AssessmentJson() {}

  public static String render(MaturityAssessment a) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("current_level", a.current() == null ? null : a.current().level());
    json.put("level_name", a.current() == null ? null : a.current().name());
    json.put("description", a.current() == null ? null : a.current().description());
    json.put("next_level", a.next() == null ? null : a.next().level());
    json.put("gaps_to_next_level", a.gaps());
    return Json.write(json);
  }
}
