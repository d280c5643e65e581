package dev.govern.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ready-made CI pipelines a new repo gets, one for GitHub Actions and one for GitLab CI/CD; the
 * user deletes the one they do not use.
 */
public final class Pipelines {
  /** Bundled resource → path in the new repo. */
  public static final Map<String, String> FILES = Map.of(
      "github-workflow.yml", ".github/workflows/governance.yml",
      "gitlab-ci.yml", ".gitlab-ci.yml");

  private Pipelines() {}

  static List<Path> write(Path dir) throws IOException {
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, String> file : FILES.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      Path target = dir.resolve(file.getValue());
      Files.createDirectories(target.getParent());
      Files.write(target, bundled(file.getKey()));
      written.add(target);
    }
    return written;
  }

  /** A bundled pipeline file's bytes. */
  public static byte[] bundled(String name) {
    try (InputStream in = Pipelines.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the pipeline " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
