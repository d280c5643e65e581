package dev.govern.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IHelpSectionRenderer;

/**
 * Help text wrapped at spaces only. picocli wraps with the JDK's line break rules, which break
 * after a dot, a colon or before a hyphen, so that {@code report.since} printed as "report." and
 * "since" on two lines, and {@code file:line:column} as "file:line:" and "column". Help here is
 * laid out without a width limit and then wrapped at spaces, keeping picocli's columns and hanging
 * indents, so every name, option and path stays whole.
 */
final class HelpWrap {
  /** The width of help text, as picocli's default. */
  static final int WIDTH = 80;
  /** Wide enough that picocli never wraps a line itself. */
  private static final int UNLIMITED = 10_000;
  /** A table row: its first column(s), then a gap of two or more spaces, then the text. */
  private static final Pattern ROW = Pattern.compile("^( *\\S.*?  +)(\\S.*)$");
  private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*m");

  private HelpWrap() {}

  /** Installs the wrapping on {@code cli} and every subcommand. */
  static void install(CommandLine cli) {
    cli.setUsageHelpWidth(UNLIMITED);
    Map<String, IHelpSectionRenderer> sections = cli.getHelpSectionMap();
    sections.replaceAll((key, renderer) -> key.equals(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS)
        ? help -> synopsis(renderer.render(help), help.synopsisHeading().length(),
            (help.synopsisHeading() + help.commandSpec().qualifiedName() + " ").length())
        : help -> wrap(renderer.render(help)));
    cli.setHelpSectionMap(sections);
    cli.getSubcommands().values().forEach(HelpWrap::install);
  }

  /** Wraps each line longer than {@link #WIDTH}. */
  static String wrap(String section) {
    String[] lines = section.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (visible(lines[i]) > WIDTH) {
        lines[i] = String.join("\n", wrapLine(lines[i], -1, 0));
      }
    }
    return String.join("\n", lines);
  }

  /**
   * The synopsis as one run of words after its heading ("Usage: "), wrapped with the options
   * aligned after the command's name.
   */
  static String synopsis(String section, int heading, int hanging) {
    String end = section.substring(section.stripTrailing().length());
    String words = String.join(" ", section.strip().split("\\s+"));
    return String.join("\n", wrapLine(words, hanging, heading)) + end;
  }

  /**
   * @param synopsisHang the synopsis's hanging indent, or -1 for a line of another section
   * @param offset how far right of the margin the line starts (after a heading printed before it)
   */
  private static List<String> wrapLine(String line, int synopsisHang, int offset) {
    int start;
    int hang;
    Matcher row = ROW.matcher(line);
    int leading = line.length() - line.stripLeading().length();
    if (synopsisHang >= 0) {
      start = 0;
      hang = synopsisHang;
    } else if (leading > 0 && row.matches() && visible(row.group(1)) < WIDTH / 2) {
      start = row.group(1).length();
      hang = visible(row.group(1)) + 2;
    } else {
      start = leading;
      hang = leading == 0 ? 0 : leading + 2;
    }
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder(line.substring(0, start));
    boolean empty = true;
    int margin = offset;
    for (String word : line.substring(start).split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (!empty && margin + visible(current.toString()) + 1 + visible(word) > WIDTH) {
        margin = 0;
        lines.add(current.toString());
        current = new StringBuilder(" ".repeat(hang));
        empty = true;
      }
      if (!empty) {
        current.append(' ');
      }
      current.append(word);
      empty = false;
    }
    lines.add(current.toString());
    return lines;
  }

  /** The printed width: colour codes take no room. */
  private static int visible(String text) {
    return ANSI.matcher(text).replaceAll("").length();
  }
}
