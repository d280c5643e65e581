package dev.govern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./govern} launcher, run by {@code sh} in a copy of the project with stand-ins for
 * {@code mvn} (which records that it ran and writes colour codes, as Maven does) and {@code java}
 * (which prints its arguments).
 */
class LauncherTest {
  @TempDir Path dir;
  private Path project;
  private Path bin;
  private Path mvnLog;

  private record Run(int code, String out, String err) {}

  private static Path script(Path file, String body) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/bin/sh\n" + body);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }

  @BeforeEach
  void project() throws IOException {
    project = dir.resolve("project");
    Files.createDirectories(project);
    Files.copy(Path.of("govern"), project.resolve("govern"));
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Files.createDirectories(project.resolve("src/main/java"));
    Files.writeString(project.resolve("src/main/java/A.java"), "class A {}");
    Files.createDirectories(project.resolve("templates"));
    Files.writeString(project.resolve("templates/page.ftlh"), "x");
    Files.createDirectories(project.resolve("data"));
    Files.writeString(project.resolve("data/risks.yaml"), "risks: []");
    bin = dir.resolve("bin");
    mvnLog = dir.resolve("mvn.log");
    script(bin.resolve("mvn"), "echo \"mvn $*\" >> '" + mvnLog + "'\nprintf '\\033[0m\\033[1mBUILD\\033[0m\\n' >&2\n"
        + "mkdir -p target && touch target/govern.jar\n");
    script(bin.resolve("java"), "echo \"java $*\"\n");
  }

  private Run run(Path launcher, Path workDir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
    pb.environment().put("PATH", bin + ":/usr/bin:/bin");
    pb.environment().put("GOVERN_CDS", "0");
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    int code = pb.start().waitFor();
    return new Run(code, Files.readString(out), Files.readString(err));
  }

  private int builds() throws IOException {
    return Files.exists(mvnLog) ? Files.readAllLines(mvnLog).size() : 0;
  }

  /** Makes {@code file} newer than the jar, as an edit after the last build would. */
  private void touchAfterTheJar(String file) throws IOException {
    Instant now = Instant.now();
    try (var all = Files.walk(project)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(p, FileTime.from(now.minusSeconds(300)));
      }
    }
    Files.setLastModifiedTime(project.resolve("target/govern.jar"), FileTime.from(now.minusSeconds(120)));
    Files.setLastModifiedTime(project.resolve(file), FileTime.from(now));
  }

  @Test
  void aBuildIntoALogHasNoControlSequences() throws Exception {
    Run r = run(project.resolve("govern"), project, "check");

    assertThat(r.code()).isZero();
    assertThat(builds()).isEqualTo(1);
    assertThat(r.err()).contains("BUILD").doesNotContain("\u001b").doesNotContain("[0m");
    assertThat(r.out()).contains("-jar " + project.resolve("target/govern.jar") + " check");
  }

  @Test
  void editingTheSampleDataDoesNotRebuild() throws Exception {
    run(project.resolve("govern"), project, "check");
    touchAfterTheJar("data/risks.yaml");

    run(project.resolve("govern"), project, "build");

    assertThat(builds()).isEqualTo(1);
  }

  @Test
  void initRebuildsForEditedDataBecauseTheJarCarriesItAsTheDefaultContent() throws Exception {
    run(project.resolve("govern"), project, "check");
    touchAfterTheJar("data/risks.yaml");

    run(project.resolve("govern"), project, "init", "somewhere");

    assertThat(builds()).isEqualTo(2);
  }

  @Test
  void editingSourcesTemplatesOrTheBuildFileRebuilds() throws Exception {
    run(project.resolve("govern"), project, "check");
    for (String file : List.of("src/main/java/A.java", "templates/page.ftlh", "pom.xml")) {
      touchAfterTheJar(file);
      run(project.resolve("govern"), project, "check");
    }

    assertThat(builds()).isEqualTo(4);
  }

  @Test
  void aLinkOnThePathRunsTheProjectsJarFromAnyFolder() throws Exception {
    Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("path")).resolve("govern"),
        project.resolve("govern"));
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));

    Run r = run(link, elsewhere, "check", "--data", "governance/data");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("-jar " + project.resolve("target/govern.jar") + " check --data governance/data");
  }

  @Test
  void aCopyBesideACopyOfTheJarRunsThatJarWithoutBuilding() throws Exception {
    Path installed = Files.createDirectories(dir.resolve("opt/govern"));
    Files.copy(project.resolve("govern"), installed.resolve("govern"));
    Files.writeString(installed.resolve("govern.jar"), "jar");

    Run r = run(installed.resolve("govern"), dir, "check");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("-jar " + installed.resolve("govern.jar") + " check");
    assertThat(builds()).isZero();
  }

  @Test
  void aFailedBuildExitsWithMavensCode() throws Exception {
    script(bin.resolve("mvn"), "echo 'compilation failed' >&2\nexit 1\n");

    Run r = run(project.resolve("govern"), project, "check");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("compilation failed");
    assertThat(r.out()).isEmpty();
  }
}
