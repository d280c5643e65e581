package dev.govern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's first hour, as one script: init a repo, name the organisation, implement a control,
 * approve a policy, commit, change something, diff, build. The transcript is written to
 * {@code target/first-hour.txt}.
 */
class FirstHourTest {
  /** 2026-11-30: the day of the first hour. */
  private static final Map<String, String> ENV = Map.of("SOURCE_DATE_EPOCH", "1795996800");

  @TempDir Path dir;
  private final StringBuilder transcript = new StringBuilder();

  private Cli.Result govern(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovernCommand.run(args, new PrintWriter(out), new PrintWriter(err), ENV);
    Cli.Result r = new Cli.Result(code, out.toString(), err.toString());
    transcript.append("$ govern ").append(String.join(" ", args)).append('\n').append(r.out()).append(r.err())
        .append("(exit ").append(code).append(")\n\n");
    return r;
  }

  private void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).as("%s holds %s", file, from).contains(from);
    Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to)));
    transcript.append("# edit ").append(dir.relativize(file)).append(": ").append(from.strip()).append(" -> ")
        .append(to.strip().replace("\n", " ")).append("\n\n");
  }

  private void commit(Git git, String subject) throws Exception {
    git.add().addFilepattern(".").call();
    PersonIdent who = new PersonIdent("Ana Silva", "ana@acme.example", Instant.parse("2026-11-30T10:00:00Z"),
        ZoneOffset.UTC);
    git.commit().setMessage(subject).setAuthor(who).setCommitter(who).setSign(false).call();
    transcript.append("$ git commit -m \"").append(subject).append("\"\n\n");
  }

  @Test
  void initNameEditCommitChangeDiffBuild() throws Exception {
    Path repo = dir.resolve("acme-governance");
    Path data = repo.resolve("data");

    Cli.Result init = govern("init", repo.toString());
    assertThat(init.code()).isZero();
    assertThat(init.out()).contains("Next steps:");

    Cli.Result first = govern("check", "--data", data.toString());
    assertThat(first.code()).isZero();
    assertThat(first.out()).contains("organization.name is still the placeholder").contains("0 errors, 2 warnings");

    Path settings = data.resolve("governance.yaml");
    edit(settings, "name: Your Organization  # your organisation's name", "name: Acme Payments");
    edit(settings, "scope: Everyone who writes code for Your Organization  # who this governance applies to",
        "scope: Every engineer and contractor who writes code for Acme Payments");
    Path controls = data.resolve("controls/tool-management.yaml");
    edit(controls, "      - name: Tool inventory spreadsheet updated monthly\n",
        "      - name: Tool inventory spreadsheet updated monthly\n        date: 2026-11-27\n");
    edit(controls, "status: not_implemented", "status: implemented");
    Path policy = data.resolve("policies/ai-code-generation-usage.md");
    edit(policy, "version: \"0.1\"\n", "version: \"1.0\"\n"
        + "approved_by: { name: Ana Silva, role: CISO, date: 2026-11-28 }\neffective: 2026-12-01\n");

    Cli.Result named = govern("check", "--data", data.toString());
    assertThat(named.code()).isZero();
    assertThat(named.out()).startsWith("0 errors, 0 warnings");

    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      commit(git, "Governance: first draft for Acme Payments");
    }

    edit(controls, "status: not_implemented", "status: partial");
    Cli.Result diff = govern("diff", "HEAD", "--data", data.toString());
    assertThat(diff.code()).isZero();
    assertThat(diff.out()).contains("TM-002").contains("Status: Not implemented → Partial");

    Cli.Result build = govern("build", "--data", data.toString());
    assertThat(build.code()).as(build.err()).isZero();
    assertThat(build.out()).startsWith("Built ").contains("governance-report.pdf");

    Path site = repo.resolve("site");
    assertThat(Jsoup.parse(site.resolve("policies/index.html").toFile(), "UTF-8").text())
        .contains("2026-12-01 Not yet in effect");
    String pdf;
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(site.resolve("governance-report.pdf")))) {
      pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
    assertThat(pdf).contains("Acme Payments").doesNotContain("Your Organization").doesNotContain("Example Corp")
        .contains("Version 1.0 · Approved by: Ana Silva (CISO), 2026-11-28 · Effective: 2026-12-01 Not yet in effect");

    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("first-hour.txt"),
          transcript.toString().replace(dir.toString(), "~"), StandardCharsets.UTF_8);
    }
  }
}
