package dev.govern.init;

import dev.govern.init.StarterFile.Merge;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a new governance repo into a folder, all or nothing.
 *
 * <p>The folder may be new, empty, or a freshly created or cloned Git repository: besides
 * {@code .git} it may hold only the files hosting services and {@code git init} put there
 * ({@link #HOUSEKEEPING}). An existing file is never overwritten: a README is kept as it is, and a
 * .gitignore only gains the lines it lacks.
 *
 * <p>Everything is written into a staging folder first and moved into place with renames, so a full
 * disk, a read-only file system or a missing permission leaves nothing behind that would block a
 * retry.
 */
public final class Scaffold {
  /**
   * What may already be in the folder: what {@code git init}, {@code git clone} of a new hosted
   * repository and its templates create. Compared without regard to case; a name may carry an
   * extension ({@code README.md}, {@code LICENSE.txt}).
   */
  public static final Pattern HOUSEKEEPING = Pattern.compile("(?i)\\.git|\\.gitignore|\\.gitattributes|\\.gitmodules"
      + "|\\.mailmap|\\.github|\\.gitlab|\\.gitlab-ci\\.yml|\\.editorconfig|\\.ds_store"
      + "|(readme|license|licence|copying|notice|authors|contributing|code_of_conduct|security|codeowners)"
      + "(\\.[a-z0-9]+)?");
  private static final String STAGE = ".govern-init-";

  /** The seam where bytes reach the disk, so that tests can fill the disk or make it read-only. */
  @FunctionalInterface
  public interface Disk {
    void write(Path file, byte[] content) throws IOException;
  }

  /** Writes with {@link Files#write}, never over an existing file. */
  public static final Disk REAL_DISK = (file, content) ->
      Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

  /**
   * Why nothing was written.
   *
   * @see #refused()
   */
  public static final class InitException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean refused;

    InitException(String message, boolean refused) {
      super(message);
      this.refused = refused;
    }

    /** True when the folder is no place for a new repo; false when writing failed. */
    public boolean refused() {
      return refused;
    }
  }

  /**
   * What was done, by path inside the repo.
   *
   * @param written files created
   * @param kept files that existed and were left as they were, instead of ours
   * @param extended existing files that gained lines
   */
  public record Result(List<String> written, List<String> kept, List<String> extended) {
    public Result {
      written = List.copyOf(written);
      kept = List.copyOf(kept);
      extended = List.copyOf(extended);
    }
  }

  private final Path target;
  private final String shown;
  private final Disk disk;
  private final List<Path> created = new ArrayList<>();
  private final List<String> written = new ArrayList<>();
  private final List<String> kept = new ArrayList<>();
  private final List<String> extended = new ArrayList<>();
  private String writing;

  private Scaffold(Path dir, Disk disk) {
    this.target = dir.toAbsolutePath().normalize();
    this.shown = dir.toString().isEmpty() ? "." : dir.toString();
    this.disk = disk;
  }

  /** Writes {@code files} into {@code dir} as described above. */
  public static Result create(Path dir, List<StarterFile> files, Disk disk) throws InitException {
    return new Scaffold(dir, disk).create(files);
  }

  private Result create(List<StarterFile> files) throws InitException {
    boolean exists = checkTarget(files);
    Path stage = null;
    try {
      Path parent = exists ? target : target.getParent();
      createAncestors(parent);
      stage = Files.createDirectory(parent.resolve(exists ? STAGE + ProcessHandle.current().pid()
          : "." + target.getFileName() + STAGE + ProcessHandle.current().pid()));
      for (StarterFile file : files) {
        stageFile(stage, file);
      }
      writing = null;
      if (exists) {
        List<Path[]> replacements = new ArrayList<>();
        moveInto(stage, target, replacements);
        // Last, and each one atomic: an existing file only ever gains lines.
        for (Path[] r : replacements) {
          Files.move(r[0], r[1], StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
      } else {
        Files.move(stage, target, StandardCopyOption.ATOMIC_MOVE);
        created.add(target);
        stage = null;
      }
      return new Result(written, kept, extended);
    } catch (IOException e) {
      rollBack();
      throw new InitException("could not write the new repo in " + shown + ": " + reason(e)
          + (writing == null ? "" : " (writing " + writing + ")") + "; nothing was left behind", false);
    } finally {
      if (stage != null) {
        deleteQuietly(stage);
      }
    }
  }

  /** Refuses a folder that is no place for a new repo; returns whether it exists. */
  private boolean checkTarget(List<StarterFile> files) throws InitException {
    if (Files.isSymbolicLink(target) && !Files.exists(target)) {
      String to;
      try {
        to = Files.readSymbolicLink(target).toString();
      } catch (IOException e) {
        to = "a missing folder";
      }
      throw new InitException(shown + " is a symbolic link to " + to + ", which does not exist;"
          + " create that folder first or choose another", true);
    }
    if (Files.exists(target)) {
      if (!Files.isDirectory(target)) {
        throw new InitException(shown + " is a file, not a folder", true);
      }
      checkContents(files);
      return true;
    }
    for (Path p = target.getParent(); p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        if (!Files.isDirectory(p)) {
          throw new InitException("cannot create " + shown + ": " + p + " is a file, not a folder", true);
        }
        break;
      }
    }
    return false;
  }

  private void checkContents(List<StarterFile> files) throws InitException {
    List<String> unexpected = new ArrayList<>();
    try (Stream<Path> entries = Files.list(target)) {
      for (Path entry : entries.sorted().toList()) {
        String name = entry.getFileName().toString();
        if (name.startsWith(STAGE)) {
          deleteQuietly(entry); // left by an init that was killed
        } else if (!HOUSEKEEPING.matcher(name).matches()) {
          unexpected.add(name);
        }
      }
    } catch (IOException e) {
      throw new InitException("cannot read " + shown + ": " + reason(e), true);
    }
    for (StarterFile f : files) {
      if (f.merge() == Merge.NEW && Files.exists(target.resolve(f.path()), LinkOption.NOFOLLOW_LINKS)) {
        unexpected.add(f.path());
      }
    }
    if (unexpected.contains("data")) {
      throw new InitException(shown + " already has a data folder: it looks like a governance repo already"
          + " (`govern check --data " + Path.of(shown).resolve("data") + "` checks it); choose another folder", true);
    }
    if (!unexpected.isEmpty()) {
      String listed = String.join(", ", unexpected.subList(0, Math.min(5, unexpected.size())))
          + (unexpected.size() > 5 ? " and " + (unexpected.size() - 5) + " more" : "");
      throw new InitException(shown + " is not empty (it holds " + listed + "); choose a new or empty folder,"
          + " or a fresh Git repository (with only .git, README, LICENSE, .gitignore and the like)", true);
    }
  }

  private void createAncestors(Path parent) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path p = parent; p != null && !Files.exists(p); p = p.getParent()) {
      missing.add(0, p);
    }
    for (Path p : missing) {
      Files.createDirectory(p);
      created.add(p);
    }
  }

  private void stageFile(Path stage, StarterFile file) throws IOException {
    Path existing = target.resolve(file.path());
    byte[] content = file.content();
    switch (file.merge()) {
      case NEW -> written.add(file.path());
      case KEEP_EXISTING -> {
        String same = sameBaseName(existing);
        if (same != null) {
          kept.add(parentOf(file.path()) + same);
          return;
        }
        written.add(file.path());
      }
      case ADD_MISSING_LINES -> {
        if (Files.isRegularFile(existing)) {
          String old = Files.readString(existing, StandardCharsets.UTF_8);
          String ours = new String(content, StandardCharsets.UTF_8);
          Set<String> present = Set.copyOf(old.lines().map(String::strip).toList());
          boolean missing = ours.lines().map(String::strip)
              .anyMatch(l -> !l.isEmpty() && !l.startsWith("#") && !present.contains(l));
          if (!missing) {
            kept.add(file.path());
            return;
          }
          String separator = old.isEmpty() ? "" : old.endsWith("\n") ? "\n" : "\n\n";
          content = (old + separator + ours).getBytes(StandardCharsets.UTF_8);
          extended.add(file.path());
        } else {
          written.add(file.path());
        }
      }
      default -> throw new IllegalStateException(file.merge().toString());
    }
    Path staged = stage.resolve(file.path());
    writing = file.path();
    Files.createDirectories(staged.getParent());
    disk.write(staged, content);
  }

  /** The name of a file beside {@code file} with the same base name (README.rst for README.md), or null. */
  private static String sameBaseName(Path file) throws IOException {
    Path folder = file.getParent();
    if (!Files.isDirectory(folder)) {
      return null;
    }
    String base = baseName(file.getFileName().toString());
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(p -> p.getFileName().toString()).filter(n -> baseName(n).equals(base))
          .sorted().findFirst().orElse(null);
    }
  }

  private static String baseName(String name) {
    int dot = name.indexOf('.', 1);
    return (dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT);
  }

  private static String parentOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash + 1);
  }

  /**
   * Moves the staged tree into the existing folder: what does not exist there moves as a whole;
   * into a folder that exists (.github, say) it moves file by file. Files to extend are collected.
   */
  private void moveInto(Path from, Path to, List<Path[]> replacements) throws IOException {
    List<Path> children;
    try (Stream<Path> entries = Files.list(from)) {
      children = entries.sorted().toList();
    }
    for (Path child : children) {
      Path dest = to.resolve(child.getFileName().toString());
      if (!Files.exists(dest, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(child, dest, StandardCopyOption.ATOMIC_MOVE);
        created.add(dest);
      } else if (Files.isDirectory(child) && Files.isDirectory(dest, LinkOption.NOFOLLOW_LINKS)) {
        moveInto(child, dest, replacements);
      } else {
        replacements.add(new Path[] {child, dest});
      }
    }
  }

  /** Removes what this run created, newest first: the folder is as it was before. */
  private void rollBack() {
    for (int i = created.size() - 1; i >= 0; i--) {
      deleteQuietly(created.get(i));
    }
  }

  private static void deleteQuietly(Path root) {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // Best effort: what cannot be removed is named by the next init's "not empty" message.
    }
  }

  /** An I/O failure in words a user acts on, without Java exception names. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "a folder on the way does not exist";
    }
    String why = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
    if (why == null) {
      return "an input/output error";
    }
    String lower = why.toLowerCase(Locale.ROOT);
    if (lower.contains("read-only file system")) {
      return "the file system is read-only";
    }
    if (lower.contains("no space left")) {
      return "the disk is full";
    }
    if (lower.contains("quota")) {
      return "the disk quota is exceeded";
    }
    if (lower.contains("permission denied") || lower.contains("operation not permitted")) {
      return "permission denied";
    }
    return why;
  }
}
