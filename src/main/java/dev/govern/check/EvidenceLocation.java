package dev.govern.check;

import dev.govern.load.RepoFile;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an evidence {@code location} names: a URL, a path outside the repository, or a path inside
 * it. Only the last can be checked offline, and it is: a path that names nothing is evidence an
 * auditor cannot find.
 */
final class EvidenceLocation {
  /** A URI scheme (RFC 3986) followed by a colon: {@code https:}, {@code mailto:}, {@code s3:}. */
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

  private EvidenceLocation() {}

  /**
   * The repo-relative path a location names, normalised ({@code ./} and {@code ..} resolved, a
   * trailing {@code /} dropped); empty for a URL, a network or absolute path, or nothing at all.
   * A path whose {@code ..} climbs above the repo root comes back as {@code ..} so that it is
   * reported, not looked up.
   */
  static Optional<String> repoPath(String location) {
    if (location == null || location.isBlank()) {
      return Optional.empty();
    }
    String l = location.strip();
    if (SCHEME.matcher(l).matches() || l.startsWith("/") || l.startsWith("\\") || l.startsWith("~")) {
      return Optional.empty();
    }
    return Optional.of(RepoFile.relative("", l));
  }
}
