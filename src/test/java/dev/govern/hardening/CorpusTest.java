package dev.govern.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.cli.GovernCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and hostile governance repos, one folder per case under {@code src/test/resources/corpus/}
 * (issue 6, "Bad input"). Every case is laid over the valid repo in {@code corpus/_base/}, after a
 * good build of that base has left a previous site; then {@code govern build} (and, for a case that
 * touches {@code data/}, {@code govern check}) runs on it and must:
 *
 * <ul>
 *   <li>exit with the code on line 1 of the case's {@code expected.txt} and print every further line
 *       of it (a substring of stdout + stderr);
 *   <li>name {@code file:line:column} for a data problem, and print no stack trace;
 *   <li>when it fails, leave the whole repo — the previous {@code site/} included — byte-for-byte as
 *       it was;
 *   <li>make no request to the loopback server, read nothing outside the repo, and, when it
 *       succeeds, produce pages without live script (no {@code <script>} of its own, no {@code on*}
 *       attribute, no {@code javascript:}/{@code data:}/{@code vbscript:}/{@code file:} link).
 * </ul>
 *
 * <p>The folder format is described in {@code corpus/README.md}.
 */
class CorpusTest {
  static final Path CORPUS = Path.of("src", "test", "resources", "corpus");
  static final Path BASE = CORPUS.resolve("_base");
  static final String AS_OF = "2026-11-25";
  /** Files of a case folder that describe the case instead of being laid over the repo. */
  static final List<String> CONTROL_FILES =
      List.of("expected.txt", "args.txt", "generate.txt", "site.txt", "system.properties", "delete.txt", "env.txt");
  /** Text in every file outside the repo: it must never reach the output. */
  static final String OUTSIDE_MARKER = "LEAKED-FROM-OUTSIDE";

  private static final Pattern LOCATED = Pattern.compile("data/\\S+:\\d+:\\d+: error: ");
  private static final Pattern STACK_TRACE =
      Pattern.compile("\tat |Caused by: |\\b[A-Z]\\w*(Exception|Error)\\b");
  private static final List<String> DANGEROUS_SCHEMES = List.of("javascript:", "vbscript:", "data:", "file:");

  private static LoopbackServer server;

  @BeforeAll
  static void startServer() throws IOException {
    server = LoopbackServer.start(OUTSIDE_MARKER);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  /** The case folders; {@code -Dgovern.corpus.case=REGEX} runs only those whose name matches. */
  static Stream<String> cases() throws IOException {
    Pattern only = Pattern.compile(System.getProperty("govern.corpus.case", ".*"));
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      List<String> names = dirs.filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("_") && only.matcher(n).matches())
          .sorted()
          .toList();
      assertThat(names).as("corpus cases").isNotEmpty();
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void caseFailsCleanlyAndKeepsThePreviousSite(String name, @TempDir Path tmp) throws IOException {
    try {
      run(name, tmp);
    } catch (AssertionError e) {
      throw new AssertionError("corpus case " + name + ": " + e.getMessage(), e);
    }
  }

  private static void run(String name, Path tmp) throws IOException {
    Path caseDir = CORPUS.resolve(name);
    assertThat(caseDir.resolve("expected.txt")).as("corpus case %s needs an expected.txt", name).isRegularFile();
    Path root = tmp.resolve("repo");
    Path data = root.resolve("data");
    Path outside = tmp.resolve("outside");
    writeOutside(outside);
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("${PORT}", String.valueOf(server.port()));
    vars.put("${OUTSIDE}", outside.toUri().toString());
    vars.put("${ROOT}", root.toString());

    copyTree(BASE, root, Map.of());
    Run previous = govern("build", "--data", data.toString(), "--as-of", AS_OF, "--no-pdf");
    assertThat(previous.code()).as("the base builds: %s", previous.all()).isZero();
    Map<String, byte[]> previousSite = snapshot(root.resolve("site"));

    copyTree(caseDir, root, vars);
    List<String> deleted = Files.exists(caseDir.resolve("delete.txt")) ? lines(caseDir.resolve("delete.txt"), vars) : List.of();
    for (String path : deleted) {
      deleteTree(root.resolve(path));
    }
    generate(caseDir.resolve("generate.txt"), root);
    Map<String, String> env = environment(caseDir.resolve("env.txt"), vars);
    Map<String, byte[]> repoBefore = snapshot(root);
    List<String> expected = lines(caseDir.resolve("expected.txt"), vars);
    int code = Integer.parseInt(expected.get(0).strip());
    List<String> substrings = expected.subList(1, expected.size());
    List<String> args = new ArrayList<>(List.of("build", "--data", data.toString(), "--as-of", AS_OF));
    args.addAll(Files.exists(caseDir.resolve("args.txt")) ? lines(caseDir.resolve("args.txt"), vars) : List.of("--no-pdf"));
    boolean dataCase = Files.isDirectory(caseDir.resolve("data"))
        || deleted.stream().anyMatch(l -> l.startsWith("data/"))
        || (Files.exists(caseDir.resolve("generate.txt"))
            && lines(caseDir.resolve("generate.txt"), vars).stream().anyMatch(l -> l.startsWith("data/")));

    int requestsBefore = server.requests();
    Run build;
    Run check = null;
    Properties saved = setProperties(caseDir.resolve("system.properties"));
    try {
      build = govern(env, args.toArray(String[]::new));
      if (dataCase) {
        check = govern(env, "check", "--data", data.toString(), "--as-of", AS_OF);
      }
    } finally {
      restoreProperties(saved);
    }

    assertThat(build.code()).as("exit code of build; it printed:%n%s", build.all()).isEqualTo(code);
    assertPrints(build, substrings, code);
    if (check != null && code <= 1) {
      assertThat(check.code()).as("exit code of check; it printed:%n%s", check.all()).isEqualTo(code);
      assertPrints(check, code == 0 ? List.of() : substrings, code);
    }
    assertThat(server.requests() - requestsBefore).as("requests to the loopback server").isZero();
    if (code != 0) {
      assertUnchanged(previousSite, snapshot(root.resolve("site")));
      assertUnchanged(repoBefore, snapshot(root));
    } else {
      assertSafeSite(root.resolve("site"));
      assertSiteText(caseDir.resolve("site.txt"), root.resolve("site"), vars);
    }
    assertNothingFromOutside(root);
  }

  // ---- running govern

  /** An exit code and what was printed. */
  record Run(int code, String out, String err) {
    String all() {
      return out + err;
    }
  }

  static Run govern(String... args) {
    return govern(Map.of(), args);
  }

  static Run govern(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = GovernCommand.run(args, new PrintWriter(out), new PrintWriter(err), env);
    return new Run(code, out.toString(), err.toString());
  }

  private static void assertPrints(Run run, List<String> substrings, int code) {
    String all = run.all();
    for (String s : substrings) {
      assertThat(all).as("output of %s", run).contains(s);
    }
    if (code == 1) {
      assertThat(LOCATED.matcher(all).find()).as("a data problem is located as file:line:column: %s", all).isTrue();
    }
    assertThat(STACK_TRACE.matcher(all).find()).as("no stack trace or exception name in:%n%s", all).isFalse();
  }

  // ---- the case folder

  /** The non-empty lines of a case file that are not {@code #} comments, with placeholders filled. */
  static List<String> lines(Path file, Map<String, String> vars) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(substitute(line, vars));
      }
    }
    return out;
  }

  /** The environment a case runs with: lines {@code NAME=VALUE} of its env.txt (the value may be empty). */
  static Map<String, String> environment(Path file, Map<String, String> vars) throws IOException {
    Map<String, String> env = new LinkedHashMap<>();
    if (Files.exists(file)) {
      for (String line : lines(file, vars)) {
        int eq = line.indexOf('=');
        env.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return env;
  }

  /** Deletes a file, or a folder with everything in it, laid out by the base. */
  static void deleteTree(Path path) throws IOException {
    assertThat(path).as("delete.txt names a path of the repo").exists();
    try (Stream<Path> files = Files.walk(path)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static String substitute(String text, Map<String, String> vars) {
    String s = text;
    for (var e : vars.entrySet()) {
      s = s.replace(e.getKey(), e.getValue());
    }
    return s;
  }

  /** Copies a tree over {@code to}, filling placeholders byte-wise so that invalid UTF-8 stays as it is. */
  static void copyTree(Path from, Path to, Map<String, String> vars) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.sorted().toList()) {
        String relative = from.relativize(source).toString();
        if (CONTROL_FILES.contains(relative)) {
          continue;
        }
        Path target = to.resolve(relative);
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.write(target, substitute(Files.readAllBytes(source), vars));
        }
      }
    }
  }

  private static byte[] substitute(byte[] bytes, Map<String, String> vars) {
    byte[] out = bytes;
    for (var e : vars.entrySet()) {
      out = replace(out, e.getKey().getBytes(StandardCharsets.US_ASCII), e.getValue().getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  private static byte[] replace(byte[] in, byte[] find, byte[] with) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(in.length);
    int i = 0;
    while (i < in.length) {
      if (i + find.length <= in.length && Arrays.equals(in, i, i + find.length, find, 0, find.length)) {
        out.writeBytes(with);
        i += find.length;
      } else {
        out.write(in[i++]);
      }
    }
    return out.toByteArray();
  }

  /**
   * {@code generate.txt}: lines {@code PATH BYTES}, each a file of exactly that size made of YAML
   * comment lines — for inputs too large to commit, such as one over the 8 MiB limit.
   */
  static void generate(Path spec, Path root) throws IOException {
    if (!Files.exists(spec)) {
      return;
    }
    for (String line : lines(spec, Map.of())) {
      String[] parts = line.strip().split("\\s+");
      int size = Integer.parseInt(parts[1]);
      byte[] filler = "# padding: this file is over the size limit\n".getBytes(StandardCharsets.US_ASCII);
      byte[] bytes = new byte[size];
      for (int i = 0; i < size; i++) {
        bytes[i] = filler[i % filler.length];
      }
      Path target = root.resolve(parts[0]);
      Files.createDirectories(target.getParent());
      Files.write(target, bytes);
    }
  }

  private static Properties setProperties(Path file) throws IOException {
    Properties saved = new Properties();
    if (!Files.exists(file)) {
      return saved;
    }
    Properties props = new Properties();
    try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(in);
    }
    for (String key : props.stringPropertyNames()) {
      String old = System.getProperty(key);
      saved.setProperty(key, old == null ? "\u0000" : old);
      System.setProperty(key, props.getProperty(key));
    }
    return saved;
  }

  private static void restoreProperties(Properties saved) {
    for (String key : saved.stringPropertyNames()) {
      String old = saved.getProperty(key);
      if (old.equals("\u0000")) {
        System.clearProperty(key);
      } else {
        System.setProperty(key, old);
      }
    }
  }

  /** A folder beside the repo with files a hostile repo might try to pull into its output. */
  private static void writeOutside(Path outside) throws IOException {
    Files.createDirectories(outside);
    Files.writeString(outside.resolve("secret.css"),
        "body::before { content: \"" + OUTSIDE_MARKER + "\"; }\n", StandardCharsets.UTF_8);
    Files.write(outside.resolve("secret.png"), LoopbackServer.png(OUTSIDE_MARKER));
    Files.writeString(outside.resolve("secret.txt"), OUTSIDE_MARKER + "\n", StandardCharsets.UTF_8);
    Files.writeString(outside.resolve("secret.ttf"), OUTSIDE_MARKER + "\n", StandardCharsets.UTF_8);
  }

  // ---- what the result must look like

  /** Every file and folder under {@code dir} by relative path; folders map to an empty array. */
  static Map<String, byte[]> snapshot(Path dir) {
    Map<String, byte[]> out = new TreeMap<>();
    if (!Files.exists(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted().toList()) {
        String relative = dir.relativize(p).toString().replace('\\', '/');
        out.put(Files.isDirectory(p) ? relative + "/" : relative, Files.isDirectory(p) ? new byte[0] : Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static void assertUnchanged(Map<String, byte[]> before, Map<String, byte[]> after) {
    assertThat(after.keySet()).as("files in the repo after a failed build").containsExactlyElementsOf(before.keySet());
    for (var e : before.entrySet()) {
      assertThat(Arrays.equals(after.get(e.getKey()), e.getValue())).as("%s unchanged", e.getKey()).isTrue();
    }
  }

  /** No page of a built site carries live script, and the PDF draws no image it was not given. */
  static void assertSafeSite(Path site) throws IOException {
    assertThat(site.resolve("index.html")).isRegularFile();
    for (var e : snapshot(site).entrySet()) {
      String path = e.getKey();
      if (path.endsWith(".html")) {
        Document doc = Jsoup.parse(new String(e.getValue(), StandardCharsets.UTF_8));
        assertNoLiveScript(doc, path);
      } else if (path.endsWith(".pdf")) {
        try (PDDocument pdf = Loader.loadPDF(e.getValue())) {
          for (PDPage page : pdf.getPages()) {
            for (COSName n : page.getResources().getXObjectNames()) {
              assertThat(page.getResources().getXObject(n)).as("%s: raster image %s", path, n)
                  .isNotInstanceOf(PDImageXObject.class);
            }
          }
        }
      }
    }
  }

  /** Shared with the Markdown fuzz test: no script element but the site's own, no handler, no dangerous URL. */
  static void assertNoLiveScript(Document doc, String where) {
    for (Element script : doc.select("script")) {
      assertThat(script.attr("src")).as("%s: script %s", where, script).endsWith("assets/govern.js");
      assertThat(script.html()).as("%s: inline script", where).isEmpty();
    }
    // The site's own filter forms submit nowhere; a form with an action could.
    assertThat(doc.select("iframe, object, embed, base, form[action], meta[http-equiv]")).as("%s: active elements", where)
        .isEmpty();
    for (Element el : doc.getAllElements()) {
      for (Attribute a : el.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        assertThat(key).as("%s: event handler on %s", where, el.tagName()).doesNotStartWith("on");
        if (key.equals("href") || key.equals("src") || key.endsWith(":href") || key.equals("action")
            || key.equals("formaction") || key.equals("srcset") || key.equals("poster")) {
          String scheme = schemeOf(a.getValue());
          assertThat(DANGEROUS_SCHEMES).as("%s: %s=\"%s\" on %s", where, key, a.getValue(), el.tagName())
              .doesNotContain(scheme);
        }
      }
    }
  }

  /** What a browser would take as the URL's scheme: it ignores whitespace and control characters. */
  static String schemeOf(String url) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c > ' ' && c != 0x7f) {
        sb.append(c);
      }
    }
    String s = sb.toString().toLowerCase(Locale.ROOT);
    int colon = s.indexOf(':');
    return colon < 0 ? "" : s.substring(0, colon + 1);
  }

  /**
   * {@code site.txt}: lines {@code PAGE contains TEXT} or {@code PAGE lacks TEXT}, judged on the
   * text a reader sees (HTML through jsoup, the PDF through PDFBox).
   */
  static void assertSiteText(Path spec, Path site, Map<String, String> vars) throws IOException {
    if (!Files.exists(spec)) {
      return;
    }
    for (String line : lines(spec, vars)) {
      String[] parts = line.split(" ", 3);
      String text = visibleText(site.resolve(parts[0]));
      if (parts[1].equals("contains")) {
        assertThat(text).as("%s", parts[0]).contains(parts[2]);
      } else if (parts[1].equals("lacks")) {
        assertThat(text).as("%s", parts[0]).doesNotContain(parts[2]);
      } else {
        throw new IllegalArgumentException("site.txt: expected 'PAGE contains TEXT' or 'PAGE lacks TEXT': " + line);
      }
    }
  }

  static String visibleText(Path file) throws IOException {
    if (file.toString().endsWith(".pdf")) {
      try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
        return new PDFTextStripper().getText(pdf);
      }
    }
    return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8)).text();
  }

  /** Nothing under the repo — site, PDF text included — carries the text of the files outside it. */
  private static void assertNothingFromOutside(Path root) throws IOException {
    byte[] marker = OUTSIDE_MARKER.getBytes(StandardCharsets.US_ASCII);
    for (var e : snapshot(root).entrySet()) {
      assertThat(replace(e.getValue(), marker, new byte[0])).as("%s holds text from outside the repo", e.getKey())
          .hasSize(e.getValue().length);
      if (e.getKey().endsWith(".pdf")) {
        assertThat(visibleText(root.resolve(e.getKey()))).doesNotContain(OUTSIDE_MARKER);
      }
    }
  }
}
