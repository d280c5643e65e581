package dev.govern.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.check.Checker;
import dev.govern.check.RepoPaths;
import dev.govern.model.Governance;
import dev.govern.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Test data folders: copies of a fixture in a temporary folder, with one file overwritten by the
 * broken content a test is about. Problems are named {@code data/…} whatever the folder, as the CLI
 * prints them for {@code --data data}.
 */
public final class Fixture {
  /** A tiny valid organisation: 1 domain, 2 controls, a 3×3 matrix, 2 risks, 2 levels, 1 KPI. */
  public static final Path MINIMAL = Path.of("src", "test", "resources", "cases", "minimal", "data");
  /** The shipped Example Corp data. */
  public static final Path SHIPPED = Path.of("data");
  /** The second organisation: Chinese/accented text, a 4×4 grid, levels from 0. */
  public static final Path SECOND = Path.of("src", "test", "resources", "orgs", "second", "data");
  /** The date the minimal fixture's evidence and reviews are fresh at. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 1, 20);

  private Fixture() {}

  /** Copies the minimal organisation to {@code dir/data} and returns that folder. */
  public static Path minimal(Path dir) {
    return copy(MINIMAL, dir);
  }

  /** Copies a data folder to {@code dir/data} and returns that folder. */
  public static Path copy(Path from, Path dir) {
    return copyTree(from, dir.resolve("data"));
  }

  /** Copies a folder tree to {@code to}; returns {@code to}. */
  public static Path copyTree(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.sorted().toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to;
  }

  /** Writes (or replaces) {@code file} in the data folder as UTF-8. */
  public static void write(Path data, String file, String text) {
    writeBytes(data, file, text.getBytes(StandardCharsets.UTF_8));
  }

  public static void writeBytes(Path data, String file, byte[] bytes) {
    try {
      Path target = data.resolve(file);
      Files.createDirectories(target.getParent());
      Files.write(target, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void delete(Path data, String file) {
    try {
      Files.delete(data.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Loaded load(Path data) {
    return GovernanceLoader.load(data, "data");
  }

  /** Every problem loading and then checking finds, as printed, at {@link #AS_OF}. */
  public static List<String> problems(Path data) {
    return problems(data, AS_OF);
  }

  /**
   * Every problem loading and checking finds, as printed. Like the CLI, the cross-file checks run
   * only when loading found no error.
   */
  public static List<String> problems(Path data, LocalDate asOf) {
    Loaded loaded = load(data);
    List<Problem> all = new ArrayList<>(loaded.problems());
    if (loaded.problems().stream().noneMatch(Problem::isError) && loaded.governance().isPresent()) {
      Path root = data.toAbsolutePath().normalize().getParent();
      all.addAll(Checker.check(loaded.governance().get(), loaded.sources(), asOf, RepoPaths.folder(root)));
    }
    return all.stream().sorted(Problem.ORDER).map(Problem::toString).toList();
  }

  /** The bound model of a folder that must load without errors. */
  public static Governance governance(Path data) {
    Loaded loaded = load(data);
    assertThat(loaded.problems()).filteredOn(Problem::isError).isEmpty();
    assertThat(loaded.governance()).isPresent();
    return loaded.governance().get();
  }
}
