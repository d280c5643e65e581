package dev.govern.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only GET and HEAD of the site's own files, asked for by this machine's browser. */
class ServeSafetyTest {
  @TempDir static Path dir;
  private static Served served;

  @BeforeAll
  static void start() {
    served = Served.start(Fixture.minimal(dir));
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/../data/risks.yaml", "/controls/../../data/risks.yaml", "/%2e%2e/data/risks.yaml", "/%2E%2E/data/risks.yaml",
      "/%2e%2e%2fdata%2frisks.yaml", "/..%2fdata%2frisks.yaml", "/.%2e/data/risks.yaml", "/..%5cdata%5crisks.yaml",
      "/%5c..%5cdata%5crisks.yaml", "/controls/%2e%2e/%2e%2e/data/risks.yaml", "/%252e%252e/data/risks.yaml",
      "/%c0%ae%c0%ae/data/risks.yaml", "//data/risks.yaml", "/" + "C:/Windows/win.ini", "/data/risks.yaml",
      "/etc/passwd", "/./index.html", "/index.html%00.css", "/%zz"})
  void noSpellingOfAPathOutsideTheSiteIsServed(String target) {
    String answer = served.raw("GET " + target + " HTTP/1.1");

    assertThat(answer).matches("(?s)HTTP/1\\.1 (400|404) .*").doesNotContain("likelihood:").doesNotContain("root:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"})
  void otherMethodsAreRefusedWithTheOnesAllowed(String method) {
    var answer = served.send(HttpRequest.newBuilder(URI.create(served.url("/index.html")))
        .method(method, HttpRequest.BodyPublishers.ofString("x")));

    assertThat(answer.statusCode()).isEqualTo(405);
    assertThat(answer.headers().firstValue("Allow")).hasValue("GET, HEAD");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/index.html", "/assets/style.css"})
  void headAnswersWithoutABody(String path) {
    var answer = served.send(HttpRequest.newBuilder(URI.create(served.url(path))).method("HEAD",
        HttpRequest.BodyPublishers.noBody()));

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"attacker.example", "attacker.example:80", "127.0.0.1.attacker.example"})
  void aRequestForAnotherHostIsRefused(String host) {
    String answer = served.rawWithHost("GET /index.html HTTP/1.1", host);

    assertThat(answer).startsWith("HTTP/1.1 403 ");
  }
}
