package dev.govern.scan;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.ignore.FastIgnoreRule;

/**
 * A CODEOWNERS file: gitignore-style patterns, each with its owners; the last pattern that matches
 * a path decides, and a pattern without owners leaves the path unowned (GitHub's and GitLab's rule).
 * GitLab's {@code [Section]} headers start new sections, whose rules are read the same way.
 */
final class Codeowners {
  static final Codeowners NONE = new Codeowners(List.of());

  private record Line(FastIgnoreRule pattern, boolean owned) {}

  private final List<Line> lines;

  private Codeowners(List<Line> lines) {
    this.lines = List.copyOf(lines);
  }

  static Codeowners parse(String text) {
    List<Line> out = new ArrayList<>();
    for (String raw : text.split("\r?\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("[") || line.startsWith("^[")) {
        continue;
      }
      int hash = line.indexOf(" #");
      if (hash >= 0) {
        line = line.substring(0, hash).strip();
      }
      String[] words = line.split("\\s+");
      try {
        out.add(new Line(new FastIgnoreRule(words[0]), words.length > 1));
      } catch (RuntimeException e) {
        // A pattern JGit cannot read assigns nothing, as GitHub ignores such lines.
      }
    }
    return new Codeowners(out);
  }

  /** Whether the last pattern matching {@code path} names an owner. */
  boolean owned(String path) {
    boolean owned = false;
    for (Line line : lines) {
      if (matches(line.pattern(), path)) {
        owned = line.owned();
      }
    }
    return owned;
  }

  /** A pattern matches the file or any folder above it, as a folder pattern owns what is inside. */
  private static boolean matches(FastIgnoreRule rule, String path) {
    if (rule.isMatch(path, false, false)) {
      return true;
    }
    String folder = path;
    int slash;
    while ((slash = folder.lastIndexOf('/')) > 0) {
      folder = folder.substring(0, slash);
      if (rule.isMatch(folder, true, false)) {
        return true;
      }
    }
    return false;
  }
}
