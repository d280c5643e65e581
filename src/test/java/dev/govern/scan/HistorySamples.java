package dev.govern.scan;

import dev.govern.scan.attribution.HistoryRepo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Example Corp's sample repositories with a year of history (December 2025 to November 2026), for
 * the AI attribution figures of the shipped measurements. Written by {@link SampleRepositories}
 * beside the others; every date, name and message is fixed, so the commit ids are the same on every
 * machine.
 */
final class HistorySamples {
  static final String[] MONTHS = {"2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06",
      "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"};
  static final String CLAUDE = "🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\n"
      + "Co-Authored-By: Claude Sonnet 4.5 <noreply@anthropic.com>";

  private HistorySamples() {}

  /** The repositories written once per test run, then copied: building them commit by commit is slow. */
  private static Path written;

  static synchronized void write(Path repos) {
    try {
      if (written == null) {
        Path dir = Files.createTempDirectory("govern-history-samples");
        checkoutService(dir.resolve("checkout-service"));
        storefrontWeb(dir.resolve("storefront-web"));
        platformInfra(dir.resolve("platform-infra"));
        ledgerCore(dir.resolve("ledger-core"));
        written = dir;
      }
      for (String name : new String[] {"checkout-service", "storefront-web", "platform-infra", "ledger-core"}) {
        dev.govern.load.Fixture.copyTree(written.resolve(name), repos.resolve(name));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String at(String month, int day) {
    return month + "-" + String.format("%02d", day) + "T10:00:00Z";
  }

  private static void append(Path repo, String file, int lines, String tag) {
    try {
      Path p = repo.resolve(file);
      Files.createDirectories(p.getParent());
      StringBuilder sb = new StringBuilder();
      for (int n = 1; n <= lines; n++) {
        sb.append(tag).append(" line ").append(n).append('\n');
      }
      Files.writeString(p, sb, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HistoryRepo start(Path dir, String name) {
    HistoryRepo r = HistoryRepo.init(dir);
    append(dir, "README.md", 3, name);
    r.commit("2025-11-10T10:00:00Z", "Dana Reyes", "dana@example.com", "Start " + name);
    return r;
  }

  /** Claude Code, used a little more each month. */
  private static void checkoutService(Path dir) {
    try (HistoryRepo r = start(dir, "checkout-service")) {
      // CONFIDENTIAL asks for the ignore file of every allowed tool that honours one.
      r.write(".cursorignore", ".env\nsecrets/\n").commit("2025-11-11T10:00:00Z", "Dana Reyes", "dana@example.com",
          "Keep secrets from Cursor");
      for (int m = 0; m < MONTHS.length; m++) {
        for (int i = 0; i < 10; i++) {
          append(dir, "src/checkout/module" + i % 4 + ".py", i + 2, MONTHS[m] + "-" + i);
          String message = "Checkout change " + MONTHS[m] + "/" + i;
          if (i < 1 + m / 2) {
            message += "\n\nValidate the amount before the ledger call.\n\n" + CLAUDE;
          }
          r.commit(at(MONTHS[m], i * 2 + 1), "Sam Okafor", "sam@example.com", message);
        }
      }
    }
  }

  /** Cursor and Copilot trailers, Copilot's agent, and look-alikes that do not count. */
  private static void storefrontWeb(Path dir) {
    try (HistoryRepo r = start(dir, "storefront-web")) {
      for (String month : MONTHS) {
        for (int i = 0; i < 8; i++) {
          append(dir, "web/page" + i % 3 + ".tsx", i + 1, month + "-" + i);
          String when = at(month, i * 2 + 2);
          switch (i) {
            case 0 -> r.commit(when, "Lee Park", "lee@example.com", "Checkout layout\n\n"
                + "Co-authored-by: Cursor <cursoragent@cursor.com>");
            case 1 -> r.commit(when, "Lee Park", "lee@example.com", "Product grid\n\nMade-with: Cursor");
            case 2 -> r.commit(when, "Lee Park", "lee@example.com", "Search box\n\n"
                + "co-authored-by: Copilot <223556219+Copilot@users.noreply.github.com>");
            case 3 -> r.commit(when, "copilot-swe-agent[bot]", "198982749+Copilot@users.noreply.github.com",
                "Fix flaky cart test");
            case 4 -> r.commit(when, "dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com",
                "Bump react");
            case 5 -> r.commit(when, "Lee Park", "lee@example.com", "Squashed: header (#" + i + ")\n\n* Header\n\n"
                + "Co-authored-by: Cursor <cursoragent@cursor.com>\n\n* Review fixes\n\n"
                + "Signed-off-by: Lee Park <lee@example.com>");
            default -> r.commit(when, "Lee Park", "lee@example.com", "Storefront change " + month + "/" + i);
          }
        }
      }
    }
  }

  /** aider, git-ai notes and Agent Trace records. */
  private static void platformInfra(Path dir) {
    try (HistoryRepo r = start(dir, "platform-infra")) {
      for (String month : MONTHS) {
        for (int i = 0; i < 6; i++) {
          append(dir, "terraform/stack" + i % 2 + ".tf", i + 3, month + "-" + i);
          String when = at(month, i * 3 + 1);
          switch (i) {
            case 0 -> r.commit(when, "Ira Novak (aider)", "ira@example.com", "Tighten security groups\n\n"
                + "Co-authored-by: aider (anthropic/claude-sonnet-4-5) <aider@aider.chat>");
            case 1 -> r.note("refs/notes/ai", r.commit(when, "Ira Novak", "ira@example.com", "Rotate state bucket keys"),
                "terraform/stack1.tf\n  1f2e3d4c5b6a7980 1-3\n---\n{\"schema_version\":\"authorship/3.0.0\","
                    + "\"prompts\":{\"1f2e3d4c5b6a7980\":{\"agent_id\":{\"tool\":\"claude-code\",\"id\":\"s1\","
                    + "\"model\":\"claude-sonnet-4-5\"},\"human_author\":\"Ira Novak\",\"total_additions\":4,"
                    + "\"total_deletions\":0,\"accepted_lines\":3,\"overriden_lines\":0}}}\n");
            case 2 -> {
              append(dir, ".agent-trace/traces.jsonl", 0, "");
              try {
                Files.writeString(dir.resolve(".agent-trace/traces.jsonl"), "{\"version\":\"0.1.0\",\"id\":\"" + month
                    + "\",\"timestamp\":\"" + when + "\",\"tool\":{\"name\":\"opencode\"},\"files\":[{\"path\":"
                    + "\"terraform/stack0.tf\",\"conversations\":[{\"contributor\":{\"type\":\"ai\"},\"ranges\":"
                    + "[{\"start_line\":1,\"end_line\":2}]}]}]}\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              r.commit(when, "Ira Novak", "ira@example.com", "Autoscaling limits");
            }
            default -> r.commit(when, "Ira Novak", "ira@example.com", "Infra change " + month + "/" + i);
          }
        }
      }
    }
  }

  /** SECRET: human work, and one commit that says Claude helped. */
  private static void ledgerCore(Path dir) {
    try (HistoryRepo r = start(dir, "ledger-core")) {
      for (String month : MONTHS) {
        for (int i = 0; i < 4; i++) {
          append(dir, "ledger/posting" + i % 2 + ".go", i + 4, month + "-" + i);
          String message = month.equals("2026-10") && i == 2
              ? "Reconciliation batch size\n\nCo-Authored-By: Claude <noreply@anthropic.com>"
              : "Ledger change " + month + "/" + i;
          r.commit(at(month, i * 4 + 3), "Noor Haddad", "noor@example.com", message);
        }
      }
    }
  }
}
