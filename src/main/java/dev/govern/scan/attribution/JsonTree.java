package dev.govern.scan.attribution;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON text from a scanned repository as plain maps, lists, strings, numbers and booleans, or
 * nothing when it is not JSON. The text is another team's file: limits keep a hostile one small.
 */
final class JsonTree {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1 << 20)
          .maxNumberLength(100).build())
      .build();

  private JsonTree() {}

  static Optional<Object> parse(String text) {
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return Optional.empty();
      }
      Object value = value(p, first);
      return p.nextToken() == null ? Optional.of(value) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      // Not JSON, or past a limit: the record is skipped, as a reader of the file would.
      return Optional.empty();
    }
  }

  private static Object value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          String name = p.currentName();
          map.put(name, value(p, p.nextToken()));
        }
        return map;
      }
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
          list.add(value(p, v));
        }
        return list;
      }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return p.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  static Map<?, ?> map(Object o, String key) {
    return o instanceof Map<?, ?> m && m.get(key) instanceof Map<?, ?> v ? v : Map.of();
  }

  static List<?> list(Object o, String key) {
    return o instanceof Map<?, ?> m && m.get(key) instanceof List<?> v ? v : List.of();
  }

  static String text(Object o, String key) {
    return o instanceof Map<?, ?> m && m.get(key) instanceof String v ? v : null;
  }

  static long number(Object o, String key) {
    if (o instanceof Map<?, ?> m) {
      Object v = m.get(key);
      if (v instanceof Long l) {
        return l;
      }
      if (v instanceof String s && s.strip().matches("\\d{1,9}")) {
        return Long.parseLong(s.strip());
      }
    }
    return -1;
  }
}
