package dev.govern.scan.attribution;

import dev.govern.load.AttributionSignaturesBinder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AttributorTest {
  private final Attributor attributor = new Attributor(AttributionSignaturesBinder.bundled());

  private Set<Attribution> byHuman(String message) {
    return attributor.of(message, "Ada Author", "ada@example.org", "Ada Author", "ada@example.org");
  }

  private Set<Attribution> byAuthor(String name, String email) {
    return attributor.of("Change\n\nBody.", name, email, "GitHub", "noreply@github.com");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Co-Authored-By: Claude <noreply@anthropic.com>",
      "Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>",
      "Co-authored-by: Claude Sonnet 4 <NoReply@Anthropic.com>",
      "co-authored-by: Copilot <223556219+Copilot@users.noreply.github.com>",
      "Co-authored-by: Copilot <copilot@github.com>",
      "Co-authored-by: Cursor <cursoragent@cursor.com>",
      "Co-authored-by: aider (openai/gpt-4.1) <aider@aider.chat>",
      "Co-authored-by: Codex <noreply@openai.com>",
      "Co-authored-by: claude[bot] <209825114+claude[bot]@users.noreply.github.com>",
      "Co-authored-by: copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>",
      "Assisted-by: Claude:claude-3-opus coccinelle sparse",
      "ASSISTED-BY: gpt-5:openai",
      "Made-with: Cursor",
      "made-with: cursor"})
  void eachTrailerFormInTheLastParagraphCounts(String trailer) {
    assertThat(byHuman("Subject\n\nBody text.\n\n" + trailer)).extracting(Attribution::signal)
        .containsOnly(Signal.TRAILER);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Co-authored-by: Sam Person <sam@anthropic.com>",
      "Co-authored-by: Claude Shannon <claude@example.org>",
      "Co-authored-by: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>",
      "Signed-off-by: Ada Author <ada@example.org>",
      "Made-with: Vim",
      "Reviewed-by: Copilot"})
  void lookAlikesDoNotCount(String trailer) {
    assertThat(byHuman("Subject\n\nBody text.\n\n" + trailer)).isEmpty();
  }

  @Test
  void aTrailerInAMiddleParagraphDoesNotCount() {
    assertThat(byHuman("Squash (#12)\n\n* part one\n\nCo-authored-by: Claude <noreply@anthropic.com>\n\n"
        + "* part two\n\nSigned-off-by: Ada Author <ada@example.org>")).isEmpty();
  }

  @Test
  void aSubjectThatLooksLikeATrailerDoesNotCount() {
    assertThat(byHuman("Co-authored-by: Claude <noreply@anthropic.com>")).isEmpty();
  }

  @Test
  void theGeneratedWithLineCountsAboveTheTrailersButNotInTheMiddle() {
    assertThat(byHuman("Fix\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\n"
        + "Signed-off-by: Ada Author <ada@example.org>")).extracting(Attribution::signal)
        .containsExactly(Signal.MESSAGE);
    assertThat(byHuman("Squash\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\n"
        + "More text after it.\n\nSigned-off-by: Ada Author <ada@example.org>")).isEmpty();
  }

  @Test
  void aiderMarksTheAuthorName() {
    assertThat(byAuthor("Ada Author (aider)", "ada@example.org")).extracting(Attribution::tool)
        .containsExactly("aider");
  }

  @ParameterizedTest
  @ValueSource(strings = {"copilot-swe-agent[bot]", "claude[bot]", "cursor[bot]", "devin-ai-integration[bot]"})
  void agentBotsCountAsAuthors(String bot) {
    assertThat(byAuthor(bot, "bot@users.noreply.github.com")).extracting(Attribution::signal)
        .containsExactly(Signal.AUTHOR);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dependabot[bot]", "github-actions[bot]", "renovate[bot]"})
  void automationBotsNeverCount(String bot) {
    assertThat(byAuthor(bot, "bot@users.noreply.github.com")).isEmpty();
  }

  @Test
  void assistedByNamesTheAgentAsTheTool() {
    assertThat(byHuman("Fix\n\nAssisted-by: Claude:claude-opus-4-5 coccinelle")).extracting(Attribution::tool)
        .containsExactly("Claude");
  }
}
