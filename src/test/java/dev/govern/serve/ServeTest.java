package dev.govern.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.load.Fixture;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govern serve} on the minimal organisation: what it serves, and how a save reaches open pages. */
class ServeTest {
  @TempDir Path dir;
  private Served served;

  @BeforeEach
  void start() {
    served = Served.start(Fixture.minimal(dir));
  }

  @AfterEach
  void stop() {
    served.close();
  }

  @Test
  void servesSitePagesWithTheLiveReloadScript() {
    HttpResponse<byte[]> page = served.get("/controls/C-1.html");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(new String(page.body(), StandardCharsets.UTF_8))
        .contains("First control")
        .contains("<script src=\"/__govern/live.js\" data-page-hash=\"");
  }

  @Test
  void aPageWithAChartDrawsItWhenServed() {
    assertThat(served.text("/index.html")).contains("<svg");
  }

  @Test
  void assetsHaveTheirContentTypeAndNoPageHasACachingHeaderThatHidesAChange() {
    HttpResponse<byte[]> css = served.get("/assets/style.css");

    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    assertThat(css.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(css.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(served.get("/").headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  @Test
  void aPolicyImageIsServedWhereTheBuiltSitePublishesIt() throws Exception {
    byte[] png = dev.govern.cli.PolicyImagesTest.png(8, 4);
    java.nio.file.Files.createDirectories(served.data().resolve("policies/img"));
    java.nio.file.Files.write(served.data().resolve("policies/img/flow.png"), png);
    int before = served.builds();
    served.write("policies/use.md", served.read("policies/use.md") + "\n![Flow](img/flow.png)\n");
    served.awaitBuilds(before + 1);

    HttpResponse<byte[]> image = served.get("/media/data/policies/img/flow.png");

    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(image.body()).isEqualTo(png);
    assertThat(served.text("/policies/POL-1.html")).contains("<img src=\"../media/data/policies/img/flow.png\"");
  }

  @Test
  void aSavedChangeReloadsTheOpenPageWithItsNewValue() {
    String hash = served.hash("/controls/C-1.html");
    try (Served.Events events = served.listen("/controls/C-1.html", hash)) {
      served.write("controls/core.yaml", served.read("controls/core.yaml").replace("First control", "Renamed control"));

      assertThat(events.next()).contains("event: reload");
      assertThat(served.text("/controls/C-1.html")).contains("Renamed control").doesNotContain("First control");
    }
  }

  @Test
  void aPageWhoseHtmlDidNotChangeIsNotReloaded() {
    String hash = served.hash("/controls/C-2.html");
    try (Served.Events events = served.listen("/controls/C-2.html", hash)) {
      int before = served.builds();
      // Only C-1's evidence changes: C-2's page shows nothing of it.
      served.write("controls/core.yaml", served.read("controls/core.yaml").replace("Review log", "Review minutes"));
      served.awaitBuilds(before + 1);

      assertThat(events.poll(Duration.ofMillis(300))).isNull();
      assertThat(served.hash("/controls/C-2.html")).isEqualTo(hash);
    }
  }

  @Test
  void brokenDataShowsItsProblemsWithFileAndLineOverTheLastGoodSiteUntilFixed() {
    String good = served.read("risks.yaml");
    try (Served.Events events = served.listen("/index.html", served.hash("/index.html"))) {
      served.write("risks.yaml", good.replaceFirst("likelihood: \\w+", "likelihood: sometimes <b>"));

      List<String> problems = events.next();
      assertThat(problems.get(0)).isEqualTo("event: problems");
      assertThat(problems).anyMatch(l -> l.matches("data: .*data/risks\\.yaml:\\d+:\\d+: error: .*sometimes <b>.*"));
      assertThat(served.get("/index.html").statusCode()).as("the last good site stays served").isEqualTo(200);

      served.write("risks.yaml", good);
      assertThat(events.next()).containsAnyOf("event: ok", "event: reload");
    }
  }

  @Test
  void aTemplateErrorOnAnOpenPageShowsWhereItIsUntilFixed() throws IOException {
    try (Served.Events events = served.listen("/controls/C-1.html", served.hash("/controls/C-1.html"))) {
      Path site = Files.createDirectories(dir.resolve("templates/site"));
      Files.writeString(site.resolve("control.ftlh"), "<#import \"../shared/macros.ftlh\" as m>\n${control.nope}\n");

      List<String> problems = events.next();
      assertThat(problems.get(0)).isEqualTo("event: problems");
      assertThat(problems).anyMatch(l -> l.startsWith("data: templates/site/control.ftlh:2:"));

      Files.delete(site.resolve("control.ftlh"));
      assertThat(events.next()).containsAnyOf("event: ok", "event: reload");
    }
  }

  @Test
  void thePdfIsMadeOnRequestAndKeptUntilTheDataChanges() {
    HttpResponse<byte[]> first = served.get("/governance-report.pdf");
    HttpResponse<byte[]> again = served.get("/governance-report.pdf");

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(first.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(again.body()).isEqualTo(first.body());
    int before = served.builds();
    served.write("controls/core.yaml", served.read("controls/core.yaml").replace("First control", "Renamed control"));
    served.awaitBuilds(before + 1);
    assertThat(served.get("/governance-report.pdf").body()).isNotEqualTo(first.body());
  }

  @Test
  void aFolderRedirectsToItsIndexAndNoFolderIsListed() {
    HttpResponse<byte[]> folder = served.get("/controls");

    assertThat(folder.statusCode()).isEqualTo(301);
    assertThat(folder.headers().firstValue("Location")).hasValue("/controls/");
    assertThat(served.get("/controls/").statusCode()).isEqualTo(200);
    assertThat(served.get("/assets/").statusCode()).isEqualTo(404);
    assertThat(served.text("/assets/")).doesNotContain("style.css");
  }

  @Test
  void aMissingPageIsNotFound() {
    HttpResponse<byte[]> missing = served.get("/controls/no-such-control.html");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(new String(missing.body(), StandardCharsets.UTF_8)).contains("/controls/no-such-control.html");
  }
}
