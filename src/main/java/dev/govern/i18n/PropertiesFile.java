package dev.govern.i18n;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code .properties} file read entry by entry with the line and column of each key, which
 * {@link java.util.Properties} does not keep: a mistake in a repository's messages is reported where
 * it is. The syntax is that of {@code Properties.load(Reader)}: {@code #} and {@code !} comments,
 * {@code =}, {@code :} or white space between key and value, a backslash at the end of a line to go
 * on, and the escapes {@code \t \n \r \f \\uXXXX}.
 */
public final class PropertiesFile {
  /** One key and its value, at the 1-based line and column where the key starts. */
  public record Entry(String key, String value, int line, int column) {}

  /** A line that cannot be read, such as a broken {@code \\u} escape. */
  public record Malformed(String message, int line, int column) {}

  public record Parsed(List<Entry> entries, List<Malformed> malformed) {}

  private PropertiesFile() {}

  public static Parsed parse(String text) {
    List<Entry> entries = new ArrayList<>();
    List<Malformed> malformed = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    int i = 0;
    while (i < lines.length) {
      int startLine = i + 1;
      String first = lines[i];
      int indent = 0;
      while (indent < first.length() && isBlank(first.charAt(indent))) {
        indent++;
      }
      if (indent == first.length() || first.charAt(indent) == '#' || first.charAt(indent) == '!') {
        i++;
        continue;
      }
      // A logical line: physical lines joined while one ends in an odd number of backslashes; the
      // leading white space of each continuation is dropped.
      StringBuilder logical = new StringBuilder(first.substring(indent));
      while (endsInOddBackslashes(logical) && i + 1 < lines.length) {
        logical.setLength(logical.length() - 1);
        i++;
        logical.append(lines[i].stripLeading());
      }
      if (endsInOddBackslashes(logical)) {
        logical.setLength(logical.length() - 1);
      }
      i++;
      String line = logical.toString();
      int keyEnd = 0;
      while (keyEnd < line.length()) {
        char c = line.charAt(keyEnd);
        if (c == '\\') {
          keyEnd += 2;
          continue;
        }
        if (c == '=' || c == ':' || isBlank(c)) {
          break;
        }
        keyEnd++;
      }
      keyEnd = Math.min(keyEnd, line.length());
      int valueStart = keyEnd;
      while (valueStart < line.length() && isBlank(line.charAt(valueStart))) {
        valueStart++;
      }
      if (valueStart < line.length() && (line.charAt(valueStart) == '=' || line.charAt(valueStart) == ':')) {
        valueStart++;
        while (valueStart < line.length() && isBlank(line.charAt(valueStart))) {
          valueStart++;
        }
      }
      try {
        entries.add(new Entry(unescape(line.substring(0, keyEnd)), unescape(line.substring(valueStart)),
            startLine, indent + 1));
      } catch (IllegalArgumentException e) {
        malformed.add(new Malformed(e.getMessage(), startLine, indent + 1));
      }
    }
    return new Parsed(List.copyOf(entries), List.copyOf(malformed));
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\f';
  }

  private static boolean endsInOddBackslashes(CharSequence s) {
    int n = 0;
    for (int k = s.length() - 1; k >= 0 && s.charAt(k) == '\\'; k--) {
      n++;
    }
    return n % 2 == 1;
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c != '\\' || k + 1 == s.length()) {
        out.append(c);
        continue;
      }
      char e = s.charAt(++k);
      switch (e) {
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 'f' -> out.append('\f');
        case 'u' -> {
          String hex = s.substring(k + 1, Math.min(k + 5, s.length()));
          if (!hex.matches("[0-9A-Fa-f]{4}")) {
            throw new IllegalArgumentException("\\u needs four hexadecimal digits, found '" + hex + "'");
          }
          out.append((char) Integer.parseInt(hex, 16));
          k += 4;
        }
        default -> out.append(e);
      }
    }
    return out.toString();
  }
}
