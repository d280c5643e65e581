package dev.govern.scan;

import dev.govern.load.GovernanceLoader;
import dev.govern.load.SourceMap;
import dev.govern.model.Governance;
import dev.govern.model.RepositoryScan;
import java.nio.file.Path;
import java.util.List;

/** The shipped governance data and a way to scan repositories against it. */
final class Fixtures {
  private Fixtures() {}

  static Governance shipped() {
    return GovernanceLoader.load(Path.of("data"), "data").governance().orElseThrow();
  }

  static RepositoryScan scan(Path gitDir, String classification) {
    return scan(gitDir, classification, RepositoryScanner.MAX_TREE_ENTRIES);
  }

  static RepositoryScan scan(Path gitDir, String classification, int maxEntries) {
    Scanner.Result r = new Scanner(shipped(), null, 1, maxEntries)
        .scan(List.of(new Inventory.Target("repo", gitDir, classification, null, 0)), new SourceMap());
    if (!r.problems().isEmpty()) {
      throw new AssertionError(r.problems().toString());
    }
    return r.repositories().get(0);
  }

  /** Each finding as {@code file:line:column rule}, the form the assertions compare. */
  static List<String> located(RepositoryScan r) {
    return r.findings().stream().map(f -> f.file() + ":" + f.line() + ":" + f.column() + " " + f.rule()).toList();
  }
}
