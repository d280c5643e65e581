package dev.govern.scan.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a commit message that belong to the commit itself: its trailers and its closing
 * lines.
 *
 * <p>Trailers are read from the last paragraph only, as git and JGit do, and never from a message
 * that is one paragraph (its subject): a squash merge copies the merged commits' messages, with
 * their trailers, into middle paragraphs, and those belong to other commits.
 */
final class CommitMessage {
  private static final Pattern TRAILER = Pattern.compile("([A-Za-z0-9][A-Za-z0-9-]*)[ \\t]*:[ \\t]*(.*)");

  /** A trailer: its key as written and its value with surrounding blanks removed. */
  record Trailer(String key, String value) {}

  private final List<List<String>> paragraphs;

  private CommitMessage(List<List<String>> paragraphs) {
    this.paragraphs = paragraphs;
  }

  static CommitMessage of(String message) {
    List<List<String>> paragraphs = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String raw : message.split("\n", -1)) {
      String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          paragraphs.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line);
      }
    }
    if (!current.isEmpty()) {
      paragraphs.add(current);
    }
    return new CommitMessage(paragraphs);
  }

  /** The trailers of the last paragraph; a line indented under a trailer continues its value. */
  List<Trailer> trailers() {
    if (paragraphs.size() < 2) {
      return List.of();
    }
    List<Trailer> out = new ArrayList<>();
    for (String line : paragraphs.get(paragraphs.size() - 1)) {
      Matcher m = TRAILER.matcher(line);
      if (m.matches()) {
        out.add(new Trailer(m.group(1), m.group(2).strip()));
      } else if (!out.isEmpty() && Character.isWhitespace(line.charAt(0))) {
        Trailer last = out.remove(out.size() - 1);
        out.add(new Trailer(last.key(), (last.value() + " " + line.strip()).strip()));
      }
    }
    return out;
  }

  /**
   * The lines an assistant appends when it composes the message: the last paragraph, and the one
   * before it when the last is all trailers (Claude Code writes "Generated with" above its
   * trailer). Never the subject.
   */
  List<String> closingLines() {
    if (paragraphs.size() < 2) {
      return List.of();
    }
    List<String> last = paragraphs.get(paragraphs.size() - 1);
    List<String> out = new ArrayList<>(last);
    boolean allTrailers = last.stream().allMatch(l -> TRAILER.matcher(l).matches() || Character.isWhitespace(l.charAt(0)));
    if (allTrailers && paragraphs.size() >= 3) {
      out.addAll(paragraphs.get(paragraphs.size() - 2));
    }
    return out;
  }

  /** {@code Name <email>}, or the whole value as a name when it has no address. */
  static String[] person(String value) {
    int open = value.lastIndexOf('<');
    int close = value.lastIndexOf('>');
    if (open >= 0 && close > open) {
      return new String[] {value.substring(0, open).strip(), value.substring(open + 1, close).strip()};
    }
    return new String[] {value.strip(), ""};
  }
}
