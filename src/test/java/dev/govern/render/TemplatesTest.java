package dev.govern.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Template overrides are stopped at the time limit whatever they call, and their errors name them. */
class TemplatesTest {
  @TempDir Path templates;

  @BeforeEach
  void lowerTheLimit() {
    System.setProperty(Templates.TIME_LIMIT_PROPERTY, "1");
  }

  @AfterEach
  void restoreTheLimit() {
    System.clearProperty(Templates.TIME_LIMIT_PROPERTY);
  }

  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void catastrophicRegularExpressionIsStoppedAtTheLimit() throws Exception {
    write("site/index.ftlh", "${(\"a\"?left_pad(40, \"a\") + \"!\")?matches(\"(.*a){20}b\")?c}\n");

    assertThatThrownBy(() -> Templates.create(templates).render("site/index.ftlh", Map.of()))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("site/index.ftlh took longer than 1 s and was stopped");
  }

  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void stoppedPageLeavesNoThreadRunning() throws Exception {
    write("site/index.ftlh", "${(\"a\"?left_pad(40, \"a\") + \"!\")?replace(\"(.*a){20}b\", \"x\", \"r\")}\n");
    try {
      Templates.create(templates).render("site/index.ftlh", Map.of());
    } catch (RenderException expected) {
      // the time limit
    }

    assertThat(runningTemplateThreads()).isZero();
  }

  @Test
  void syntaxErrorInAnImportedOverrideNamesTheOverrideAndFreeMarkersMessage() throws Exception {
    write("site/index.ftlh", "<#import \"lib.ftlh\" as lib>\n<p>${lib.x}</p>\n");
    write("site/lib.ftlh", "<#assign x = 1>\n\n<#if>\n");

    assertThatThrownBy(() -> Templates.create(templates).render("site/index.ftlh", Map.of()))
        .isInstanceOf(RenderException.class)
        .hasMessageStartingWith("templates/site/lib.ftlh:3:")
        .hasMessageContaining("template syntax error: ")
        .message().doesNotEndWith(": ").doesNotContain("importing failed");
  }

  @Test
  void errorsNameNoJavaClass() throws Exception {
    write("site/index.ftlh", "<p>${\"a\"?matches(\"(\")?c}</p>\n");

    assertThatThrownBy(() -> Templates.create(templates).render("site/index.ftlh", Map.of()))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("templates/site/index.ftlh:1:")
        .message().doesNotContainPattern("Exception|java\\.");
  }

  private static long runningTemplateThreads() throws InterruptedException {
    long running = 0;
    for (int i = 0; i < 50; i++) {
      running = Thread.getAllStackTraces().keySet().stream()
          .filter(t -> t.getName().equals("govern-template") && t.getState() == Thread.State.RUNNABLE)
          .count();
      if (running == 0) {
        return 0;
      }
      Thread.sleep(100);
    }
    return running;
  }

  private void write(String name, String text) throws Exception {
    Path file = templates.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
