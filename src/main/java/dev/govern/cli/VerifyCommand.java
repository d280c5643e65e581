package dev.govern.cli;

import dev.govern.problem.Visible;
import dev.govern.analysis.AsOf;
import dev.govern.bundle.Bundle;
import dev.govern.git.GovernanceRepository;
import dev.govern.git.TreeFiles;
import dev.govern.history.GovernanceHistory;
import dev.govern.load.DataFiles;
import dev.govern.load.GovernanceLoader;
import dev.govern.load.Loaded;
import dev.govern.model.Governance;
import dev.govern.model.Policy;
import dev.govern.problem.Problem;
import dev.govern.provenance.DataSnapshot;
import dev.govern.provenance.Provenance;
import dev.govern.provenance.ReceivedReport;
import dev.govern.provenance.ReportSignature;
import dev.govern.publish.PublishException;
import dev.govern.publish.SiteBuild;
import dev.govern.publish.pdf.PdfException;
import dev.govern.publish.pdf.PdfSigner;
import dev.govern.render.ChangeHistory;
import dev.govern.render.PolicyImages;
import dev.govern.render.RenderException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code govern verify REPORT.pdf}: whether a report is what the governance repository said at the
 * commit it names. Reads the commit, as-of date, govern version and data digest from the PDF,
 * rebuilds the report from that commit's data and templates (read from Git objects) and compares.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Check that a report PDF is what the governance repository said at the commit it names:"
        + " rebuild it from that commit and compare.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:the report is identical to the rebuild from its commit",
        "1:the report differs: edited, appended to, or other data than its commit",
        "2:wrong command line",
        "6:cannot be verified: built from uncommitted changes, outside Git, or its commit is not in this repository"})
final class VerifyCommand implements Callable<Integer> {
  /** The data archive and facts attached to every report (see publish.ReportAttachments). */
  private static final String DATA = "governance-data.zip";

  @ParentCommand GovernCommand parent;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "REPORT.pdf", description = "The report to check.")
  Path report;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
      description = "The governance data folder of the repository to check against (default: ${DEFAULT-VALUE}).")
  Path data;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(report)) {
      err.println(Visible.escape("govern verify: " + report + ": no such file"));
      return ExitCodes.USAGE;
    }
    byte[] bytes = Files.readAllBytes(report);
    ReceivedReport received;
    try {
      received = ReceivedReport.read(bytes);
    } catch (ReceivedReport.Unreadable e) {
      err.println(Visible.escape("govern verify: " + report + ": " + e.getMessage()));
      return ExitCodes.DIFFERS;
    }
    Provenance p = received.provenance();
    if (p == null) {
      err.println(Visible.escape("govern verify: " + report + " states no provenance: it was not built by govern with provenance,"
          + " or its metadata was changed"));
      return ExitCodes.UNVERIFIABLE;
    }
    out.println(Visible.escape("Report: commit " + (p.commit() == null ? "none" : p.commit()) + ", as of " + p.asOf()
        + ", govern " + p.governVersion() + ", data SHA-256 " + p.dataDigest()));
    ReportSignature signature = null;
    if (received.signatures().size() > 1) {
      return differs(out, "it carries " + received.signatures().size() + " signatures, and govern signs a report once");
    }
    if (received.signatures().size() == 1) {
      signature = received.signatures().get(0);
      out.println(Visible.escape("Signature: " + describe(signature)));
      if (!signature.holds()) {
        return differs(out, "the signature does not hold: " + signature.problem());
      }
      if (!signature.coversWholeFile()) {
        return differs(out, "the file was changed after it was signed: bytes were appended after the signed part");
      }
      if (signature.signedAt() == null) {
        return differs(out, "the signature states no signing time, and govern signs at the report's date");
      }
    }
    int written = signature == null ? 1 : 2;
    if (received.revisions() != written) {
      return differs(out, "the file was changed after it was built: " + (received.revisions() - written)
          + " incremental update(s) appended" + (signature == null ? "" : " besides the signature"));
    }
    DataSnapshot attached = received.attachedData(DATA);
    if (attached == null) {
      return differs(out, "the attached data (" + DATA + ") is missing or unreadable");
    }
    if (!attached.digest().equals(p.dataDigest())) {
      return differs(out, "the attached data does not match the digest the report states (attached: "
          + attached.digest() + ")");
    }
    if (p.commit() == null) {
      out.println(Visible.escape("Cannot verify: the report was not built from a Git repository."));
      return ExitCodes.UNVERIFIABLE;
    }
    if (p.dirty()) {
      out.println(Visible.escape("Cannot verify: the report was built from uncommitted changes to the data or templates of commit "
          + p.commit() + "; only a report built from a commit can be checked against the repository."));
      return ExitCodes.UNVERIFIABLE;
    }

    GovernanceRepository.Opened opened = GovernanceRepository.open(data);
    if (opened.repository().isEmpty()) {
      err.println(Visible.escape("govern verify: " + opened.note().orElse("no Git repository around " + data)));
      return ExitCodes.UNVERIFIABLE;
    }
    Path work = Files.createTempDirectory("govern-verify");
    try (GovernanceRepository repo = opened.repository().get()) {
      RevCommit commit;
      try {
        commit = repo.resolve(p.commit());
      } catch (GovernanceRepository.UnknownRevisionException | org.eclipse.jgit.errors.MissingObjectException e) {
        out.println(Visible.escape("Cannot verify: commit " + p.commit() + " is not in this repository (fetch it, or check in the"
            + " repository the report came from)."));
        return ExitCodes.UNVERIFIABLE;
      }
      ObjectId dataTree = repo.dataTree(commit);
      if (dataTree == null) {
        return differs(out, "commit " + p.commit() + " has no " + repo.dataPath() + " folder");
      }
      DataSnapshot atCommit;
      try (TreeFiles files = repo.dataFiles(dataTree)) {
        atCommit = DataSnapshot.of(files);
      }
      if (!atCommit.digest().equals(p.dataDigest())) {
        return differs(out, "the data at commit " + p.commit() + " has SHA-256 " + atCommit.digest()
            + ", not the " + p.dataDigest() + " the report states");
      }
      out.println(Visible.escape("Data: the data at the commit has the digest the report states."));

      // The commit's data, templates and report fonts, written out so that the ordinary build reads them.
      String dataName = repo.dataPath().isEmpty() ? "data" : Path.of(repo.dataPath()).getFileName().toString();
      Path root = work.resolve("repo");
      Path dataDir = root.resolve(dataName);
      write(atCommit.files(), dataDir);
      String top = repo.dataPath().contains("/") ? repo.dataPath().substring(0, repo.dataPath().lastIndexOf('/')) : "";
      ObjectId templates = repo.treeAt(commit, top.isEmpty() ? "templates" : top + "/templates");
      if (templates != null) {
        try (TreeFiles files = repo.files(templates)) {
          write(DataSnapshot.of(files).files(), root.resolve("templates"));
        }
      }
      Loaded loaded = GovernanceLoader.load(dataDir, dataName);
      if (loaded.governance().isEmpty() || loaded.problems().stream().anyMatch(Problem::isError)) {
        return differs(out, "the data at commit " + p.commit() + " has errors; no report can be built from it");
      }
      Governance g = loaded.governance().get();
      // The repository's other files the report shows: fonts, the brand logo, policy images.
      List<String> shown = new ArrayList<>(g.report().fonts());
      if (g.report().brand().logo() != null) {
        shown.add(g.report().brand().logo());
      }
      for (Policy policy : g.policies()) {
        for (Policy.Image image : policy.images()) {
          PolicyImages.repoPath(policy.folder(), image.url()).ifPresent(shown::add);
        }
      }
      try (TreeFiles files = repo.files(repo.treeAt(commit, top))) {
        for (String file : shown) {
          try {
            String path = file.replace('\\', '/');
            Path target = root.resolve(path).normalize();
            if (target.startsWith(root) && !target.equals(root) && !Files.exists(target)) {
              Files.createDirectories(target.getParent());
              Files.write(target, files.read(path, 64 * 1024 * 1024));
            }
          } catch (DataFiles.Unreadable e) {
            // Left out: the rebuild then reports the file missing, and the comparison says so.
          }
        }
      }
      StringWriter notes = new StringWriter();
      ChangeHistory history;
      try (GovernanceHistory h = GovernanceHistory.openAt(data, commit.name())) {
        history = OutputHistory.of(h, g, p.since(), new PrintWriter(notes), "govern verify");
      } catch (GovernanceRepository.UnknownRevisionException e) {
        return ExitCodes.UNVERIFIABLE;
      }
      SiteBuild.Options options = new SiteBuild.Options(root, dataDir, work.resolve("site"), true,
          new AsOf(p.asOf(), p.asOfSource()), p.commit().substring(0, Math.min(12, p.commit().length())), false,
          p.documentDate(), history, p, atCommit, null, received.language());
      byte[] rebuilt;
      try {
        rebuilt = SiteBuild.pdf(g, options);
      } catch (RenderException | PublishException e) {
        return differs(out, "the report could not be rebuilt from commit " + p.commit() + ": " + e.getMessage());
      }
      if (signature != null) {
        // The signature update made again on the rebuild with the received signature value: what
        // govern's signing appends is then compared byte for byte too, so nothing can hide in it.
        try {
          rebuilt = PdfSigner.withSignature(rebuilt, signature.name(), signature.signedAt(), signature.value());
        } catch (PdfException e) {
          return differs(out, "the signature cannot be applied to the rebuilt report: " + e.getMessage());
        }
      }
      if (java.util.Arrays.equals(rebuilt, bytes)) {
        out.println(Visible.escape("Verified: the report is identical, byte for byte, to the report rebuilt from commit "
            + p.commit() + (signature == null ? "" : ", with the signature above") + "."));
        return ExitCodes.OK;
      }
      List<String> differences = pageDifferences(received.pages(), rebuilt);
      if (!p.governVersion().equals(Bundle.version())) {
        differences.add("the report was built with govern " + p.governVersion() + " and this is govern "
            + Bundle.version() + ": a different version can lay pages out differently");
      }
      if (differences.isEmpty()) {
        differences.add("the page text is the same but the file's bytes differ (its structure or metadata was changed)");
      }
      out.println(Visible.escape("Differs from the report rebuilt from commit " + p.commit() + ":"));
      differences.forEach(d -> out.println(Visible.escape("  " + d)));
      return ExitCodes.DIFFERS;
    } finally {
      delete(work);
      out.flush();
    }
  }

  /** Who signed, and what to compare to trust it: govern cannot know whom the reader trusts. */
  private static String describe(ReportSignature s) {
    if (s.signer() == null) {
      return "stated signer \"" + s.name() + "\"" + (s.signedAt() == null ? "" : ", at " + s.signedAt());
    }
    return "signed by " + s.signer() + " at " + s.signedAt() + "; certificate issued by " + s.issuer()
        + ", SHA-256 fingerprint " + s.fingerprint() + " (whether to trust it is yours to judge: compare the fingerprint"
        + " with the one your organisation publishes)";
  }

  private static int differs(PrintWriter out, String why) {
    out.println(Visible.escape("Differs: " + why + "."));
    return ExitCodes.DIFFERS;
  }

  /** Page by page, the first line that differs; a different page count first. */
  private static List<String> pageDifferences(List<String> received, byte[] rebuilt) {
    List<String> out = new ArrayList<>();
    List<String> expected;
    try {
      expected = ReceivedReport.read(rebuilt).pages();
    } catch (ReceivedReport.Unreadable e) {
      out.add("the rebuilt report cannot be read: " + e.getMessage());
      return out;
    }
    if (expected.size() != received.size()) {
      out.add("the report has " + received.size() + " pages, the rebuild " + expected.size());
    }
    for (int i = 0; i < Math.min(expected.size(), received.size()); i++) {
      if (!expected.get(i).equals(received.get(i))) {
        List<String> a = expected.get(i).lines().toList();
        List<String> b = received.get(i).lines().toList();
        int line = 0;
        while (line < Math.min(a.size(), b.size()) && a.get(line).equals(b.get(line))) {
          line++;
        }
        out.add("page " + (i + 1) + ": the report says \"" + shorten(line < b.size() ? b.get(line) : "")
            + "\" where the rebuild says \"" + shorten(line < a.size() ? a.get(line) : "") + "\"");
      }
    }
    return out;
  }

  private static String shorten(String s) {
    String t = s.strip();
    return t.length() <= 80 ? t : t.substring(0, 77) + "...";
  }

  private static void write(Map<String, byte[]> files, Path dir) throws IOException {
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path target = dir.resolve(f.getKey()).normalize();
      if (!target.startsWith(dir)) {
        continue;
      }
      Files.createDirectories(target.getParent());
      Files.write(target, f.getValue());
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A temporary folder left behind is harmless.
    }
  }
}
