package dev.govern.bench;

import dev.govern.scan.RepoBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Generates repositories for the scan benchmark ({@code bench/scan.sh}): N bare, packed repositories
 * under {@code DIR/repos}, with trees of 100 to 2,000 files in nested folders, about two in three with
 * assistant files (some with findings), from a fixed seed so every run scans the same thing.
 *
 * <p>{@code java -cp target/test-classes:target/govern.jar dev.govern.bench.ScanRepos DIR 1000}
 */
public final class ScanRepos {
  private ScanRepos() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    Random random = new Random(13);
    Files.createDirectories(dir.resolve("repos"));
    for (int r = 0; r < count; r++) {
      RepoBuilder b = new RepoBuilder().packed().at(1_760_000_000L + r);
      int files = 100 + random.nextInt(1_900);
      for (int f = 0; f < files; f++) {
        String folder = "src/" + "module" + (f % 17) + "/" + (f % 5 == 0 ? "test/" : "main/") + "pkg" + (f % 7);
        b.file(folder + "/File" + f + ".java", "package pkg;\n\n/** File " + f + " of repository " + r + ". */\nfinal class File"
            + f + " {\n  int value() { return " + random.nextInt() + "; }\n}\n");
      }
      b.file("README.md", "# Repository " + r + "\n");
      int kind = random.nextInt(3);
      if (kind > 0) {
        b.file("CLAUDE.md", "# Repository " + r + "\n\nRun the tests before committing. Never skip tests.\n@docs/ai.md\n");
        b.file("docs/ai.md", "Prefer small functions.\n");
        b.file(".cursor/rules/style.mdc", "---\ndescription: style\n---\nUse records.\n");
        b.file(".github/copilot-instructions.md", "Java 17.\n" + (r % 10 == 0 ? "<!-- hidden note -->\n" : ""));
        b.file(".mcp.json", "{\"mcpServers\": {\"fs\": {\"command\": \"npx\", \"args\": [\"-y\", \"server-fs"
            + (r % 4 == 0 ? "" : "@1.0." + r) + "\"]}}}\n");
        b.file(".claude/settings.json", "{\"permissions\": {\"deny\": [\"Read(./.env)\"]}}\n");
        b.file(".cursorignore", ".env\n");
        b.file(".github/CODEOWNERS", "* @team" + (r % 9) + "\n");
      }
      if (kind == 2) {
        b.file("services/api/AGENTS.md", "Keep the API stable.\n");
      }
      b.bare(dir.resolve("repos").resolve(String.format("repo-%04d.git", r)));
    }
  }
}
