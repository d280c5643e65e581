package dev.govern.publish.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.cli.GovernCommand;
import dev.govern.i18n.Messages;
import dev.govern.render.SiteFixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The shipped sample built in each shipped language, site and PDF, with no configuration but
 * {@code --language}: the language is declared where readers and tools look for it, the labels
 * are the language's own, no English label of govern's is left in a translated build, and the PDF
 * stays PDF/A-3a and PDF/UA-1. Each language is built once per test run.
 */
class LanguageBuildsTest {
  private static final Map<String, Build> BUILDS = new HashMap<>();

  /** A build's site folder and PDF. */
  record Build(Path site, byte[] pdf) {}

  static synchronized Build build(String tag) {
    return BUILDS.computeIfAbsent(tag, t -> {
      try {
        Path repo = Files.createTempDirectory("govern-language-" + t);
        Path data = SiteFixture.copy(SiteFixture.SHIPPED, repo.resolve("data"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GovernCommand.run(new String[] {"build", "--data", data.toString(), "--out",
            repo.resolve("site").toString(), "--as-of", SiteFixture.AS_OF, "--language", t},
            new PrintWriter(out), new PrintWriter(err), SiteFixture.ENV);
        assertThat(code).as("build in %s:%n%s%s", t, out, err).isZero();
        return new Build(repo.resolve("site"), Files.readAllBytes(repo.resolve("site/governance-report.pdf")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static Map<String, String> messages(String tag) {
    Map<String, String> texts = new HashMap<>(Messages.bundled("en"));
    texts.putAll(Messages.bundled(tag));
    return texts;
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "de", "fr", "zh-TW"})
  void everyPageAndThePdfDeclareTheLanguage(String tag) throws IOException {
    Build b = build(tag);
    for (Path page : SiteFixture.htmlPages(b.site())) {
      assertThat(SiteFixture.parse(page).selectFirst("html").attr("lang")).as("%s", page).isEqualTo(tag);
    }
    try (PDDocument doc = Loader.loadPDF(b.pdf())) {
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo(tag);
      String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp).contains("<rdf:li>" + tag + "</rdf:li></rdf:Bag></dc:language>");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "de", "fr", "zh-TW"})
  void theSiteAndThePdfShowTheLanguagesLabels(String tag) throws IOException {
    Map<String, String> m = messages(tag);
    Build b = build(tag);
    Document index = SiteFixture.parse(b.site().resolve("index.html"));
    assertThat(index.select("nav.main a").eachText()).contains(m.get("nav.dashboard"), m.get("nav.controls"),
        m.get("nav.risks"), m.get("nav.policies"));
    assertThat(index.select("h2").eachText()).contains(m.get("dashboard.maturity_level"), m.get("dashboard.heatmaps"),
        m.get("dashboard.kpi_status"));
    Document controls = SiteFixture.parse(b.site().resolve("controls/index.html"));
    assertThat(controls.select(".badge").eachText()).contains(m.get("status.implemented"), m.get("status.partial"));
    assertThat(pdfText(b.pdf())).contains(m.get("risks.title"), m.get("status.implemented"), m.get("risk.residual"));
  }

  /**
   * govern's English labels, headings and status words, wherever a translated build shows one of
   * its own: a page or PDF that still says "Owner" or "Overdue" in German was missed.
   */
  @ParameterizedTest
  @ValueSource(strings = {"de", "fr", "zh-TW"})
  void noEnglishLabelLeaksIntoATranslatedBuild(String tag) throws IOException {
    Map<String, String> english = Messages.bundled("en");
    Map<String, String> own = messages(tag);
    Set<String> leaks = new TreeSet<>();
    Set<String> labels = new TreeSet<>();
    String data = dataText();
    english.forEach((key, text) -> {
      // A label the organisation's own data also uses ("Scope" as a policy heading) is its word, not a leak.
      if (!text.equals(own.get(key)) && !key.startsWith("format.") && !text.contains("{") && text.length() > 2
          && !data.contains(text.strip())) {
        labels.add(text.strip());
      }
    });
    for (Path page : SiteFixture.htmlPages(b(tag).site())) {
      for (Element e : SiteFixture.parse(page).select("h1, h2, h3, th, dt, caption, summary, label, option, nav a, .badge, button")) {
        String own1 = e.ownText().strip();
        if (labels.contains(own1)) {
          leaks.add(b(tag).site().relativize(page) + ": " + own1);
        }
      }
    }
    String pdf = pdfText(b(tag).pdf());
    for (String label : labels) {
      if (label.contains(" ") && label.length() > 12 && pdf.contains(label)) {
        leaks.add("PDF: " + label);
      }
    }
    assertThat(leaks).isEmpty();
  }

  /**
   * The sentences govern writes in English and shows in the reader's language — scan findings and
   * violations read from the committed measurements, notes about the Git history (the sample is
   * copied outside any repository, so the history page carries one), where the as-of date came
   * from, which trend lines coincide: no fixed stretch of their English is left on a page or in the
   * PDF of a translated build.
   */
  @ParameterizedTest
  @ValueSource(strings = {"de", "fr", "zh-TW"})
  void noEnglishSentenceOfGovernsLeaksIntoATranslatedBuild(String tag) throws IOException {
    Map<String, String> english = Messages.bundled("en");
    Map<String, String> own = messages(tag);
    Set<String> fragments = new TreeSet<>();
    // Words the organisation wrote itself ("enterprise endpoints" in a policy) are its own; the
    // measurements are govern's, and they are what must not show through.
    String data = organisationText();
    english.forEach((key, text) -> {
      if (key.startsWith("said.") || key.startsWith("chart.trend.same")) {
        for (String fragment : text.split("\\{\\d+}")) {
          String f = fragment.strip();
          if (f.length() >= 12 && f.contains(" ") && !own.get(key).contains(f) && !data.contains(f)) {
            fragments.add(f);
          }
        }
      }
    });
    assertThat(fragments).hasSizeGreaterThan(40);
    Build b = build(tag);
    Set<String> leaks = new TreeSet<>();
    for (Path page : SiteFixture.htmlPages(b.site())) {
      String text = SiteFixture.parse(page).body().text();
      fragments.stream().filter(text::contains).forEach(f -> leaks.add(b.site().relativize(page) + ": " + f));
    }
    // Lines wrap anywhere in the PDF, so text is compared there without its white space.
    String pdf = pdfText(b.pdf()).replace(" ", "");
    fragments.stream().filter(f -> pdf.contains(f.replace(" ", ""))).forEach(f -> leaks.add("PDF: " + f));
    assertThat(leaks).isEmpty();
  }

  /** The translated build shows the sample's scan findings, violations and history note in its language. */
  @ParameterizedTest
  @ValueSource(strings = {"de", "fr", "zh-TW"})
  void theMeasurementsAndTheHistoryNoteAreInTheLanguage(String tag) throws IOException {
    Map<String, String> m = messages(tag);
    Build b = build(tag);
    String repositories = SiteFixture.parse(b.site().resolve("repositories.html")).body().text();
    assertThat(repositories).contains(m.get("said.scan.hidden-tag-characters"), m.get("said.scan.html-comment"));
    // jsoup's text() turns the no-break space of French punctuation into a space.
    String history = SiteFixture.parse(b.site().resolve("history.html")).select(".notice").text();
    String notInGit = m.get("said.note.not_in_git").replace('\u00a0', ' ');
    assertThat(history.replace('\u00a0', ' ')).contains(notInGit.substring(notInGit.indexOf('}') + 1).strip());
    assertThat(pdfText(b.pdf()).replace(" ", "")).contains(m.get("said.scan.hidden-tag-characters").replace(" ", ""));
  }

  /** Every text of the sample's data folder, which the organisation wrote in English. */
  private static String dataText() throws IOException {
    StringBuilder all = new StringBuilder();
    try (var files = Files.walk(SiteFixture.SHIPPED)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        // Images beside the policies are no text: decoded leniently, they add nothing a label matches.
        all.append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8)).append('\n');
      }
    }
    return all.toString();
  }

  /** The texts of the sample's data the organisation wrote: all but what govern scan measured. */
  private static String organisationText() throws IOException {
    StringBuilder all = new StringBuilder();
    try (var files = Files.walk(SiteFixture.SHIPPED)) {
      for (Path f : files.filter(Files::isRegularFile)
          .filter(f -> !SiteFixture.SHIPPED.relativize(f).startsWith("measurements")).sorted().toList()) {
        // Images beside the policies are no text: decoded leniently, they add nothing a label matches.
        all.append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8)).append('\n');
      }
    }
    return all.toString();
  }

  private static Build b(String tag) {
    return build(tag);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "de", "fr", "zh-TW"})
  void thePdfIsPdfA3aAndPdfUa1(String tag) {
    byte[] pdf = build(tag).pdf();
    List<String> failures = new ArrayList<>(PdfTesting.veraPdfFailures(pdf, PDFAFlavour.PDFA_3_A));
    failures.addAll(PdfTesting.veraPdfFailures(pdf, PDFAFlavour.PDFUA_1));
    assertThat(failures).isEmpty();
  }
}
