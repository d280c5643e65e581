package dev.govern.scan.attribution;

import dev.govern.model.AiCommit;
import dev.govern.model.AttributionHistory;
import dev.govern.model.AttributionMonth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.notes.Note;
import org.eclipse.jgit.notes.NoteMap;
import org.eclipse.jgit.patch.FileHeader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * Reads one repository's history and counts, per calendar month, commits and the AI-attributed
 * ones with their added lines. Only reads: no checkout, no hooks, no network, no write to the
 * repository.
 *
 * <p>Counted: the commits reachable from the default branch with a commit time in the window
 * (UTC), merge commits excluded — their changes are counted in the commits they bring in. Lines
 * are counted with JGit's diff against the first parent (rename detection on; binary files,
 * symbolic links, submodules and the Agent Trace folder skipped).
 */
public final class HistoryScanner {
  /** Bumped whenever what a commit's facts mean changes, so old caches are not reused. */
  private static final String FACTS_VERSION = "1";
  /** Notes and trace files larger than this are not read: no real one comes near it. */
  private static final int MAX_NOTE_BYTES = 8 * 1024 * 1024;

  private final Attributor attributor;
  private final String traceFolder;
  private final String fingerprint;

  public HistoryScanner(Attributor attributor) {
    this.attributor = attributor;
    String folder = attributor.signatures().agentTraceFolder();
    this.traceFolder = folder == null ? null : folder.replaceAll("/+$", "") + "/";
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      // govern's version too: another release may read a commit differently without anyone
      // remembering to raise FACTS_VERSION, and a cache must never outlive the code that wrote it.
      sha.update((FACTS_VERSION + "\n" + dev.govern.bundle.Bundle.version() + "\n" + attributor.signatures())
          .getBytes(StandardCharsets.UTF_8));
      this.fingerprint = HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Identifies the signatures, this reader and govern's version, for {@link FactsCache#open}. */
  public String fingerprint() {
    return fingerprint;
  }

  /**
   * The default branch's tip: what {@code origin/HEAD} points at in a working clone, else HEAD
   * (which in a bare or mirror clone is the remote's default branch). Null without commits.
   */
  public static ObjectId defaultBranch(Repository repo) throws IOException {
    Ref originHead = repo.exactRef("refs/remotes/origin/HEAD");
    if (originHead != null && originHead.getObjectId() != null) {
      return originHead.getObjectId();
    }
    return repo.resolve(Constants.HEAD + "^{commit}");
  }

  /**
   * The refs a history scan reads: the default branch's two candidates and the notes ref. A
   * repository in which none of them changed gives the same history.
   */
  public List<String> refs() {
    List<String> refs = new ArrayList<>(List.of("refs/remotes/origin/HEAD", Constants.HEAD));
    String notes = attributor.signatures().gitAiNotesRef();
    if (notes != null) {
      refs.add(notes);
    }
    return List.copyOf(refs);
  }

  /**
   * Everything a history scan's result depends on, read without walking any commit: the
   * signatures, the branch tip, the notes tip, the window and whether AI is prohibited. Equal keys
   * give equal results, so a rescan of an unchanged repository can take the last result whole.
   * Null for a repository without a default branch.
   */
  public String resultKey(Repository repo, LocalDate since, LocalDate asOf, boolean aiProhibited) throws IOException {
    ObjectId tip = defaultBranch(repo);
    if (tip == null) {
      return null;
    }
    Ref notesRef = notesRef(repo);
    return fingerprint() + " " + tip.getName() + " " + (notesRef == null ? "-" : notesRef.getObjectId().getName())
        + " " + since + " " + asOf + " " + aiProhibited;
  }

  /**
   * The figures of {@code repo} from {@code since} to {@code asOf} (both days included).
   *
   * @param aiProhibited whether the repository's classification prohibits AI tools: every
   *     AI-attributed commit in the window is then listed as a violation
   */
  public AttributionHistory scan(Repository repo, LocalDate since, LocalDate asOf, boolean aiProhibited,
      FactsCache cache) throws IOException {
    long from = since.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    long to = asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    Map<YearMonth, Month> months = new TreeMap<>();
    for (YearMonth m = YearMonth.from(since); !m.isAfter(YearMonth.from(asOf)); m = m.plusMonths(1)) {
      months.put(m, new Month(m));
    }
    ObjectId tip = defaultBranch(repo);
    if (tip == null) {
      return new AttributionHistory("", since, months.values().stream().map(Month::figures).toList(), List.of());
    }
    List<CommitFacts> used = new ArrayList<>();
    Set<ObjectId> shallow = repo.getObjectDatabase().getShallowCommits();
    Ref notesRef = notesRef(repo);
    String window = tip.getName() + " " + (notesRef == null ? "-" : notesRef.getObjectId().getName()) + " " + since
        + " " + asOf;
    if (window.equals(cache.window())) {
      used.addAll(cache.all());
    } else {
      try (ObjectReader reader = repo.newObjectReader();
          RevWalk walk = new RevWalk(reader);
          DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
        diff.setReader(reader, repo.getConfig());
        diff.setDetectRenames(true);
        diff.setDiffComparator(RawTextComparator.DEFAULT);
        NoteMap notes = notes(notesRef, reader);
        walk.markStart(walk.parseCommit(tip));
        for (RevCommit c : walk) {
          long time = c.getCommitTime();
          if (c.getParentCount() > 1 || time < from || time >= to) {
            continue;
          }
          ObjectId noteId = ObjectId.zeroId();
          if (notes != null) {
            Note note = notes.getNote(c);
            if (note != null) {
              noteId = note.getData().copy();
            }
          }
          CommitFacts facts = cache.get(c);
          if (facts == null || !facts.note().equals(noteId)) {
            facts = read(c, noteId, shallow.contains(c), walk, reader, diff);
          }
          used.add(facts);
        }
      }
      cache.save(window, used);
    }
    List<AiCommit> violations = new ArrayList<>();
    for (CommitFacts facts : used) {
      months.get(YearMonth.from(Instant.ofEpochSecond(facts.time()).atOffset(ZoneOffset.UTC))).add(facts);
      if (aiProhibited && facts.attributed()) {
        violations.add(aiCommit(facts));
      }
    }
    violations.sort(Comparator.comparing(AiCommit::date).reversed().thenComparing(AiCommit::commit));
    return new AttributionHistory(tip.getName(), since, months.values().stream().map(Month::figures).toList(),
        violations);
  }

  private static AiCommit aiCommit(CommitFacts f) {
    Set<String> signals = new TreeSet<>();
    Set<String> tools = new TreeSet<>();
    for (Attribution a : f.attributions()) {
      signals.add(a.signal().id());
      tools.add(a.tool());
    }
    return new AiCommit(f.id().getName(), Instant.ofEpochSecond(f.time()).atOffset(ZoneOffset.UTC).toLocalDate(),
        List.copyOf(signals), List.copyOf(tools));
  }

  private Ref notesRef(Repository repo) throws IOException {
    String ref = attributor.signatures().gitAiNotesRef();
    Ref notesRef = ref == null ? null : repo.exactRef(ref);
    return notesRef == null || notesRef.getObjectId() == null ? null : notesRef;
  }

  private static NoteMap notes(Ref notesRef, ObjectReader reader) throws IOException {
    if (notesRef == null) {
      return null;
    }
    try (RevWalk w = new RevWalk(reader)) {
      return NoteMap.read(reader, w.parseCommit(notesRef.getObjectId()));
    }
  }

  private CommitFacts read(RevCommit c, ObjectId noteId, boolean shallowBoundary, RevWalk walk, ObjectReader reader,
      DiffFormatter diff) throws IOException {
    Set<Attribution> attributions = new LinkedHashSet<>(attributor.of(c.getFullMessage(),
        c.getAuthorIdent().getName(), c.getAuthorIdent().getEmailAddress(),
        c.getCommitterIdent().getName(), c.getCommitterIdent().getEmailAddress()));
    long aiLines = 0;
    if (!noteId.equals(ObjectId.zeroId())) {
      String text = blobText(reader, noteId);
      if (text != null) {
        GitAiNote note = GitAiNote.parse(text);
        if (note.totalAiLines() > 0) {
          aiLines += note.totalAiLines();
          Set<String> tools = note.tools().isEmpty() ? Set.of("git-ai") : note.tools();
          for (String tool : tools) {
            attributions.add(new Attribution(Signal.GIT_AI, Signal.GIT_AI.id(), tool));
          }
        }
      }
    }
    long added = 0;
    List<String> traceRecords = new ArrayList<>();
    // A shallow clone's boundary commit has no parent to compare with: its whole tree would count as
    // added, which it was not. Its attribution still counts; its lines are unknown, so none.
    if (!shallowBoundary) {
      AbstractTreeIterator parent;
      if (c.getParentCount() == 0) {
        parent = new EmptyTreeIterator();
      } else {
        RevCommit p = c.getParent(0);
        walk.parseHeaders(p);
        parent = new CanonicalTreeParser(null, reader, p.getTree());
      }
      for (DiffEntry entry : diff.scan(parent, new CanonicalTreeParser(null, reader, c.getTree()))) {
        if (entry.getChangeType() == DiffEntry.ChangeType.DELETE || !isFile(entry.getNewMode())) {
          continue;
        }
        String path = entry.getNewPath();
        if (traceFolder != null && path.startsWith(traceFolder)) {
          if (path.endsWith(".jsonl") || path.endsWith(".json")) {
            traceRecords.addAll(addedLines(reader, entry));
          }
          continue;
        }
        FileHeader header = diff.toFileHeader(entry);
        if (header.getPatchType() != FileHeader.PatchType.UNIFIED) {
          continue; // binary, or too big to diff
        }
        for (Edit edit : header.toEditList()) {
          added += edit.getLengthB();
        }
      }
    }
    if (!traceRecords.isEmpty()) {
      AgentTrace trace = AgentTrace.parse(traceRecords);
      if (trace.attributed()) {
        aiLines += trace.aiLines();
        Set<String> tools = trace.tools().isEmpty() ? Set.of("Agent Trace") : trace.tools();
        for (String tool : tools) {
          attributions.add(new Attribution(Signal.AGENT_TRACE, Signal.AGENT_TRACE.id(), tool));
        }
      }
    }
    List<Attribution> sorted = new ArrayList<>(attributions);
    sorted.sort(Attribution.ORDER);
    return new CommitFacts(c.copy(), noteId, c.getCommitTime(), added, aiLines, sorted);
  }

  private static boolean isFile(FileMode mode) {
    return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
  }

  /** Lines of the new version that the old one lacks: the records a commit appended. */
  private static List<String> addedLines(ObjectReader reader, DiffEntry entry) throws IOException {
    String now = blobText(reader, entry.getNewId().toObjectId());
    if (now == null) {
      return List.of();
    }
    Set<String> before = new HashSet<>();
    if (entry.getChangeType() != DiffEntry.ChangeType.ADD) {
      String old = blobText(reader, entry.getOldId().toObjectId());
      if (old != null) {
        before.addAll(List.of(old.split("\n")));
      }
    }
    List<String> out = new ArrayList<>();
    for (String line : now.split("\n")) {
      if (!before.contains(line)) {
        out.add(line);
      }
    }
    return out;
  }

  private static String blobText(ObjectReader reader, ObjectId id) throws IOException {
    ObjectLoader loader = reader.open(id, Constants.OBJ_BLOB);
    if (loader.getSize() > MAX_NOTE_BYTES) {
      return null;
    }
    byte[] bytes = loader.getCachedBytes(MAX_NOTE_BYTES);
    if (RawText.isBinary(bytes)) {
      return null;
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** A month's running totals. */
  private static final class Month {
    private final YearMonth month;
    private long commits;
    private long aiCommits;
    private long lines;
    private long aiLinesAdded;
    private long aiLines;
    private final Map<String, Long> signals = new TreeMap<>();
    private final Map<String, Long> signalLines = new TreeMap<>();
    private final Map<String, Long> tools = new TreeMap<>();

    Month(YearMonth month) {
      this.month = month;
    }

    void add(CommitFacts f) {
      commits++;
      lines += f.linesAdded();
      if (!f.attributed()) {
        return;
      }
      aiCommits++;
      aiLinesAdded += f.linesAdded();
      aiLines += f.aiLines();
      Set<String> seenSignals = new TreeSet<>();
      Set<String> seenTools = new TreeSet<>();
      for (Attribution a : f.attributions()) {
        seenSignals.add(a.signal().id());
        seenTools.add(a.tool());
      }
      for (String s : seenSignals) {
        signals.merge(s, 1L, Long::sum);
        signalLines.merge(s, f.linesAdded(), Long::sum);
      }
      for (String t : seenTools) {
        tools.merge(t, 1L, Long::sum);
      }
    }

    AttributionMonth figures() {
      return new AttributionMonth(month, commits, aiCommits, lines, aiLinesAdded, aiLines,
          new TreeMap<>(signals), new TreeMap<>(signalLines), new TreeMap<>(tools));
    }
  }
}
