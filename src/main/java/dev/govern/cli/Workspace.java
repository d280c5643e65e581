package dev.govern.cli;

import dev.govern.analysis.AsOf;
import dev.govern.check.BrandCheck;
import dev.govern.check.Checker;
import dev.govern.check.RepoPaths;
import dev.govern.git.GitInfo;
import dev.govern.load.GovernanceLoader;
import dev.govern.load.Loaded;
import dev.govern.load.ParseCache;
import dev.govern.load.SourceMap;
import dev.govern.model.Governance;
import dev.govern.problem.Problem;
import dev.govern.problem.Rule;
import dev.govern.problem.Visible;
import dev.govern.i18n.Messages;
import dev.govern.problem.Position;
import dev.govern.publish.pdf.FontSet;
import dev.govern.render.MessageFiles;
import dev.govern.render.PolicyImages;
import dev.govern.render.TextFields;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A governance repo opened for a command: its data loaded and checked, the as-of date resolved, and
 * its Git state read.
 *
 * @param root the governance repo's root (the folder holding {@code data/} and maybe {@code templates/})
 * @param governance present when the data could be bound, even with errors; commands that produce
 *     output also require {@link #hasErrors()} to be false
 */
record Workspace(Path root, Path dataDir, Optional<Governance> governance, List<Problem> problems, AsOf asOf,
    Optional<GitInfo> git, SourceMap sources, Optional<Messages> messages) {

  /** Opens the data, checked as {@code govern check} does, without reading the PDF's font files. */
  static Workspace open(DataOptions options, Map<String, String> env) throws RootRefused {
    return open(options, env, false);
  }

  /** A repo root govern will not read from; the message is for people (exit code USAGE). */
  static final class RootRefused extends Exception {
    private static final long serialVersionUID = 1L;

    RootRefused(String message) {
      super(message);
    }
  }

  /**
   * The governance repo root: {@code --root}, else the folder that holds the data folder. It is the
   * boundary of every read (data files, templates, assets, fonts, images), so it may not be the
   * file system root — with {@code --data /srv} that would put the whole disk inside — and an
   * explicit one must hold the data folder.
   */
  static Path root(Path dataDir, Path rootOption) throws RootRefused {
    Path data = dataDir.toAbsolutePath().normalize();
    Path root = rootOption != null ? rootOption.toAbsolutePath().normalize()
        : data.getParent() == null ? data : data.getParent();
    Path real;
    try {
      real = root.toRealPath();
    } catch (IOException e) {
      if (rootOption != null) {
        throw new RootRefused("--root " + rootOption + ": no such folder");
      }
      return root; // no data folder either: loading says so, located
    }
    if (real.getParent() == null) {
      throw new RootRefused("the governance repo root would be " + real + (rootOption != null ? ""
          : " (the folder that holds " + dataDir + ")") + ", and govern reads templates, fonts and images only from"
          + " inside the repo root: the whole file system is no boundary. Put the data folder in a folder of its own,"
          + " or name the repo root with --root DIR");
    }
    if (rootOption != null) {
      try {
        if (!data.toRealPath().startsWith(real)) {
          throw new RootRefused("--data " + dataDir + " is not inside --root " + rootOption);
        }
      } catch (IOException e) {
        // no data folder: loading says so, located
      }
    }
    return root;
  }

  /**
   * @param fonts also read the font files report.fonts names, as the PDF will (for `check` and for a
   *     build that makes the PDF)
   */
  static Workspace open(DataOptions options, Map<String, String> env, boolean fonts) throws RootRefused {
    return open(options, env, fonts, null, null);
  }

  /** As {@link #open(DataOptions, Map, boolean, String, ParseCache)}, parsing everything. */
  static Workspace open(DataOptions options, Map<String, String> env, boolean fonts, String language)
      throws RootRefused {
    return open(options, env, fonts, language, null);
  }

  /** As {@link #open(DataOptions, Map, boolean, String, ParseCache)}, in document.language. */
  static Workspace open(DataOptions options, Map<String, String> env, boolean fonts, ParseCache cache)
      throws RootRefused {
    return open(options, env, fonts, null, cache);
  }

  /**
   * @param language {@code --language}, which replaces document.language for this run; null for none
   * @param cache the files parsed by earlier opens of this folder, reused where unchanged
   *     ({@code govern serve}); null to parse everything
   * @throws UsageException when {@code language} is not a tag any bundle serves
   */
  static Workspace open(DataOptions options, Map<String, String> env, boolean fonts, String language,
      ParseCache cache)
      throws RootRefused {
    return open(options, env, fonts, language, cache, true);
  }

  /**
   * Opens the data for {@code govern scan}: checked as {@code govern check} does, but without
   * reading {@code measurements/}, which the scan replaces (the checks then see the data as before
   * a first scan).
   */
  static Workspace openForScan(DataOptions options, Map<String, String> env) throws RootRefused {
    return open(options, env, false, null, null, false);
  }

  private static Workspace open(DataOptions options, Map<String, String> env, boolean fonts, String language,
      ParseCache cache, boolean measurements)
      throws RootRefused {
    Path data = options.data.normalize();
    Path root = root(data, options.root);
    String display = data.toString().isEmpty() ? "." : data.toString().replace('\\', '/');
    Loaded loaded = measurements ? GovernanceLoader.load(data, root, display, cache)
        : GovernanceLoader.withoutMeasurements(data, root, display);
    Optional<GitInfo> git = GitInfo.of(data);
    AsOf asOf = resolveAsOf(options.asOf, env, git);
    List<Problem> problems = new ArrayList<>(loaded.problems());
    Messages[] messages = {null};
    loaded.governance().ifPresent(g -> {
      if (loaded.problems().stream().noneMatch(Problem::isError)) {
        problems.addAll(Checker.check(g, loaded.sources(), asOf.date(), RepoPaths.folder(root)));
        problems.addAll(BrandCheck.problems(g.report().brand(), loaded.sources(), root));
        problems.addAll(PolicyImages.problems(g, loaded.sources(), root));
        messages[0] = messages(g, loaded.sources(), root, language, problems);
        if (fonts) {
          List<Problem> fontFiles = fontProblems(g, loaded.sources(), root);
          problems.addAll(fontFiles);
          if (fontFiles.isEmpty() && messages[0] != null) {
            problems.addAll(undrawable(g, loaded.sources(), root, messages[0]));
          }
        }
      }
    });
    problems.sort(Problem.ORDER);
    return new Workspace(root, data, loaded.governance(), List.copyOf(problems), asOf, git, loaded.sources(),
        Optional.ofNullable(messages[0]));
  }

  /**
   * The messages of the language asked for: {@code --language}, else document.language, else English.
   * A tag no bundle serves is a usage error for {@code --language} and an error at document.language;
   * the repository's message files add their own problems, at their lines.
   */
  private static Messages messages(Governance g, SourceMap sources, Path root, String option, List<Problem> problems) {
    String tag = option != null ? option : g.document().language() != null ? g.document().language() : "en";
    MessageFiles.Loaded loaded = MessageFiles.load(root, tag);
    if (loaded.languageError() != null) {
      if (option != null) {
        throw new UsageException("--language " + Visible.escape(option) + ": " + loaded.languageError());
      }
      problems.add(Problem.error(sources.at("document/language"), "document.language: " + loaded.languageError()));
    }
    problems.addAll(loaded.problems());
    return loaded.messages();
  }

  /**
   * Text the PDF would draw as {@code #}: a character of the data or of the messages that neither
   * the bundled fonts nor report.fonts have, as an error where the text is written. openhtmltopdf
   * would say nothing, and an auditor would read a report with holes in it.
   */
  private static List<Problem> undrawable(Governance g, SourceMap sources, Path root, Messages messages) {
    FontSet fonts;
    try {
      fonts = FontSet.load(root, g.report().fonts().stream().map(Path::of).toList());
    } catch (dev.govern.publish.pdf.PdfException e) {
      return List.of(); // reported by fontProblems, at report.fonts
    }
    List<Problem> found = new ArrayList<>();
    String hint = " (add a font that has them under report.fonts in governance.yaml)";
    TextFields.walk(g, (field, source, text) -> {
      if (field.startsWith("scanRules")) {
        return; // patterns for the scanner, never printed
      }
      String missing = fonts.missing(text);
      if (!missing.isEmpty()) {
        found.add(Problem.error(sources.at(source), field + ": '" + shorten(text)
            + "' has characters no font of the PDF can draw: '" + missing + "'" + hint));
      }
    });
    for (String key : messages.keys()) {
      String missing = fonts.missing(messages.raw(key));
      if (!missing.isEmpty()) {
        found.add(Problem.error(messages.source(key).orElse(Position.startOf("templates/"
            + Messages.fileName(messages.language().bundle()))), "message '" + key + "': '" + shorten(messages.raw(key))
            + "' has characters no font of the PDF can draw: '" + missing + "'" + hint));
      }
    }
    return found;
  }

  private static String shorten(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
  }

  /**
   * The font files report.fonts names, each read and parsed as the PDF will: a wrong path is a
   * mistake in governance.yaml, reported at its line before anything is built.
   */
  private static List<Problem> fontProblems(Governance g, SourceMap sources, Path root) {
    List<Problem> found = new ArrayList<>();
    List<String> fonts = g.report().fonts();
    for (int i = 0; i < fonts.size(); i++) {
      int index = i;
      FontSet.problem(root, Path.of(fonts.get(i))).ifPresent(message ->
          found.add(Problem.error(Rule.REPORT_FONTS, sources.at("report/fonts/" + index), "report.fonts: " + message)));
    }
    return found;
  }

  static AsOf resolveAsOf(LocalDate option, Map<String, String> env, Optional<GitInfo> git) {
    if (option != null) {
      return new AsOf(option, "--as-of");
    }
    Optional<Instant> epoch = sourceDateEpoch(env);
    if (epoch.isPresent()) {
      return new AsOf(LocalDate.ofInstant(epoch.get(), ZoneOffset.UTC), "SOURCE_DATE_EPOCH");
    }
    if (git.isPresent()) {
      return new AsOf(git.get().day(), dev.govern.i18n.Said.english(dev.govern.i18n.Said.PART + "as_of_commit",
          git.get().shortCommit()));
    }
    return new AsOf(LocalDate.now(ZoneOffset.UTC), dev.govern.i18n.Said.english(dev.govern.i18n.Said.PART + "as_of_today"));
  }

  /**
   * The date documents carry (the PDF's creation date): SOURCE_DATE_EPOCH, else the last commit,
   * else the start of the as-of day — never the clock's time of day.
   */
  Instant documentDate(Map<String, String> env) {
    return sourceDateEpoch(env).or(() -> git.map(GitInfo::date))
        .orElse(asOf.date().atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** The data folder as the user named it, and as problems name their files. */
  String display() {
    String d = dataDir.toString().replace('\\', '/');
    return d.isEmpty() ? "." : d;
  }

  /**
   * The data folder's path from the top of the repository: from Git's work tree when there is one,
   * else its own name (the governance repo is its parent).
   */
  String repoPath() {
    return git.map(GitInfo::dataPath).orElseGet(() -> {
      Path name = dataDir.toAbsolutePath().normalize().getFileName();
      return name == null ? "" : name.toString();
    });
  }

  /** The largest SOURCE_DATE_EPOCH taken: the last second of 9999, as dates are written YYYY-MM-DD. */
  private static final long MAX_EPOCH = 253_402_300_799L;

  /**
   * SOURCE_DATE_EPOCH when set: ASCII digits only, as reproducible-builds.org defines it. Anything
   * else ({@code abc}, {@code 1.5}, {@code -1}, an empty value, Arabic-Indic digits) is refused
   * rather than ignored: a build that silently fell back to today's date would not be reproducible.
   *
   * @throws UsageException when it is set but malformed
   */
  static Optional<Instant> sourceDateEpoch(Map<String, String> env) {
    String epoch = env.get("SOURCE_DATE_EPOCH");
    if (epoch == null) {
      return Optional.empty();
    }
    if (!epoch.matches("[0-9]{1,12}") || Long.parseLong(epoch) > MAX_EPOCH) {
      throw new UsageException("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC"
          + " (ASCII digits only, at most " + MAX_EPOCH + "), found '" + Visible.escape(epoch) + "'; fix or unset it");
    }
    return Optional.of(Instant.ofEpochSecond(Long.parseLong(epoch)));
  }


  boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  long count(boolean errors) {
    return problems.stream().filter(p -> p.isError() == errors).count();
  }
}
