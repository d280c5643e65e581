package dev.govern.schema;

import dev.govern.format.Json;
import dev.govern.load.DataShapes;
import dev.govern.load.DataShapes.DataFile;
import dev.govern.load.Shape;
import dev.govern.load.Shape.Key;
import dev.govern.load.Shape.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the declared shapes into JSON Schemas. Values follow how govern reads YAML: every scalar from
 * its raw text, so a whole number may also be written quoted, and text may be anything YAML would
 * read as a number or a boolean; an optional key may be left empty ({@code ~}).
 */
public final class JsonSchemas {
  /** The dialect every schema declares. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private static final String DATE = "^\\d{4}-\\d{2}-\\d{2}$";
  private static final String MONTH = "^\\d{4}-\\d{2}$";
  private static final String PERIOD = "^[Pp](?=.*[1-9])(\\d+[Yy])?(\\d+[Mm])?(\\d+[Ww])?(\\d+[Dd])?$";
  private static final String WHOLE = "^-?\\d{1,9}$";
  private static final String DECIMAL = "^-?\\d{1,15}(\\.\\d{1,15})?$";

  private JsonSchemas() {}

  /** The schema's file name: {@code controls.schema.json}. */
  public static String fileName(DataFile file) {
    return file.name() + ".schema.json";
  }

  /** Every data file's schema, by file name, in the README's order. */
  public static Map<String, String> all() {
    Map<String, String> out = new LinkedHashMap<>();
    DataShapes.FILES.forEach(f -> out.put(fileName(f), of(f)));
    return out;
  }

  /** The schema of one kind of data file, as JSON text. */
  public static String of(DataFile file) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$schema", DIALECT);
    schema.put("title", file.title());
    schema.putAll(shape(file.root()));
    return Json.write(schema);
  }

  private static Map<String, Object> shape(Shape shape) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("description", shape.description());
    s.put("type", "object");
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (Key key : shape.keys()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("description", key.description());
      if (key.required()) {
        required.add(key.name());
        p.putAll(type(key.type()));
      } else {
        // Empty, ~ and null mean "not given", which an optional key allows.
        p.put("anyOf", List.of(type(key.type()), Map.of("type", "null")));
      }
      properties.put(key.name(), p);
    }
    s.put("properties", properties);
    if (!required.isEmpty()) {
      s.put("required", required);
    }
    s.put("additionalProperties", shape.others() == null ? false : type(shape.others()));
    return s;
  }

  private static Map<String, Object> type(Type type) {
    Map<String, Object> s = new LinkedHashMap<>();
    if (type instanceof Type.Text t) {
      if (t.pattern() == null) {
        s.put("type", List.of("string", "number", "boolean"));
      } else {
        s.put("type", "string");
        s.put("pattern", t.pattern());
      }
      if (t.example() != null) {
        s.put("examples", List.of(t.example()));
      }
    } else if (type instanceof Type.Date) {
      s.put("type", "string");
      s.put("format", "date");
      s.put("pattern", DATE);
    } else if (type instanceof Type.Month) {
      s.put("type", "string");
      s.put("pattern", MONTH);
    } else if (type instanceof Type.Period) {
      s.put("type", "string");
      s.put("pattern", PERIOD);
      s.put("examples", List.of("P1M", "P3M", "P1Y"));
    } else if (type instanceof Type.Whole w) {
      s.put("type", List.of("integer", "string"));
      s.put("pattern", WHOLE);
      s.put("minimum", w.minimum() == null ? -999_999_999 : w.minimum());
      s.put("maximum", 999_999_999);
    } else if (type instanceof Type.Decimal) {
      s.put("type", List.of("number", "string"));
      s.put("pattern", DECIMAL);
    } else if (type instanceof Type.Choice c) {
      s.put("enum", c.values());
    } else if (type instanceof Type.ListOf l) {
      s.put("type", "array");
      s.put("items", type(l.item()));
      if (l.minItems() != null) {
        s.put("minItems", l.minItems());
      }
      if (l.maxItems() != null) {
        s.put("maxItems", l.maxItems());
      }
    } else if (type instanceof Type.MapOf m) {
      s.put("type", "object");
      s.put("propertyNames", Map.of("description", m.keys()));
      s.put("additionalProperties", type(m.value()));
    } else if (type instanceof Type.Of o) {
      s.putAll(shape(o.shape()));
    } else if (type instanceof Type.OneOf o) {
      s.put("anyOf", o.types().stream().map(JsonSchemas::type).toList());
    }
    return s;
  }
}
