package dev.govern.scan.attribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A Git repository built commit by commit with JGit, each commit at a given instant (UTC) and by a
 * given author, so that months, identities and messages are exactly what a test says.
 */
public final class HistoryRepo implements AutoCloseable {
  static final String HUMAN = "Ada Author";
  static final String HUMAN_EMAIL = "ada@example.org";

  private final Git git;
  private final Path dir;

  private HistoryRepo(Git git, Path dir) {
    this.git = git;
    this.dir = dir;
  }

  public static HistoryRepo init(Path dir) {
    try {
      return new HistoryRepo(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(), dir);
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  Repository repository() {
    return git.getRepository();
  }

  Path dir() {
    return dir;
  }

  public HistoryRepo write(String path, String text) {
    return write(path, text.getBytes(StandardCharsets.UTF_8));
  }

  HistoryRepo write(String path, byte[] bytes) {
    try {
      Path target = dir.resolve(path);
      Files.createDirectories(target.getParent());
      Files.write(target, bytes);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lines {@code prefix1} … {@code prefixN}, each ending in a newline. */
  public static String lines(String prefix, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      sb.append(prefix).append(i).append('\n');
    }
    return sb.toString();
  }

  HistoryRepo move(String from, String to) {
    try {
      Path target = dir.resolve(to);
      Files.createDirectories(target.getParent());
      Files.move(dir.resolve(from), target);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public RevCommit commit(String when, String message) {
    return commit(when, HUMAN, HUMAN_EMAIL, message);
  }

  /** Commits everything in the working tree, authored and committed by one person at {@code when}. */
  public RevCommit commit(String when, String name, String email, String message) {
    try {
      git.add().addFilepattern(".").call();
      git.add().setUpdate(true).addFilepattern(".").call();
      PersonIdent who = person(name, email, when);
      return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).setAllowEmpty(true)
          .call();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PersonIdent person(String name, String email, String when) {
    return new PersonIdent(name, email, Instant.parse(when), ZoneOffset.UTC);
  }

  HistoryRepo branch(String name) {
    try {
      git.checkout().setCreateBranch(true).setName(name).call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  HistoryRepo checkout(String name) {
    try {
      git.checkout().setName(name).call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A merge commit (never a fast-forward) of {@code branch} into the current branch. */
  RevCommit merge(String branch, String when, String message) {
    try {
      git.merge().include(git.getRepository().resolve(branch)).setFastForward(MergeCommand.FastForwardMode.NO_FF)
          .setCommit(false).call();
      PersonIdent who = person(HUMAN, HUMAN_EMAIL, when);
      return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    } catch (GitAPIException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Attaches a note to a commit on {@code ref}, as git-ai does on refs/notes/ai. */
  public HistoryRepo note(String ref, RevCommit commit, String text) {
    try {
      git.notesAdd().setNotesRef(ref).setObjectId(commit).setMessage(text).call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    git.close();
  }
}
