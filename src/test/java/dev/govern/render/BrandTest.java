package dev.govern.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.brand reaches the site without copying a template: the logo in the header, the colours
 * through the stylesheets' variables; and an override's asset() resolves in the site or stops the
 * build naming its template and line.
 */
class BrandTest {
  @TempDir Path repo;

  private Path data() throws Exception {
    Path data = SiteFixture.copy(SiteFixture.SHIPPED, repo.resolve("data"));
    Files.writeString(data.resolve("governance.yaml"), Files.readString(data.resolve("governance.yaml"))
        + "  brand:\n    logo: branding/logo.svg\n    primary: \"#6A1B9A\"\n    accent: \"#ad1457\"\n");
    SiteFixture.write(repo.resolve("branding/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 4\"/>");
    return data;
  }

  @Test
  void brandColoursAndLogoReachEveryPage() throws Exception {
    SiteFixture.Run run = SiteFixture.build(data(), repo.resolve("site"));

    assertThat(run.code()).as(run.all()).isZero();
    assertThat(repo.resolve("site/assets/brand/logo.svg")).hasSameBinaryContentAs(repo.resolve("branding/logo.svg"));
    for (Path page : SiteFixture.htmlPages(repo.resolve("site"))) {
      Document doc = SiteFixture.parse(page);
      assertThat(doc.select("head style").html()).as(page.toString())
          .contains("--brand: #6a1b9a", "--accent: #ad1457", "--brand-ink: #ffffff");
      assertThat(Path.of(java.net.URI.create(doc.selectFirst("header .brand img.logo").absUrl("src"))))
          .isEqualTo(repo.resolve("site/assets/brand/logo.svg"));
    }
  }

  @Test
  void anOverridesAssetResolvesInTheSite() throws Exception {
    Path data = data();
    SiteFixture.write(repo.resolve("templates/assets/seal.png"), "png");
    String layout = new String(getClass().getResourceAsStream("/templates/site/layout.ftlh").readAllBytes());
    SiteFixture.write(repo.resolve("templates/site/layout.ftlh"),
        layout.replace("<#nested>", "<img src=\"${asset('seal.png')}\" alt=\"Seal\"><#nested>"));

    SiteFixture.Run run = SiteFixture.build(data, repo.resolve("site"));

    assertThat(run.code()).as(run.all()).isZero();
    Document page = SiteFixture.parse(repo.resolve("site/controls/index.html"));
    assertThat(Path.of(java.net.URI.create(page.selectFirst("img[alt=Seal]").absUrl("src"))))
        .isEqualTo(repo.resolve("site/assets/seal.png"));
  }

  @Test
  void aMissingAssetStopsTheBuildNamingTemplateAndLine() throws Exception {
    Path data = data();
    SiteFixture.write(repo.resolve("templates/site/roadmap.ftlh"),
        "<#import \"layout.ftlh\" as layout>\n<@layout.page title=\"Roadmap\" key=\"roadmap\">\n"
            + "<img src=\"${asset('missing.png')}\" alt=\"\">\n</@layout.page>\n");

    SiteFixture.Run run = SiteFixture.build(data, repo.resolve("site"));

    assertThat(run.code()).isEqualTo(dev.govern.cli.ExitCodes.BUILD_FAILED);
    assertThat(run.err()).contains("templates/site/roadmap.ftlh:3:", "asset 'missing.png' is neither in templates/assets/ nor bundled");
  }

  @Test
  void printStylesheetVariablesAreResolvedForThePdfRenderer() {
    String css = ":root { --brand: #0d3b66; }\nh1 { color: var(--brand); border: 1pt solid var(--brand); }\n"
        + ":root { --brand: #6a1b9a; }\np { color: var(--ink, #111111); }";
    assertThat(CssVariables.resolve(css)).doesNotContain(":root", "var(")
        .contains("h1 { color: #6a1b9a; border: 1pt solid #6a1b9a; }", "p { color: #111111; }");
  }
}
