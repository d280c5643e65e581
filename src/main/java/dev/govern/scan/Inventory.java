package dev.govern.scan;

import dev.govern.load.SourceMap;
import dev.govern.model.RepositoryEntry;
import dev.govern.problem.Problem;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.util.FS;

/**
 * The repositories {@code repositories.yaml} names, found on disk. An explicit entry wins over a
 * glob for the same folder; a glob takes every Git repository directly under its folder (bare or
 * not) and names each by its folder. A missing path or a folder that is no Git repository is an
 * error here, for {@code scan} only: {@code check} and {@code build} read committed measurements.
 */
public final class Inventory {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private Inventory() {}

  /**
   * One repository to scan.
   *
   * @param gitDir the Git directory (a bare repository, or a clone's {@code .git})
   * @param entry the index of its entry in repositories.yaml, for problems
   */
  public record Target(String id, Path gitDir, String classification, String owner, int entry) {}

  /** The targets, sorted by id, and the problems found looking for them. */
  public record Resolved(List<Target> targets, List<Problem> problems) {}

  public static Resolved resolve(List<RepositoryEntry> entries, Path root, SourceMap sources) {
    List<Problem> problems = new ArrayList<>();
    Map<Path, Target> byFolder = new LinkedHashMap<>();
    // Explicit entries first, so that a glob never takes a folder one of them names.
    for (int i = 0; i < entries.size(); i++) {
      RepositoryEntry e = entries.get(i);
      if (e.isGlob()) {
        continue;
      }
      Path dir = root.resolve(e.path()).normalize();
      String at = "repositories/" + i + "/path";
      if (!Files.isDirectory(dir)) {
        problems.add(Problem.error(sources.at(at), "repository '" + e.id() + "': no folder at " + e.path()));
        continue;
      }
      Path gitDir = gitDir(dir);
      if (gitDir == null) {
        problems.add(Problem.error(sources.at(at), "repository '" + e.id() + "': " + e.path() + " is not a Git repository"));
        continue;
      }
      byFolder.putIfAbsent(key(dir), new Target(e.id(), gitDir, e.classification(), e.owner(), i));
    }
    for (int i = 0; i < entries.size(); i++) {
      RepositoryEntry e = entries.get(i);
      if (!e.isGlob()) {
        continue;
      }
      String at = "repositories/" + i + "/path";
      int slash = e.path().lastIndexOf('/');
      Path folder = root.resolve(slash < 0 ? "." : e.path().substring(0, slash)).normalize();
      String glob = e.path().substring(slash + 1);
      if (!Files.isDirectory(folder)) {
        problems.add(Problem.error(sources.at(at), "no folder at " + (slash < 0 ? "." : e.path().substring(0, slash))));
        continue;
      }
      PathMatcher matcher = folder.getFileSystem().getPathMatcher("glob:" + glob);
      List<Path> dirs = new ArrayList<>();
      try (DirectoryStream<Path> list = Files.newDirectoryStream(folder)) {
        for (Path p : list) {
          if (Files.isDirectory(p) && matcher.matches(p.getFileName())) {
            dirs.add(p);
          }
        }
      } catch (IOException ex) {
        problems.add(Problem.error(sources.at(at), "cannot list " + folder.getFileName() + ": " + ex.getMessage()));
        continue;
      }
      dirs.sort(Comparator.comparing(p -> p.getFileName().toString()));
      for (Path dir : dirs) {
        Path gitDir = gitDir(dir);
        if (gitDir == null || byFolder.containsKey(key(dir))) {
          continue;
        }
        String id = dir.getFileName().toString();
        if (id.endsWith(".git") && id.length() > 4) {
          id = id.substring(0, id.length() - 4); // bare clones are usually NAME.git
        }
        if (!ID.matcher(id).matches()) {
          problems.add(Problem.error(sources.at(at), "the folder '" + id + "' cannot be a repository id"
              + " (letters, digits, '.', '_' or '-'): list it on its own with an id"));
          continue;
        }
        byFolder.put(key(dir), new Target(id, gitDir, e.classification(), e.owner(), i));
      }
    }
    Map<String, Target> byId = new LinkedHashMap<>();
    for (Target t : byFolder.values()) {
      Target before = byId.putIfAbsent(t.id(), t);
      if (before != null) {
        problems.add(Problem.error(sources.at("repositories/" + t.entry()), "two repositories have the id '" + t.id()
            + "' (entries " + (before.entry() + 1) + " and " + (t.entry() + 1) + "): give one an id of its own"));
      }
    }
    List<Target> targets = new ArrayList<>(byId.values());
    targets.sort(Comparator.comparing(Target::id));
    problems.sort(Problem.ORDER);
    return new Resolved(List.copyOf(targets), List.copyOf(problems));
  }

  /** The Git directory of a clone or bare repository, or null when the folder is neither. */
  static Path gitDir(Path dir) {
    java.io.File resolved = RepositoryCache.FileKey.resolve(dir.toFile(), FS.DETECTED);
    return resolved == null ? null : resolved.toPath();
  }

  private static Path key(Path dir) {
    try {
      return dir.toRealPath();
    } catch (IOException e) {
      return dir.toAbsolutePath().normalize();
    }
  }
}
