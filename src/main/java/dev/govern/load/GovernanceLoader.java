package dev.govern.load;

import dev.govern.model.Catalogue;
import dev.govern.model.Control;
import dev.govern.model.Governance;
import dev.govern.model.KpiCategory;
import dev.govern.model.Maturity;
import dev.govern.model.Measurements;
import dev.govern.model.RepositoryEntry;
import dev.govern.model.RepositoryScan;
import dev.govern.model.ScanRules;
import dev.govern.model.Policy;
import dev.govern.model.Reference;
import dev.govern.model.Risk;
import dev.govern.model.RiskMatrix;
import dev.govern.model.Roadmap;
import dev.govern.problem.Position;
import dev.govern.problem.Problem;
import dev.govern.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a {@code data/} folder: each file is parsed to YAML nodes, bound to model records, and the
 * records are assembled into one {@link Governance}. Problems from every file are collected; none
 * is thrown.
 */
public final class GovernanceLoader {
  static final List<String> TOP_FILES = List.of("governance.yaml", "risk-matrix.yaml", "risks.yaml",
      "maturity.yaml", "kpis.yaml", "roadmap.yaml", "references.yaml", "repositories.yaml", "scan-rules.yaml");
  static final List<String> FOLDERS = List.of("controls", "frameworks", "policies", MeasurementBinder.FOLDER);
  /**
   * How a required file says "none yet". A missing file is an error rather than an empty section
   * (issue 11): a deleted or misnamed risks.yaml must not read as "no risks".
   */
  private static final Map<String, String> EMPTY_FORM = Map.of(
      "risks.yaml", "; with no risks yet, write `risks: []`",
      "maturity.yaml", "; with no maturity model yet, write `levels: []`",
      "kpis.yaml", "; with no KPIs yet, write `categories: []`",
      "roadmap.yaml", "; with no roadmap yet, write `phases: []`");

  private final DataFiles files;
  private final String display;
  private final ParseCache cache;
  private final Problems problems = new Problems();
  private final SourceMap sources = new SourceMap();
  private final Map<String, Future<Composed>> composing = new HashMap<>();
  private ExecutorService composer;
  /** Whether {@code measurements/} is read ({@code govern scan} replaces it unread). */
  private final boolean measured;

  private GovernanceLoader(DataFiles files, String display, ParseCache cache, boolean measured) {
    this.files = files;
    this.display = display;
    this.cache = cache;
    this.measured = measured;
  }

  /**
   * Loads the governance state in {@code dataDir}.
   *
   * @param display how the folder is named in problems, e.g. {@code data}
   */
  public static Loaded load(Path dataDir, String display) {
    return load(dataDir, display, null);
  }

  /**
   * Loads the governance state in {@code dataDir}, reusing the files of {@code cache} whose contents
   * are unchanged since an earlier load into it; the repo is the folder that holds the data folder.
   *
   * @param cache parsed files of earlier loads of this folder, or null
   */
  public static Loaded load(Path dataDir, String display, ParseCache cache) {
    Path parent = dataDir.toAbsolutePath().normalize().getParent();
    return load(dataDir, parent == null ? dataDir : parent, display, cache);
  }

  /**
   * Loads the data folder of the governance repo at {@code root}: a data file that links to a place
   * outside {@code root} is an error.
   */
  public static Loaded load(Path dataDir, Path root, String display) {
    return load(dataDir, root, display, null);
  }

  /**
   * Loads the data folder of the governance repo at {@code root}, reusing the files of {@code cache}
   * whose contents are unchanged since an earlier load into it (a warm {@code govern serve}).
   *
   * @param cache parsed files of earlier loads of this folder, or null
   */
  public static Loaded load(Path dataDir, Path root, String display, ParseCache cache) {
    return load(dataDir, root, display, cache, true);
  }

  /**
   * Loads the data folder without {@code measurements/}, for {@code govern scan}, which replaces
   * them whole: reading back a thousand repositories' measurements only to discard them was most of
   * the cost of a rescan. The governance then reads as before a first scan.
   */
  public static Loaded withoutMeasurements(Path dataDir, Path root, String display) {
    return load(dataDir, root, display, null, false);
  }

  private static Loaded load(Path dataDir, Path root, String display, ParseCache cache, boolean measurements) {
    if (!Files.isDirectory(dataDir)) {
      Problems p = new Problems();
      p.error(Position.startOf(display), "no data folder here: " + display
          + " (run `govern init DIR` to start one, or pass --data)");
      return new Loaded(Optional.empty(), new SourceMap(), p.sorted());
    }
    try {
      return new GovernanceLoader(new FolderFiles(dataDir, root, cache != null), display, cache, measurements).load();
    } catch (IOException e) {
      return unreadable(display, e);
    }
  }

  /**
   * Loads the governance state in {@code files}, which must be a data folder.
   *
   * @param cache parsed files of other versions of this data folder to reuse, or null
   */
  public static Loaded load(DataFiles files, String display, ParseCache cache) {
    try {
      return new GovernanceLoader(files, display, cache, true).load();
    } catch (IOException e) {
      return unreadable(display, e);
    }
  }

  private static Loaded unreadable(String display, IOException e) {
    Problems p = new Problems();
    p.error(Position.startOf(display), "cannot read the data folder: " + e.getMessage());
    return new Loaded(Optional.empty(), new SourceMap(), p.sorted());
  }

  private Loaded load() throws IOException {
    warnAboutStrayFiles();
    List<String> controlFiles = yamlFiles("controls");
    requireControls(controlFiles);
    List<String> catalogueFiles = yamlFiles("frameworks");
    // Files on disk may be read from several threads (a Git tree's reader may not), and a history
    // load already runs one version per core.
    if (files instanceof FolderFiles) {
      List<String> all = new ArrayList<>(TOP_FILES);
      all.addAll(controlFiles);
      all.addAll(catalogueFiles);
      startComposing(all);
    }
    try {
      return bind(controlFiles, catalogueFiles);
    } finally {
      if (composer != null) {
        composer.shutdownNow();
      }
    }
  }

  private Loaded bind(List<String> controlFiles, List<String> catalogueFiles) throws IOException {
    Optional<SettingsBinder.Settings> settings =
        parse("governance.yaml", true, "governance").map(n -> SettingsBinder.bind(n.node, n.ctx));
    Optional<RiskMatrix> matrix =
        parse("risk-matrix.yaml", true, "matrix").flatMap(n -> MatrixBinder.bind(n.node, n.ctx));

    List<Control> controls = new ArrayList<>();
    for (String file : controlFiles) {
      parse(file, true, "controls").ifPresent(n -> ControlBinder.controls(n.node, n.ctx, controls));
    }
    List<Catalogue> catalogues = new ArrayList<>();
    for (String file : catalogueFiles) {
      parse(file, true, "catalogues/" + catalogues.size())
          .ifPresent(n -> ControlBinder.catalogue(n.node, n.ctx, catalogues));
    }
    List<Risk> risks = new ArrayList<>();
    parse("risks.yaml", true, "risks").ifPresent(n -> RiskBinder.risks(n.node, n.ctx, matrix.orElse(null), risks));
    Maturity maturity = parse("maturity.yaml", true, "maturity")
        .map(n -> MaturityBinder.bind(n.node, n.ctx)).orElse(new Maturity(List.of(), List.of()));
    List<KpiCategory> kpis = parse("kpis.yaml", true, "kpis")
        .map(n -> KpiBinder.bind(n.node, n.ctx)).orElse(List.of());
    Roadmap roadmap = parse("roadmap.yaml", true, "roadmap")
        .map(n -> RoadmapBinder.bind(n.node, n.ctx)).orElse(Roadmap.empty());
    List<Reference> references = parse("references.yaml", false, "references")
        .map(n -> SettingsBinder.references(n.node, n.ctx)).orElse(List.of());

    List<RepositoryEntry> repositories = parse("repositories.yaml", false, "repositories")
        .map(n -> RepositoryBinder.bind(n.node, n.ctx)).orElse(List.of());
    ScanRules bundledRules = ScanRulesBinder.bundled();
    ScanRules scanRules = parse("scan-rules.yaml", false, "scan-rules")
        .map(n -> ScanRulesBinder.merge(bundledRules, ScanRulesBinder.bind(n.node, n.ctx), n.ctx))
        .orElse(bundledRules);
    Optional<Measurements> measurements = measurements();

    List<Policy> policies = new ArrayList<>();
    SettingsBinder.Settings s = settings.orElse(null);
    String policyFolder = files.fromRoot().map(r -> r.isEmpty() ? "policies" : r + "/policies").orElse(null);
    for (String file : markdownFiles("policies")) {
      Context ctx = context(file);
      sources.putFile("policies/" + policies.size(), ctx.start());
      if (s == null) {
        continue;
      }
      readText(file, ctx).flatMap(text ->
              PolicyBinder.bind(text, Path.of(file).getFileName().toString(), ctx, s, "policies/" + policies.size(),
                  policyFolder))
          .ifPresent(policies::add);
    }

    Optional<Governance> governance = Optional.empty();
    if (s != null && s.organization() != null && s.document() != null) {
      RiskMatrix m = matrix.orElse(new RiskMatrix(List.of(), List.of(), List.of(), List.of(), Map.of(), null));
      governance = Optional.of(new Governance(s.organization(), s.document(), s.domains(),
          s.classifications(), s.tools(), s.report(), m, Measured.controls(controls, measurements), risks, maturity,
          Measured.kpis(kpis, measurements), catalogues,
          roadmap, policies, references, repositories, scanRules, measurements));
    }
    return new Loaded(governance, sources, problems.sorted());
  }

  private record Parsed(Node node, Context ctx) {}

  /**
   * The committed scan results: {@code measurements/scan.yaml} and one file per repository, each
   * named for its id. A file lost or left over from another scan shows as a count that disagrees.
   */
  private Optional<Measurements> measurements() throws IOException {
    if (!measured || !files.isFolder(MeasurementBinder.FOLDER)) {
      return Optional.empty();
    }
    for (String name : files.list(MeasurementBinder.FOLDER)) {
      String path = MeasurementBinder.FOLDER + "/" + name;
      if (!path.equals(MeasurementBinder.SUMMARY) && !path.equals(MeasurementBinder.REPOSITORIES) && !name.startsWith(".")) {
        problems.warning(Position.startOf(display + "/" + path), "ignored: govern scan writes only scan.yaml and repositories/ here");
      }
    }
    Optional<MeasurementBinder.Summary> summary = parse(MeasurementBinder.SUMMARY, true, "measurements")
        .flatMap(n -> MeasurementBinder.summary(n.node, n.ctx));
    List<RepositoryScan> repos = new ArrayList<>();
    List<String> repoFiles = yamlFiles(MeasurementBinder.REPOSITORIES);
    for (String file : repoFiles) {
      String section = "measurements/" + repos.size();
      parse(file, true, section).flatMap(n -> MeasurementBinder.repository(n.node, n.ctx, section)).ifPresent(r -> {
        String expected = MeasurementBinder.REPOSITORIES + "/" + r.id() + ".yaml";
        if (!file.equals(expected)) {
          problems.error(sources.at(section + "/id"), "the measurement of '" + r.id() + "' belongs in "
              + display + "/" + expected + " (run govern scan again rather than editing measurements)");
        } else {
          repos.add(r);
        }
      });
    }
    if (summary.isEmpty()) {
      return Optional.empty();
    }
    if (summary.get().repositories() != repoFiles.size()) {
      problems.error(summary.get().countAt(), "the scan wrote " + summary.get().repositories()
          + " repository measurements but " + repoFiles.size() + " are here: commit the folder as govern scan wrote it");
    }
    repos.sort(java.util.Comparator.comparing(RepositoryScan::id));
    return Optional.of(new Measurements(summary.get().asOf(), repos));
  }

  private Optional<Parsed> parse(String file, boolean required, String section) {
    Context ctx = context(file);
    sources.putFile(section, ctx.start());
    if (!files.exists(file)) {
      if (required) {
        problems.error(ctx.start(), "missing file " + display + "/" + file + ": it is required"
            + EMPTY_FORM.getOrDefault(file, ""));
      }
      return Optional.empty();
    }
    Optional<Node> node;
    Future<Composed> started = composing.get(file);
    if (started != null) {
      Composed composed = join(started);
      problems.addAll(composed.problems());
      node = composed.node();
      if (cache != null) {
        files.contentId(file).ifPresent(id -> cache.put(id, ctx.file(), composed.node(), composed.problems()));
      }
    } else {
      Optional<String> contentId = cache == null ? Optional.empty() : files.contentId(file);
      node = contentId.isPresent() ? cache.compose(contentId.get(), ctx, c -> compose(file, c)) : compose(file, ctx);
    }
    return node.map(n -> new Parsed(n, ctx));
  }

  private Optional<Node> compose(String file, Context ctx) {
    return readText(file, ctx).flatMap(text -> YamlLoader.compose(text, ctx));
  }

  /** A file parsed ahead, with the problems parsing found. */
  private record Composed(Optional<Node> node, List<Problem> problems) {}

  /**
   * Parses the YAML files that exist on all cores, ahead of binding, which then takes them in its
   * own order: parsing is most of the work of loading, binding is quick.
   */
  private void startComposing(List<String> yamlFiles) {
    List<String> present = yamlFiles.stream().filter(files::exists).filter(f -> !cached(f)).toList();
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), present.size());
    if (threads < 2) {
      return;
    }
    composer = Executors.newFixedThreadPool(threads, task -> {
      Thread t = new Thread(task, "govern-load");
      t.setDaemon(true);
      return t;
    });
    for (String file : present) {
      composing.put(file, composer.submit(() -> {
        Problems found = new Problems();
        Optional<Node> node = compose(file, new Context(display + "/" + file, 0, found, new SourceMap()));
        return new Composed(node, found.sorted());
      }));
    }
  }

  /** Whether an earlier load parsed this file with these very contents. */
  private boolean cached(String file) {
    if (cache == null) {
      return false;
    }
    Optional<String> id = files.contentId(file);
    return id.isPresent() && cache.has(id.get(), display + "/" + file);
  }

  private static Composed join(Future<Composed> started) {
    try {
      return started.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the data", e);
    } catch (ExecutionException e) {
      // compose() reports everything it expects as problems; anything else is a bug worth seeing.
      throw new IllegalStateException(e.getCause());
    }
  }

  private Optional<String> readText(String file, Context ctx) {
    try {
      return YamlLoader.decode(files.read(file, YamlLoader.MAX_BYTES), ctx);
    } catch (DataFiles.Unreadable e) {
      ctx.problems().error(ctx.start(), e.getMessage());
      return Optional.empty();
    }
  }

  private Context context(String file) {
    return new Context(display + "/" + file, 0, problems, sources);
  }

  private List<String> yamlFiles(String folder) throws IOException {
    return filesIn(folder, ".yaml");
  }

  private List<String> markdownFiles(String folder) throws IOException {
    return filesIn(folder, ".md");
  }

  /**
   * Images that policies show, and folders of them, may sit beside the policies (relative image
   * paths start from there); a folder that holds policies is still reported, as they would be missed.
   */
  private boolean isPolicyMedia(String folder, String name) throws IOException {
    if (!folder.equals("policies")) {
      return false;
    }
    String path = folder + "/" + name;
    if (files.isFolder(path)) {
      return files.list(path).stream().noneMatch(n -> n.endsWith(".md"));
    }
    return IMAGE_NAME.matcher(name).matches();
  }

  private static final Pattern IMAGE_NAME =
      Pattern.compile("(?i).+\\.(png|jpe?g|gif|webp|svg)");

  /** Files of a folder with the extension, sorted by name so that order never depends on the disk. */
  private List<String> filesIn(String folder, String extension) throws IOException {
    if (!files.isFolder(folder)) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (String name : files.list(folder)) {
      if (name.endsWith(extension)) {
        names.add(folder + "/" + name);
      } else if (!name.startsWith(".") && !isPolicyMedia(folder, name)) {
        problems.warning(Position.startOf(display + "/" + folder + "/" + name),
            "ignored: only " + extension + " files are read in " + folder + "/");
      }
    }
    return names;
  }

  /**
   * Without control files every reference to a control would be reported as unknown, and the
   * cause never named: say it once.
   */
  private void requireControls(List<String> controlFiles) {
    Position folder = Position.startOf(display + "/controls");
    if (!files.isFolder("controls")) {
      problems.error(folder, "missing folder " + display + "/controls/: it is required and holds the controls"
          + " (one .yaml file per domain is usual; with none yet, a file with `controls: []`)");
    } else if (controlFiles.isEmpty()) {
      problems.error(folder, "no .yaml file in " + display + "/controls/: the controls are required"
          + " (with none yet, a file with `controls: []`)");
    }
  }

  private void warnAboutStrayFiles() throws IOException {
    List<String> known = new ArrayList<>(TOP_FILES);
    known.addAll(FOLDERS);
    for (String name : files.list("")) {
      if (!known.contains(name) && !name.startsWith(".")) {
        problems.warning(Position.startOf(display + "/" + name),
            "ignored: not a file govern reads" + Suggest.didYouMean(name, known));
      }
    }
  }
}
