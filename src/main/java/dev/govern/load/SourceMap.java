package dev.govern.load;

import dev.govern.problem.Position;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each bound value came from, kept beside the model so that the model stays free of files.
 *
 * <p>Keys are paths into the merged model, with list indexes over all files: {@code controls/3},
 * {@code controls/3/domain}, {@code risks/0/controls/1}, {@code controls/3/mappings/soc2/0}.
 */
public final class SourceMap {
  private final Map<String, Position> positions = new HashMap<>();
  private final Map<String, Position> files = new HashMap<>();

  void put(String path, Position position) {
    positions.putIfAbsent(path, position);
  }

  void putFile(String section, Position start) {
    files.putIfAbsent(section, start);
  }

  /**
   * The position of a path, or of its nearest recorded ancestor, or of the file the section came
   * from: a problem always has somewhere to point.
   */
  public Position at(String path) {
    String p = path;
    while (true) {
      Position found = positions.get(p);
      if (found != null) {
        return found;
      }
      int slash = p.lastIndexOf('/');
      if (slash < 0) {
        Position file = files.get(p);
        return file != null ? file : Position.startOf("data");
      }
      p = p.substring(0, slash);
    }
  }

  public static String path(Object... parts) {
    StringBuilder sb = new StringBuilder();
    for (Object part : parts) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(part);
    }
    return sb.toString();
  }
}
