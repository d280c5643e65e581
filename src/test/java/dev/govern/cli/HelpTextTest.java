package dev.govern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Every help text, proofread: whole words from a known list, wrapped at spaces, within 80 columns. */
class HelpTextTest {
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:'[A-Za-z]+)?");
  /** A name that line breaking could cut: letters or digits joined by . : / _ - or =. */
  private static final Pattern COMPOUND = Pattern.compile("[\\w-]*\\w[.:/=_-]+\\w[\\w.:/=_-]*");

  private static List<String> helps;
  private static Set<String> known;

  /** The help of govern and of every command under it, as `govern X --help` prints it. */
  @BeforeAll
  static void render() throws IOException {
    helps = new ArrayList<>();
    addHelps(new CommandLine(new GovernCommand()), List.of());
    try (InputStream in = HelpTextTest.class.getResourceAsStream("help-words.txt")) {
      known = new TreeSet<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
    }
  }

  /** The help of {@code cli} (reached by {@code path}) and of its subcommands, nested ones too. */
  private static void addHelps(CommandLine cli, List<String> path) {
    List<String> args = new ArrayList<>(path);
    args.add("--help");
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.code()).as("%s", args).isZero();
    helps.add(r.out());
    cli.getSubcommands().forEach((name, sub) -> {
      if (!name.equals("help")) {
        List<String> deeper = new ArrayList<>(path);
        deeper.add(name);
        addHelps(sub, deeper);
      }
    });
    if (path.isEmpty()) {
      helps.add(Cli.run("help", "--help").out());
    }
  }

  /** Every description the commands declare, before any wrapping. */
  private static Stream<String> declaredTexts() {
    List<String> texts = new ArrayList<>();
    List<CommandSpec> specs = new ArrayList<>();
    collect(new CommandLine(new GovernCommand()), specs);
    for (CommandSpec spec : specs) {
      texts.addAll(List.of(spec.usageMessage().description()));
      for (ArgSpec arg : spec.args()) {
        texts.addAll(List.of(arg.description()));
      }
    }
    return texts.stream();
  }

  private static void collect(CommandLine cli, List<CommandSpec> specs) {
    specs.add(cli.getCommandSpec());
    cli.getSubcommands().values().forEach(sub -> collect(sub, specs));
  }

  @Test
  void everyWordIsInTheWordList() {
    Set<String> unknown = new TreeSet<>();
    for (String help : helps) {
      Matcher m = WORD.matcher(help);
      while (m.find()) {
        String word = m.group().toLowerCase(Locale.ROOT).replaceFirst("'s$", "");
        if (!known.contains(word)) {
          unknown.add(word);
        }
      }
    }
    assertThat(unknown).as("words in help texts that are not in help-words.txt: a typo, or a new word to add")
        .isEmpty();
  }

  @Test
  void noWordIsRepeated() {
    for (String help : helps) {
      // Column gaps separate a command from its text ("check   Check the …"); line breaks do not.
      String prose = help.replaceAll("(?m)(\\S) {2,}", "$1 | ").replaceAll("\\s*\\n\\s*", " ");
      assertThat(prose).doesNotContainPattern("(?i)\\b(\\w+) \\1\\b");
    }
  }

  @Test
  void noLineIsWiderThanEightyColumns() {
    for (String help : helps) {
      assertThat(help.lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
    }
  }

  @Test
  void namesWithDotsColonsAndHyphensAreNeverBrokenAcrossLines() {
    String all = String.join("\n", helps);
    declaredTexts().forEach(text -> {
      Matcher m = COMPOUND.matcher(text);
      while (m.find()) {
        assertThat(all).as("help text from: %s", text).contains(m.group());
      }
    });
  }

  @Test
  void theWrapOfALongSentenceBreaksOnlyAtSpaces() {
    String line = "      --since=REV          Add \"Changes since REV\" (e.g. the tag of the last audit) to the site"
        + " and the PDF. Default: report.since in governance.yaml, or file:line:column.";

    String wrapped = HelpWrap.wrap(line);

    assertThat(wrapped.replaceAll("\\s+", " ")).isEqualTo(line.replaceAll("\\s+", " "));
    assertThat(wrapped.lines()).hasSizeGreaterThan(1).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    assertThat(wrapped.lines().skip(1)).allSatisfy(l -> assertThat(l).startsWith(" ".repeat(29)));
  }
}
