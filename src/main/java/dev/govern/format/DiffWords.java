package dev.govern.format;

import dev.govern.analysis.KpiStatus;
import dev.govern.history.GovernanceDiff.Direction;
import dev.govern.history.GovernanceDiff.FieldChange;
import dev.govern.history.GovernanceDiff.Kind;
import dev.govern.load.Periods;
import dev.govern.model.Governance;
import dev.govern.model.RiskLevel;
import dev.govern.model.Scale;
import dev.govern.model.Status;
import dev.govern.model.Treatment;
import java.time.DateTimeException;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How diffs name fields and values for people: with the labels the site shows ("Residual likelihood:
 * Unlikely → Possible", "Status: Planned → Implemented"), each side's value labelled by that side's
 * own matrix. JSON keeps the data's keys and ids.
 */
final class DiffWords {
  /** The site's words for the data's keys, in one place. */
  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("name", "Name"), Map.entry("domain", "Domain"), Map.entry("status", "Status"),
      Map.entry("owner", "Owner"), Map.entry("evidence", "Evidence"), Map.entry("frequency", "Frequency"),
      Map.entry("review_every", "Review cadence"), Map.entry("last_reviewed", "Last reviewed"),
      Map.entry("description", "Description"), Map.entry("implementation", "Implementation"),
      Map.entry("category", "Category"), Map.entry("likelihood", "Likelihood"), Map.entry("impact", "Impact"),
      Map.entry("inherent_risk", "Inherent"), Map.entry("controls", "Controls"),
      Map.entry("residual_likelihood", "Residual likelihood"), Map.entry("residual_impact", "Residual impact"),
      Map.entry("residual_risk", "Residual"), Map.entry("treatment", "Treatment"), Map.entry("title", "Title"),
      Map.entry("text", "Text"));

  private final Governance before;
  private final Governance after;

  DiffWords(Governance before, Governance after) {
    this.before = before;
    this.after = after;
  }

  /** "Residual likelihood", "Mappings to soc2"; a key without a label is shown as it is. */
  static String label(String field) {
    if (field.startsWith("mappings.")) {
      return "Mappings to " + field.substring("mappings.".length());
    }
    return LABELS.getOrDefault(field, field);
  }

  /** "Status: Planned → Implemented", "Evidence added: Review log (2026-01-10)", "Description changed". */
  String describe(FieldChange f) {
    String label = label(f.field());
    if (f.isProse()) {
      return label + (f.before() == null ? " added" : f.after() == null ? " removed" : " changed");
    }
    String b = value(f.field(), f.before(), before);
    String a = value(f.field(), f.after(), after);
    if (f.before() == null) {
      return label + " added: " + a;
    }
    if (f.after() == null) {
      return label + " removed: " + b;
    }
    return label + ": " + b + " → " + a;
  }

  /** A field's value with the site's label for ids; the value itself when it names nothing known. */
  static String value(String field, String value, Governance side) {
    if (value == null) {
      return null;
    }
    return switch (field) {
      case "status" -> Status.fromId(value).map(Status::label).orElse(value);
      case "treatment" -> Treatment.fromId(value).map(Treatment::label).orElse(value);
      case "likelihood", "residual_likelihood" -> labelled(side.matrix().likelihood(value), Scale::label, value);
      case "impact", "residual_impact" -> labelled(side.matrix().impact(value), Scale::label, value);
      case "inherent_risk", "residual_risk" -> labelled(side.matrix().level(value), RiskLevel::label, value);
      case "review_every" -> period(value);
      default -> value;
    };
  }

  private static <T> String labelled(Optional<T> found, Function<T, String> label, String id) {
    return found.map(label).orElse(id);
  }

  private static String period(String iso) {
    try {
      Period p = Period.parse(iso);
      String words = Periods.describe(p);
      return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1) + " (" + iso + ")";
    } catch (DateTimeException e) {
      return iso;
    }
  }

  /** A risk level's label on the side before; "—" when absent. */
  String levelBefore(String id) {
    return id == null ? "—" : value("residual_risk", id, before);
  }

  /** A risk level's label on the side after; "—" when absent. */
  String levelAfter(String id) {
    return id == null ? "—" : value("residual_risk", id, after);
  }

  /** "Met (97%)", "Missed (80%)", "No data": a KPI's status and, when there is one, its latest value. */
  static String kpi(KpiStatus.Outcome outcome, String latest) {
    if (outcome == null) {
      return "—";
    }
    return outcome == KpiStatus.Outcome.NO_DATA || latest == null ? outcome.label() : outcome.label() + " (" + latest + ")";
  }

  /** "2 changed, 1 added": the kinds of change in the diff's order; "no changes" when there is none. */
  static String counts(List<Kind> kinds) {
    if (kinds.isEmpty()) {
      return "no changes";
    }
    List<String> parts = new ArrayList<>();
    for (Kind k : Kind.values()) {
      long n = kinds.stream().filter(x -> x == k).count();
      if (n > 0) {
        parts.add(n + " " + k.id());
      }
    }
    return String.join(", ", parts);
  }

  /** The mark a pull-request comment puts after a change that went better or worse. */
  static String mark(Direction d) {
    return switch (d) {
      case BETTER -> " ✅";
      case WORSE -> " ⚠️";
      case SAME -> "";
    };
  }
}
