package dev.govern.cli;

import dev.govern.analysis.AsOf;
import dev.govern.check.BrandCheck;
import dev.govern.check.Checker;
import dev.govern.git.GitInfo;
import dev.govern.load.GovernanceLoader;
import dev.govern.load.Loaded;
import dev.govern.load.SourceMap;
import dev.govern.model.Governance;
import dev.govern.problem.Problem;
import dev.govern.publish.pdf.FontSet;
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
    Optional<GitInfo> git) {

  /** Opens the data, checked as {@code govern check} does, without reading the PDF's font files. */
  static Workspace open(Path dataDir, LocalDate asOfOption, Map<String, String> env) {
    return open(dataDir, asOfOption, env, false);
  }

  /**
   * @param fonts also read the font files report.fonts names, as the PDF will (for `check` and for a
   *     build that makes the PDF)
   */
  static Workspace open(Path dataDir, LocalDate asOfOption, Map<String, String> env, boolean fonts) {
    Path data = dataDir.normalize();
    String display = data.toString().isEmpty() ? "." : data.toString().replace('\\', '/');
    Loaded loaded = GovernanceLoader.load(data, display);
    Optional<GitInfo> git = GitInfo.of(data);
    AsOf asOf = resolveAsOf(asOfOption, env, git);
    List<Problem> problems = new ArrayList<>(loaded.problems());
    Path absolute = data.toAbsolutePath().normalize();
    Path root = absolute.getParent() == null ? absolute : absolute.getParent();
    loaded.governance().ifPresent(g -> {
      if (loaded.problems().stream().noneMatch(Problem::isError)) {
        problems.addAll(Checker.check(g, loaded.sources(), asOf.date()));
        problems.addAll(BrandCheck.problems(g.report().brand(), loaded.sources(), root));
        if (fonts) {
          problems.addAll(fontProblems(g, loaded.sources(), root));
        }
      }
    });
    problems.sort(Problem.ORDER);
    return new Workspace(root, data, loaded.governance(), List.copyOf(problems), asOf, git);
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
          found.add(Problem.error(sources.at("report/fonts/" + index), "report.fonts: " + message)));
    }
    return found;
  }

  static AsOf resolveAsOf(LocalDate option, Map<String, String> env, Optional<GitInfo> git) {
    if (option != null) {
      return new AsOf(option, "--as-of");
    }
    String epoch = env.get("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.matches("\\d{1,12}")) {
      return new AsOf(LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch)), ZoneOffset.UTC),
          "SOURCE_DATE_EPOCH");
    }
    if (git.isPresent()) {
      return new AsOf(git.get().day(), "date of the last commit " + git.get().shortCommit());
    }
    return new AsOf(LocalDate.now(ZoneOffset.UTC), "today");
  }

  /**
   * The date documents carry (the PDF's creation date): SOURCE_DATE_EPOCH, else the last commit,
   * else the start of the as-of day — never the clock's time of day.
   */
  Instant documentDate(Map<String, String> env) {
    String epoch = env.get("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.matches("\\d{1,12}")) {
      return Instant.ofEpochSecond(Long.parseLong(epoch));
    }
    return git.map(GitInfo::date).orElse(asOf.date().atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  long count(boolean errors) {
    return problems.stream().filter(p -> p.isError() == errors).count();
  }
}
