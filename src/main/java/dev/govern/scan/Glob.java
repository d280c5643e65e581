package dev.govern.scan;

import java.util.regex.Pattern;

/**
 * A path glob of the signatures: {@code *} and {@code ?} stay within one name, {@code **}{@code /}
 * is any number of folders, none included. Matching is exact and case-sensitive, as Git paths are.
 */
record Glob(String text, Pattern regex) {

  static Glob of(String glob) {
    StringBuilder re = new StringBuilder();
    int i = 0;
    while (i < glob.length()) {
      char c = glob.charAt(i);
      if (glob.startsWith("**/", i)) {
        re.append("(?:[^/]+/)*");
        i += 3;
        continue;
      }
      if (glob.startsWith("**", i)) {
        re.append(".*");
        i += 2;
        continue;
      }
      if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
      i++;
    }
    return new Glob(glob, Pattern.compile(re.toString()));
  }

  boolean matches(String path) {
    return regex.matcher(path).matches();
  }

  /** The last name of the glob when it holds no wildcard ({@code CLAUDE.md}), else null. */
  String literalName() {
    String last = text.substring(text.lastIndexOf('/') + 1);
    return last.contains("*") || last.contains("?") ? null : last;
  }

  /** The longest wildcard-free folder name the glob requires, or "" (a quick filter before the regex). */
  String literalFolder() {
    String[] parts = text.split("/");
    String best = "";
    for (int i = 0; i < parts.length - 1; i++) {
      if (!parts[i].contains("*") && !parts[i].contains("?") && parts[i].length() > best.length()) {
        best = parts[i];
      }
    }
    return best;
  }
}
