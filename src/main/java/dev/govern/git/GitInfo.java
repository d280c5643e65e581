package dev.govern.git;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The current commit of the repository that holds a data folder, when there is one.
 *
 * @param commit the full commit id of HEAD
 * @param date the commit's date, in UTC
 * @param dirty whether the working tree has uncommitted changes under the data folder or the repo's
 *     templates/ folder (other untracked files in the repository do not count)
 * @param dataPath the data folder's path from the top of the work tree ({@code data}, {@code gov/data}),
 *     with forward slashes; empty when it is the top itself: what CI annotations need as their paths
 */
public record GitInfo(String commit, Instant date, boolean dirty, String dataPath) {

  public String shortCommit() {
    return commit.substring(0, 12);
  }

  public LocalDate day() {
    return LocalDate.ofInstant(date, ZoneOffset.UTC);
  }

  /** Reads HEAD of the repository around {@code dataDir}; empty outside Git or without commits. */
  public static Optional<GitInfo> of(Path dataDir) {
    NoPrograms.ensure();
    FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().setMustExist(true);
    builder.findGitDir(dataDir.toAbsolutePath().normalize().toFile());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    try (Repository repo = builder.build()) {
      ObjectId head = repo.resolve("HEAD");
      if (head == null) {
        return Optional.empty();
      }
      RevCommit commit;
      try (RevWalk walk = new RevWalk(repo)) {
        commit = walk.parseCommit(head);
      }
      boolean dirty = false;
      String dataPath = "";
      if (!repo.isBare()) {
        Path top = repo.getWorkTree().toPath().toAbsolutePath().normalize();
        String relative = top.relativize(dataDir.toAbsolutePath().normalize()).toString().replace('\\', '/');
        dataPath = relative;
        try (Git git = new Git(repo)) {
          var statusCommand = git.status().setWorkingTreeIt(NoPrograms.workingTree(repo));
          if (!relative.isEmpty()) {
            statusCommand.addPath(relative);
            // The repo's templates/ shape the outputs too: a change there is uncommitted change.
            Path templates = dataDir.toAbsolutePath().normalize().resolveSibling("templates");
            if (templates.startsWith(top)) {
              String t = top.relativize(templates).toString().replace('\\', '/');
              statusCommand.addPath(t.isEmpty() ? "." : t);
            }
          }
          Status status = statusCommand.call();
          dirty = !status.isClean();
        }
      }
      return Optional.of(new GitInfo(commit.getName(), Instant.ofEpochSecond(commit.getCommitTime()), dirty,
          dataPath));
    } catch (IOException | GitAPIException | RuntimeException e) {
      // A broken or unusual repository must never fail a build: history is optional.
      return Optional.empty();
    }
  }
}
