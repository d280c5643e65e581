package dev.govern.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.govern.model.AiCommit;
import dev.govern.model.AssistantFile;
import dev.govern.model.AttributionHistory;
import dev.govern.model.AttributionMonth;
import dev.govern.model.Finding;
import dev.govern.model.FindingSeverity;
import dev.govern.model.RepositoryScan;
import dev.govern.model.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RecordCodecTest {
  static final RecordCodec<RepositoryScan> CODEC = ScanIndex.CODEC;

  /** A measurement with every component given, texts beyond ASCII and beyond 64 KiB included. */
  static RepositoryScan everything() {
    AttributionMonth month = new AttributionMonth(YearMonth.of(2026, 2), 10, 4, 100, 40, 12,
        new TreeMap<>(Map.of("trailer", 3L, "author", 1L)), new TreeMap<>(Map.of("trailer", 30L, "author", 10L)),
        new TreeMap<>(Map.of("Claude Code", 3L, "aider", 1L)));
    AttributionHistory history = new AttributionHistory("abc123", LocalDate.of(2025, 11, 30), List.of(month),
        List.of(new AiCommit("abc123", LocalDate.of(2026, 2, 3), List.of("trailer"), List.of("Claude Code"))));
    return new RepositoryScan("api", "SECRET", "Ünïcode owner 🛡", "abc123",
        List.of(new AssistantFile("CLAUDE.md", "claude-code")), List.of(".cursorignore"), List.of("CLAUDE.md"),
        List.of(new Finding("rule", FindingSeverity.WARNING, "CLAUDE.md", 3, 7, "x".repeat(70_000), "excerpt")),
        List.of(new Violation("assistant-not-allowed", "SECRET allows none")), history);
  }

  private static byte[] bytes(RepositoryScan r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(out)) {
      CODEC.write(data, r);
    }
    return out.toByteArray();
  }

  private static RepositoryScan read(byte[] bytes) throws IOException {
    return CODEC.read(new DataInputStream(new ByteArrayInputStream(bytes)));
  }

  @Test
  void aMeasurementReadsBackEqual() throws IOException {
    assertThat(read(bytes(everything()))).isEqualTo(everything());
  }

  @Test
  void absentOwnerAndHistoryReadBackAbsent() throws IOException {
    RepositoryScan bare = new RepositoryScan("a", "PUBLIC", null, "", List.of(), List.of(), List.of(), List.of(),
        List.of());
    assertThat(read(bytes(bare))).isEqualTo(bare);
  }

  @Test
  void truncatedBytesAreAnErrorNeverAValue() throws IOException {
    byte[] bytes = bytes(everything());
    for (int cut : new int[] {0, 1, bytes.length / 2, bytes.length - 1}) {
      assertThatThrownBy(() -> read(Arrays.copyOf(bytes, cut))).isInstanceOf(IOException.class);
    }
  }

  @Test
  void theShapeNamesNestedComponents() {
    assertThat(CODEC.shape()).contains("aiViolations:List<dev.govern.model.AiCommit(", "month:java.time.YearMonth",
        "severity:dev.govern.model.FindingSeverity[ERROR, WARNING]");
  }

  record WithADouble(double share) {}

  @Test
  void aComponentItCannotCarryIsRefusedUpFront() {
    assertThatThrownBy(() -> new RecordCodec<>(WithADouble.class)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("double");
  }
}
