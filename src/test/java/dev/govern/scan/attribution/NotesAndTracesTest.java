package dev.govern.scan.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotesAndTracesTest {
  @Test
  void aGitAiNoteCountsDistinctAttestedLinesPerFile() {
    GitAiNote note = GitAiNote.parse("src/a.rs\n  0123456789abcdef 1-4,9-10\n  abc1234 3-5\n"
        + "\"docs/with space.md\"\n  fedcba9876543210 7\n---\n{\"prompts\":{}}\n");
    assertThat(note.aiLines()).isEqualTo(Map.of("src/a.rs", 7, "docs/with space.md", 1));
    assertThat(note.totalAiLines()).isEqualTo(8);
  }

  @Test
  void aGitAiNoteNamesTheAgentsOfPromptsAndSessions() {
    GitAiNote note = GitAiNote.parse("a\n  0123456 1\n---\n{\"schema_version\":\"authorship/3.0.0\","
        + "\"prompts\":{\"p\":{\"agent_id\":{\"tool\":\"claude\",\"id\":\"1\",\"model\":\"opus\"}}},"
        + "\"sessions\":{\"s_1\":{\"agent_id\":{\"tool\":\"cursor\"}}}}");
    assertThat(note.tools()).containsExactlyInAnyOrder("claude", "cursor");
  }

  @Test
  void aBrokenOrHostileNoteGivesWhatItCanAndNoMore() {
    GitAiNote note = GitAiNote.parse("a\n  0123456 1-999999999,5-2,x\n---\n{not json");
    assertThat(note.totalAiLines()).isZero();
    assertThat(note.tools()).isEmpty();
  }

  @Test
  void agentTraceCountsAiRangesAndAttributesMixedOnes() {
    AgentTrace trace = AgentTrace.parse(List.of(
        "{\"version\":\"1.0\",\"tool\":{\"name\":\"claude-code\"},\"files\":[{\"path\":\"a\",\"conversations\":"
            + "[{\"contributor\":{\"type\":\"ai\"},\"ranges\":[{\"start_line\":2,\"end_line\":5},"
            + "{\"start_line\":8,\"end_line\":8,\"contributor\":{\"type\":\"human\"}}]}]}]}",
        "not json at all",
        "{\"version\":\"0.1.0\",\"files\":[{\"conversations\":[{\"ranges\":[{\"start_line\":1,\"end_line\":9,"
            + "\"contributor\":{\"type\":\"mixed\"}}]}]}]}"));
    assertThat(trace.attributed()).isTrue();
    assertThat(trace.aiLines()).isEqualTo(4);
    assertThat(trace.tools()).containsExactly("claude-code");
  }

  @Test
  void anAllHumanTraceAttributesNothing() {
    AgentTrace trace = AgentTrace.parse(List.of("{\"files\":[{\"conversations\":[{\"ranges\":[{\"start_line\":1,"
        + "\"end_line\":3,\"contributor\":{\"type\":\"human\"}}]}]}]}"));
    assertThat(trace.attributed()).isFalse();
  }
}
