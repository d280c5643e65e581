package dev.govern.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.cli.GovernCommand;
import dev.govern.load.Fixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command: its port, how it stops, and what it leaves out of a built site. */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void aPortInUseIsAClearErrorNamingThePort() throws IOException {
    Path data = Fixture.minimal(dir);
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(PreviewServer.loopback(), 0));
      int port = taken.getLocalPort();
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();

      int code = GovernCommand.run(new String[] {"serve", "--data", data.toString(), "--port", Integer.toString(port)},
          new PrintWriter(out), new PrintWriter(err), Map.of());

      assertThat(code).isEqualTo(3);
      assertThat(err.toString()).contains("127.0.0.1:" + port).contains("in use").contains("--port");
      assertThat(out.toString()).doesNotContain("Serving");
    }
  }

  @Test
  void aPortOutOfRangeIsAWrongCommandLine() {
    StringWriter err = new StringWriter();

    int code = GovernCommand.run(new String[] {"serve", "--data", Fixture.minimal(dir).toString(), "--port", "70000"},
        new PrintWriter(new StringWriter()), new PrintWriter(err), Map.of());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--port must be from 0 to 65535");
  }

  @Test
  void stoppingClosesThePortAndExitsCleanly() throws IOException {
    Served served = Served.start(Fixture.minimal(dir));
    int port = served.port();

    assertThat(served.stop()).isZero();
    assertThat(served.out()).contains("Stopped.");
    try (ServerSocket again = new ServerSocket()) {
      again.bind(new InetSocketAddress(PreviewServer.loopback(), port));
    }
  }

  @Test
  void dataWithErrorsAtTheStartIsServedAsItsProblemsUntilFixed() {
    Path data = Fixture.minimal(dir);
    Fixture.write(data, "risks.yaml", "risks: [\n");
    try (Served served = Served.start(data)) {
      assertThat(served.get("/index.html").statusCode()).isEqualTo(503);
      try (Served.Events events = served.listen("/index.html", PreviewServer.ERROR_PAGE)) {
        assertThat(events.next()).first().isEqualTo("event: problems");

        served.write("risks.yaml", "risks: []\n");

        assertThat(events.next()).contains("event: reload");
        assertThat(served.get("/index.html").statusCode()).isEqualTo(200);
      }
    }
  }

  @Test
  void anAssetLinkedFromOutsideTheRepoIsNeverServed() throws IOException {
    Path data = Fixture.minimal(dir.resolve("repo"));
    Path secret = Files.writeString(dir.resolve("secret.css"), "/* outside the repo */", StandardCharsets.UTF_8);
    Path assets = Files.createDirectories(dir.resolve("repo/templates/assets"));
    Files.createSymbolicLink(assets.resolve("leak.css"), secret);
    try (Served served = Served.start(data)) {
      assertThat(served.get("/assets/leak.css").statusCode()).isNotEqualTo(200);
      assertThat(served.text("/assets/leak.css")).doesNotContain("outside the repo");
      assertThat(served.out()).contains("templates/assets/leak.css: links to a place outside the governance repository");
    }
  }

  @Test
  void aBuiltSiteNeverContainsTheLiveReloadScript() throws IOException {
    Path data = Fixture.minimal(dir);
    Path site = dir.resolve("site");

    int code = GovernCommand.run(new String[] {"build", "--data", data.toString(), "--out", site.toString(), "--no-pdf"},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of());

    assertThat(code).isZero();
    String script = new String(dev.govern.bundle.Bundle.read("dev/govern/serve/live.js").orElseThrow(),
        StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.walk(site)) {
      List<Path> all = files.filter(Files::isRegularFile).toList();
      assertThat(all).isNotEmpty();
      for (Path file : all) {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        assertThat(text).as("%s", file).doesNotContain("__govern").doesNotContain("EventSource")
            .doesNotContain(script.substring(0, 80));
      }
    }
  }

  @Test
  void aRootThatDoesNotHoldTheDataIsRefusedAsBuildRefusesIt() throws IOException {
    Path data = Fixture.minimal(dir.resolve("repo"));
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = GovernCommand.run(new String[] {"serve", "--data", data.toString(), "--root", elsewhere.toString(),
        "--port", "0"}, new PrintWriter(out), new PrintWriter(err), Map.of());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("govern serve: --data " + data + " is not inside --root " + elsewhere);
    assertThat(out.toString()).doesNotContain("Serving");
  }

  @Test
  void aMissingDataFolderIsSaidPlainlyBeforeServing() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = GovernCommand.run(new String[] {"serve", "--data", dir.resolve("nothing").toString(), "--port", "0"},
        new PrintWriter(out), new PrintWriter(err), Map.of());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("govern serve: there is no governance data folder at");
    assertThat(out.toString()).doesNotContain("Serving");
  }

  @Test
  void templatesLinkedFromOutsideTheRepoAreAProblemNotUsed() throws IOException {
    Path data = Fixture.minimal(dir.resolve("repo"));
    Path outside = Files.createDirectories(dir.resolve("outside/site"));
    Files.writeString(outside.resolve("index.ftlh"), "planted outside the repo", StandardCharsets.UTF_8);
    Files.createSymbolicLink(dir.resolve("repo/templates"), dir.resolve("outside"));
    try (Served served = Served.start(data)) {
      assertThat(served.get("/index.html").statusCode()).isEqualTo(503);
      assertThat(served.text("/index.html")).doesNotContain("planted outside the repo");
      assertThat(served.out()).contains("templates/ links to a folder outside the governance repository");
    }
  }

  @Test
  void theServedPdfIsTheOneBuildWritesProvenanceAndAttachmentsIncluded() throws IOException {
    Path data = Fixture.minimal(dir.resolve("repo"));
    Path site = dir.resolve("site");
    int code = GovernCommand.run(new String[] {"build", "--data", data.toString(), "--out", site.toString(),
        "--as-of", Served.AS_OF}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        Map.of("SOURCE_DATE_EPOCH", "1764028800"));
    assertThat(code).isZero();
    byte[] built = Files.readAllBytes(site.resolve("governance-report.pdf"));

    try (Served served = Served.start(data)) {
      byte[] pdf = served.get("/governance-report.pdf").body();

      assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("/AF").contains("govern:dataDigest");
      assertThat(pdf).isEqualTo(built);
    }
  }
}
