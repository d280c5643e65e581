package dev.govern.git;

import java.io.File;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * JGit, configured to run no program: govern reads Git, it never executes what a repository (or
 * the machine) names. Left alone, JGit runs {@code git --version} and {@code git config --system}
 * to find the system configuration, and runs a repository's {@code filter.<name>.clean} command
 * from {@code .git/config} when it reads a modified tracked file — a cloned governance repo with a
 * planted config could run anything. The system configuration is taken as empty, and the working
 * tree is read as it is on disk, unfiltered.
 */
final class NoPrograms {
  private static final Object LOCK = new Object();
  private static boolean done;

  private NoPrograms() {}

  /** Idempotent; called before JGit opens a repository. */
  static void ensure() {
    synchronized (LOCK) {
      if (done) {
        return;
      }
      SystemReader.setInstance(new SystemReader.Delegate(SystemReader.getInstance()) {
        @Override
        public FileBasedConfig openSystemConfig(Config parent, FS fs) {
          return empty(parent, fs);
        }
      });
      done = true;
    }
  }

  /** A configuration that is empty and never read from disk. */
  private static FileBasedConfig empty(Config parent, FS fs) {
    return new FileBasedConfig(parent, null, fs) {
      @Override
      public void load() {
        // nothing to read
      }

      @Override
      public boolean isOutdated() {
        return false;
      }
    };
  }

  /** The working tree of {@code repo} as it is on disk: no clean filter runs on any file. */
  static FileTreeIterator workingTree(Repository repo) {
    return new Unfiltered(repo);
  }

  private static final class Unfiltered extends FileTreeIterator {
    Unfiltered(Repository repo) {
      super(repo);
    }

    private Unfiltered(Unfiltered parent, File directory, FS fs, FileModeStrategy strategy) {
      super(parent, directory, fs, strategy);
    }

    @Override
    public String getCleanFilterCommand() {
      return null;
    }

    @Override
    protected AbstractTreeIterator enterSubtree() {
      return new Unfiltered(this, getEntryFile(), fs, fileModeStrategy);
    }
  }
}
