package dev.govern.scan;

import dev.govern.i18n.Said;
import dev.govern.model.AssistantFile;
import dev.govern.model.Finding;
import dev.govern.model.FindingSeverity;
import dev.govern.model.RepositoryScan;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Measures one repository's tree at HEAD: which assistant files and ignore files it holds, what the
 * content rules find in the assistant files (following Claude Code's {@code @path} imports), and
 * which assistant files CODEOWNERS leaves without an owner. Reads objects only; never a checkout.
 *
 * <p>Everything a hostile tree can do is a finding, never an exception: a file over
 * {@value #MAX_FILE_BYTES} bytes, invalid UTF-8, a symbolic link out of the repository, a path
 * with {@code ..} or {@code .git}, a tree of more than {@value #MAX_TREE_ENTRIES} entries.
 */
final class RepositoryScanner {
  static final int MAX_FILE_BYTES = 1024 * 1024;
  static final int MAX_TREE_ENTRIES = 2_000_000;
  static final int MAX_IMPORT_DEPTH = 5;
  static final int MAX_LINK_HOPS = 5;
  static final List<String> CODEOWNERS = List.of(".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS");
  /** {@code @path} at the start of a line or after a space (not an e-mail address), outside code. */
  private static final Pattern IMPORT = Pattern.compile("(?:^|\\s)@((?:~/|\\./|\\.\\./|/)?[\\w.\\-/~]+)");

  private final Signatures signatures;
  private final int maxEntries;

  RepositoryScanner(Signatures signatures) {
    this(signatures, MAX_TREE_ENTRIES);
  }

  RepositoryScanner(Signatures signatures, int maxEntries) {
    this.signatures = signatures;
    this.maxEntries = maxEntries;
  }

  /** A tree entry kept from the walk. */
  private record Entry(String path, FileMode mode, ObjectId id) {}

  /** What one scan of a tree collects before it becomes a {@link RepositoryScan}. */
  private static final class Found {
    final Map<String, String> assistants = new TreeMap<>();
    final TreeSet<String> ignoreFiles = new TreeSet<>();
    final List<Finding> findings = new ArrayList<>();
    final Map<String, Entry> scanned = new LinkedHashMap<>();
  }

  /**
   * Scans the tree of {@code head}; the result has no violations yet (they depend on the
   * classification, not on the repository).
   */
  RepositoryScan scan(ObjectReader reader, String id, String classification, String owner, ObjectId head,
      RevTree tree) throws IOException {
    Found found = new Found();
    List<Entry> assistantEntries = new ArrayList<>();
    Map<String, Entry> codeowners = new TreeMap<>();
    try (TreeWalk walk = new TreeWalk(reader)) {
      walk.addTree(tree);
      walk.setRecursive(true);
      long count = 0;
      while (walk.next()) {
        if (++count > maxEntries) {
          found.findings.add(finding("tree-too-large", FindingSeverity.ERROR, ".", 1, 1,
              said("tree-too-large", String.valueOf(maxEntries)), ""));
          break;
        }
        FileMode mode = walk.getFileMode(0);
        String path = walk.getPathString();
        if (!safe(path)) {
          found.findings.add(finding("unsafe-path", FindingSeverity.ERROR, printable(path), 1, 1,
              said("unsafe-path"), ""));
          continue;
        }
        if (FileMode.GITLINK.equals(mode)) {
          continue;
        }
        Entry entry = new Entry(path, mode, walk.getObjectId(0));
        Optional<String> tool = signatures.tool(path);
        if (tool.isPresent()) {
          found.assistants.put(path, tool.get());
          assistantEntries.add(entry);
        } else if (signatures.isIgnoreFile(path)) {
          found.ignoreFiles.add(path);
        }
        if (CODEOWNERS.contains(path)) {
          codeowners.put(path, entry);
        }
      }
    }
    for (Entry e : assistantEntries) {
      scanFile(reader, tree, e, 0, found);
    }
    List<String> uncovered = new ArrayList<>();
    Optional<Entry> owners = CODEOWNERS.stream().map(codeowners::get).filter(java.util.Objects::nonNull).findFirst();
    Codeowners rules = owners.flatMap(o -> readText(reader, o, found, false)).map(Codeowners::parse)
        .orElse(Codeowners.NONE);
    for (String path : found.assistants.keySet()) {
      if (!rules.owned(path)) {
        uncovered.add(path);
      }
    }
    List<AssistantFile> files = found.assistants.entrySet().stream()
        .map(e -> new AssistantFile(e.getKey(), e.getValue())).toList();
    List<Finding> findings = found.findings.stream().distinct().sorted(FINDING_ORDER).toList();
    return new RepositoryScan(id, classification, owner, head.name(), files, List.copyOf(found.ignoreFiles),
        uncovered, findings, List.of());
  }

  static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::file)
      .thenComparingInt(Finding::line).thenComparingInt(Finding::column).thenComparing(Finding::rule)
      .thenComparing(Finding::message);

  /** Scans one assistant file (following a link inside the repository), then the files it imports. */
  private void scanFile(ObjectReader reader, RevTree tree, Entry entry, int depth, Found found) throws IOException {
    if (found.scanned.containsKey(entry.path())) {
      return;
    }
    found.scanned.put(entry.path(), entry);
    Entry target = entry;
    int hops = 0;
    while (FileMode.SYMLINK.equals(target.mode())) {
      Optional<String> resolved = linkTarget(reader, target);
      if (resolved.isEmpty() || ++hops > MAX_LINK_HOPS) {
        found.findings.add(finding("symlink-outside-repository", FindingSeverity.ERROR, entry.path(), 1, 1,
            said("symlink-outside-repository"), ""));
        return;
      }
      Optional<Entry> next = lookup(reader, tree, resolved.get());
      if (next.isEmpty()) {
        return; // a dangling link inside the repository reads as nothing, as it would in a checkout
      }
      target = next.get();
      if (!target.path().equals(entry.path()) && found.scanned.containsKey(target.path())) {
        return;
      }
    }
    if (!FileMode.REGULAR_FILE.equals(target.mode()) && !FileMode.EXECUTABLE_FILE.equals(target.mode())) {
      return;
    }
    String path = entry.path();
    Optional<String> text = readText(reader, target, found, true, path);
    if (text.isEmpty()) {
      return;
    }
    ContentRules.apply(signatures, path, text.get(), found.findings, found.ignoreFiles);
    if (depth < MAX_IMPORT_DEPTH && imports(found.assistants.getOrDefault(path, "claude-code"), path)) {
      for (Import imp : imports(text.get())) {
        Optional<String> resolved = resolve(parent(path), imp.target());
        if (resolved.isEmpty()) {
          found.findings.add(finding("import-outside-repository", FindingSeverity.WARNING, path, imp.line(),
              imp.column(), said("import-outside-repository", imp.target()), ""));
          continue;
        }
        Optional<Entry> imported = lookup(reader, tree, resolved.get());
        if (imported.isPresent()) {
          found.assistants.putIfAbsent(resolved.get(), "claude-code");
          scanFile(reader, tree, imported.get(), depth + 1, found);
        }
      }
    }
  }

  /** Claude Code follows {@code @path} lines in its Markdown memory files and in what they import. */
  private static boolean imports(String tool, String path) {
    return tool.equals("claude-code") && path.endsWith(".md");
  }

  private record Import(String target, int line, int column) {}

  /** The {@code @path} imports of a Markdown file, outside fenced code blocks and code spans. */
  static List<Import> imports(String text) {
    List<Import> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    boolean fenced = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
        fenced = !fenced;
        continue;
      }
      if (fenced) {
        continue;
      }
      String outsideSpans = Pattern.compile("`[^`]*`").matcher(line).replaceAll(m -> " ".repeat(m.group().length()));
      Matcher m = IMPORT.matcher(outsideSpans);
      while (m.find()) {
        String target = m.group(1);
        // "@team" or "@v2" are mentions and versions, not files: a path has a slash or a dot.
        if (target.contains("/") || target.contains(".")) {
          out.add(new Import(target, i + 1, line.codePointCount(0, m.start(1) - 1) + 1));
        }
      }
    }
    return out;
  }

  /** A path inside the repository, or empty when it leaves it (absolute, home, or {@code ..} above the root). */
  static Optional<String> resolve(String folder, String target) {
    if (target.startsWith("/") || target.startsWith("~") || target.contains("\\") || target.matches("[A-Za-z]:.*")) {
      return Optional.empty();
    }
    Deque<String> parts = new ArrayDeque<>();
    if (!folder.isEmpty()) {
      for (String p : folder.split("/")) {
        parts.addLast(p);
      }
    }
    for (String p : target.split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        if (parts.isEmpty()) {
          return Optional.empty();
        }
        parts.removeLast();
      } else {
        parts.addLast(p);
      }
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
  }

  static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  private Optional<String> linkTarget(ObjectReader reader, Entry link) throws IOException {
    ObjectLoader loader = reader.open(link.id(), Constants.OBJ_BLOB);
    if (loader.getSize() > 4096) {
      return Optional.empty();
    }
    String target = new String(loader.getCachedBytes(4096), StandardCharsets.UTF_8);
    return resolve(parent(link.path()), target);
  }

  private static Optional<Entry> lookup(ObjectReader reader, RevTree tree, String path) throws IOException {
    if (!safe(path)) {
      return Optional.empty();
    }
    try (TreeWalk walk = TreeWalk.forPath(reader, path, tree)) {
      return walk == null ? Optional.empty() : Optional.of(new Entry(path, walk.getFileMode(0), walk.getObjectId(0)));
    }
  }

  private Optional<String> readText(ObjectReader reader, Entry e, Found found, boolean report) {
    return readText(reader, e, found, report, e.path());
  }

  /** A blob as text, or empty with a finding: too big, or not UTF-8 (then read with replacements). */
  private Optional<String> readText(ObjectReader reader, Entry e, Found found, boolean report, String shownAs) {
    byte[] bytes;
    try {
      ObjectLoader loader = reader.open(e.id(), Constants.OBJ_BLOB);
      if (loader.getSize() > MAX_FILE_BYTES) {
        if (report) {
          found.findings.add(finding("file-too-large", FindingSeverity.ERROR, shownAs, 1, 1, said("file-too-large",
              String.valueOf(loader.getSize()), String.valueOf(MAX_FILE_BYTES)), ""));
        }
        return Optional.empty();
      }
      bytes = loader.getCachedBytes(MAX_FILE_BYTES);
    } catch (IOException ex) {
      if (report) {
        found.findings.add(finding("unreadable-file", FindingSeverity.ERROR, shownAs, 1, 1,
            said("unreadable-file", ex.getMessage()), ""));
      }
      return Optional.empty();
    }
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = strict.decode(in, out, true);
    String text;
    if (result.isError()) {
      out.flip();
      String before = out.toString();
      int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
      String last = before.substring(before.lastIndexOf('\n') + 1);
      if (report) {
        found.findings.add(finding("invalid-utf8", FindingSeverity.WARNING, shownAs, line,
            last.codePointCount(0, last.length()) + 1, said("invalid-utf8",
                String.format(Locale.ROOT, "%02X", bytes[in.position()] & 0xff)), ""));
      }
      text = new String(bytes, StandardCharsets.UTF_8);
    } else {
      out.flip();
      text = out.toString();
    }
    // A byte-order mark at the very start is what editors write, not a hidden character.
    return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  /** Whether a checkout could write the path: no {@code ..}, {@code .} or {@code .git} names, no controls. */
  static boolean safe(String path) {
    for (String part : path.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..") || part.toLowerCase(Locale.ROOT).equals(".git")) {
        return false;
      }
    }
    return path.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
  }

  static String printable(String path) {
    StringBuilder sb = new StringBuilder();
    path.codePoints().forEach(cp -> {
      if (cp < 0x20 || cp == 0x7f) {
        sb.append(String.format("<U+%04X>", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString();
  }

  /** A finding's sentence as the scan writes it: English, which the site and the PDF translate. */
  static String said(String rule, Object... args) {
    return Said.english(Said.SCAN + rule, args);
  }

  static Finding finding(String rule, FindingSeverity severity, String file, int line, int column, String message,
      String excerpt) {
    return new Finding(rule, severity, file, line, column, message, excerpt);
  }
}
