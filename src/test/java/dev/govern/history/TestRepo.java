package dev.govern.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A real Git repository in a temporary folder, built commit by commit with JGit: a governance repo
 * with its data in {@code data/}. Commits are one day apart from 2025-01-01, by "Ada Author", so
 * dates and authors are known to the tests.
 */
public final class TestRepo implements AutoCloseable {
  /** The first commit's date; each further commit is one day later. */
  public static final Instant START = Instant.parse("2025-01-01T09:00:00Z");
  public static final String AUTHOR = "Ada Author";

  private final Git git;
  private final Path dir;
  private final Path data;
  private final Path from;
  private int commits;

  private TestRepo(Git git, Path dir, Path data, Path from) {
    this.git = git;
    this.dir = dir;
    this.data = data;
    this.from = from;
  }

  /** A new repository in {@code dir} with the minimal organisation in {@code data/}, not committed yet. */
  public static TestRepo minimal(Path dir) {
    return of(dir, Fixture.MINIMAL);
  }

  /** A new repository in {@code dir} with a copy of {@code from} in {@code data/}, not committed yet. */
  public static TestRepo of(Path dir, Path from) {
    try {
      Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
      return new TestRepo(git, dir, Fixture.copy(from, dir), from);
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  public Path dir() {
    return dir;
  }

  public Path data() {
    return data;
  }

  public Git git() {
    return git;
  }

  /** Writes a data file (path relative to {@code data/}). */
  public TestRepo write(String file, String text) {
    Fixture.write(data, file, text);
    return this;
  }

  /** Replaces the one occurrence of {@code from} in a data file; fails when it is not there exactly once. */
  public TestRepo replace(String file, String from, String to) {
    String text = read(data.resolve(file));
    assertThat(text.split(java.util.regex.Pattern.quote(from), -1)).as("'%s' in %s", from, file).hasSize(2);
    return write(file, text.replace(from, to));
  }

  /** Puts a data file back as the fixture has it. */
  public TestRepo restore(String file) {
    return write(file, read(from.resolve(file)));
  }

  public TestRepo delete(String file) {
    Fixture.delete(data, file);
    return this;
  }

  /** Moves a data file, as {@code git mv} does: the commit deletes one path and adds the other. */
  public TestRepo rename(String from, String to) {
    try {
      Path target = data.resolve(to);
      Files.createDirectories(target.getParent());
      Files.move(data.resolve(from), target);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a file outside the data folder (path relative to the repository's top). */
  public TestRepo writeOutside(String file, String text) {
    try {
      Path target = dir.resolve(file);
      Files.createDirectories(target.getParent());
      Files.writeString(target, text, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Commits everything (additions, changes, deletions); returns the commit id. */
  public String commit(String subject) {
    try {
      git.add().addFilepattern(".").call();
      git.add().setUpdate(true).addFilepattern(".").call();
      PersonIdent who = new PersonIdent(AUTHOR, "ada@example.org", dateOf(commits), ZoneOffset.UTC);
      RevCommit c = git.commit().setMessage(subject + "\n\nA body that is not the subject.").setAuthor(who)
          .setCommitter(who).setSign(false).setAllowEmpty(true).call();
      commits++;
      return c.getName();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The date of the n-th commit (from 0). */
  public static Instant dateOf(int n) {
    return START.plusSeconds(86_400L * n);
  }

  /** Tags HEAD; annotated tags get a message, as release tags usually do. */
  public TestRepo tag(String name, boolean annotated) {
    try {
      git.tag().setName(name).setAnnotated(annotated).setMessage(annotated ? "Release " + name : null)
          .setSigned(false).call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    git.close();
  }
}
