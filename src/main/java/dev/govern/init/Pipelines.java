package dev.govern.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

  /**
   * The pipelines as files of the new repo. A fresh clone may hold a pipeline of its own already
   * (a hosting template's): that one is kept, and init says so.
   */
  static List<StarterFile> files() {
    List<StarterFile> files = new ArrayList<>();
    for (Map.Entry<String, String> file : FILES.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      files.add(new StarterFile(file.getValue(), bundled(file.getKey()), StarterFile.Merge.KEEP_EXISTING));
    }
    return files;
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
