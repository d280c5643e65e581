package dev.govern.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.history.TestRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a governance repo runs no program: not a clean filter its .git/config names, not the
 * {@code git} on the PATH (issue 12). Runs govern in a child JVM whose PATH starts with a fake
 * {@code git}, so that any program started is seen.
 */
class NoProgramsTest {
  @TempDir Path dir;

  @Test
  void checkOfAModifiedFilteredRepoRunsNoProgram() throws Exception {
    Path repo = dir.resolve("repo");
    Path ran = dir.resolve("ran");
    try (TestRepo r = TestRepo.minimal(repo)) {
      r.commit("Initial governance");
      Files.writeString(repo.resolve(".gitattributes"), "*.yaml filter=planted\n");
      Files.writeString(repo.resolve(".git/config"), Files.readString(repo.resolve(".git/config"))
          + "[filter \"planted\"]\n\tclean = sh -c 'echo filter >> " + ran + "; cat'\n\trequired = true\n");
      Path controls = repo.resolve("data/controls/core.yaml");
      Files.writeString(controls, Files.readString(controls) + "# changed after the commit\n");
    }
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path git = bin.resolve("git");
    Files.writeString(git, "#!/bin/sh\necho git \"$@\" >> " + ran + "\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(git, PosixFilePermissions.fromString("rwxr-xr-x"));

    Process p = govern(bin, "check", "--data", repo.resolve("data").toString(), "--as-of", "2026-01-10");

    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(ran).as("a program was run").doesNotExist();
  }

  private static Process govern(Path bin, String... args) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String[] command = new String[args.length + 4];
    command[0] = java;
    command[1] = "-cp";
    command[2] = System.getProperty("java.class.path");
    command[3] = "dev.govern.cli.Main";
    System.arraycopy(args, 0, command, 4, args.length);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    return pb.start();
  }
}
