package dev.govern.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A governance repo's own {@code templates/} overrides bundled files of the same name (to brand
 * the site), but an override is untrusted: {@code ?new} and {@code ?api} fail the build, and run
 * nothing.
 */
class TemplateOverrideTest {
  @TempDir static Path shared;
  @TempDir Path repo;
  private Path data;

  @BeforeAll
  static void copyData() {
    SiteFixture.copy(SiteFixture.SECOND, shared.resolve("data"));
  }

  @BeforeEach
  void repo() {
    data = SiteFixture.copy(shared.resolve("data"), repo.resolve("data"));
  }

  @Test
  void stylesheetOverrideReplacesTheBundledOne() throws IOException {
    String brand = "/* Hànlín brand */\n:root { --brand: #7b1fa2; }\n";
    SiteFixture.write(repo.resolve("templates/assets/style.css"), brand);

    SiteFixture.Run run = SiteFixture.build(data, repo.resolve("site"));

    assertThat(run.code()).as(run.all()).isZero();
    assertThat(Files.readString(repo.resolve("site/assets/style.css"))).isEqualTo(brand);
    assertThat(repo.resolve("site/assets/govern.js")).isRegularFile();
  }

  @Test
  void pageTemplateOverrideReplacesTheBundledOne() {
    SiteFixture.write(repo.resolve("templates/site/roadmap.ftlh"), """
        <#import "layout.ftlh" as layout>
        <@layout.page title="Feuille de route" key="roadmap">
        <h1>Feuille de route · ${g.roadmap.phases?size} phases</h1>
        </@layout.page>
        """);

    SiteFixture.Run run = SiteFixture.build(data, repo.resolve("site"));

    assertThat(run.code()).as(run.all()).isZero();
    assertThat(SiteFixture.parse(repo.resolve("site/roadmap.html")).selectFirst("h1").text())
        .startsWith("Feuille de route · ");
    assertThat(SiteFixture.parse(repo.resolve("site/index.html")).selectFirst("h1").text()).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(strings = {"freemarker.template.utility.Execute", "freemarker.template.utility.ObjectConstructor",
      "freemarker.template.utility.JythonRuntime"})
  void newBuiltInFailsTheBuildAndRunsNothing(String className) {
    Path witness = repo.resolve("witness");
    SiteFixture.write(repo.resolve("templates/site/index.ftlh"),
        "<#assign x = \"" + className + "\"?new()>\n${x(\"touch " + witness.toString().replace('\\', '/') + "\")}\n");

    SiteFixture.Run run = SiteFixture.build(data, repo.resolve("site"));

    assertThat(run.code()).isEqualTo(ExitCodes.BUILD_FAILED);
    assertThat(run.err()).contains("templates/site/index.ftlh:1:").contains("not allowed").doesNotContain("\tat ");
    assertThat(witness).doesNotExist();
    assertThat(repo.resolve("site")).doesNotExist();
  }

  @Test
  void apiBuiltInFailsTheBuild() {
    SiteFixture.write(repo.resolve("templates/site/index.ftlh"),
        "<p>fine</p>\n${g?api.getClass().getName()}\n");

    SiteFixture.Run run = SiteFixture.build(data, repo.resolve("site"));

    assertThat(run.code()).isEqualTo(ExitCodes.BUILD_FAILED);
    assertThat(run.err()).contains("templates/site/index.ftlh:2:").contains("api").doesNotContain("\tat ");
    assertThat(repo.resolve("site")).doesNotExist();
  }
}
