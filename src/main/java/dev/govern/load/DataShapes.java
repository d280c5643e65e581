package dev.govern.load;

import static dev.govern.load.Shape.Key.optional;
import static dev.govern.load.Shape.Key.required;

import dev.govern.load.Shape.Type;
import dev.govern.model.Evidence;
import dev.govern.model.FindingSeverity;
import dev.govern.model.Measurements;
import dev.govern.model.ScanRequirement;
import dev.govern.model.ScanRules;
import java.util.List;

/**
 * Every shape of the data format, declared once: the binders accept exactly these keys, and
 * {@code govern schema} writes exactly these as JSON Schemas, with their descriptions, enums and
 * patterns. A new data file declares its shapes here and is added to {@link #FILES}.
 */
public final class DataShapes {
  private DataShapes() {}

  /**
   * One kind of data file and the shape of its top level.
   *
   * @param name the schema's file name without {@code .schema.json}
   * @param files where such files live in the data folder, as a glob ({@code controls/*.yaml})
   * @param title what the file is
   * @param root its top-level shape
   */
  public record DataFile(String name, String files, String title, Shape root) {}

  private static final Type ID = new Type.Text(null, null);

  // ---- governance.yaml

  static final Shape ORGANIZATION = Shape.of("organization", "The organisation this governance belongs to.",
      required("name", Type.TEXT, "The organisation's name, as every page and the PDF show it."),
      optional("scope", Type.TEXT, "Who and what the governance applies to."));

  static final Shape APPROVER = Shape.of("an approver", "Someone who approved this version of the document.",
      required("name", Type.TEXT, "The approver's name."),
      optional("role", Type.TEXT, "The approver's role, e.g. CISO."),
      optional("date", Type.DATE, "The date of the approval, YYYY-MM-DD."));

  static final Shape DOCUMENT = Shape.of("document", "The governance document as a whole.",
      required("title", Type.TEXT, "The document's title."),
      optional("subtitle", Type.TEXT, "A subtitle under the title."),
      required("classification", Type.TEXT, "The document's classification, printed on every page, e.g. INTERNAL."),
      optional("owner", Type.TEXT, "Who owns the document."),
      optional("version", Type.TEXT, "The document's version; quote it (\"2.1\") so YAML keeps it as written."),
      optional("approvers", Type.list(Type.of(APPROVER)), "Who approved this version."));

  static final Shape DOMAIN = Shape.of("a domain", "A control domain; the order of domains is the order everywhere.",
      required("id", ID, "The domain's id, used by controls."),
      required("name", Type.TEXT, "The domain's name."),
      optional("description", Type.TEXT, "What the domain covers."));

  static final Shape ALLOW = Shape.of("allow (or the word none)", "Which tools may touch code of this classification.",
      optional("status", Type.list(Type.choice(SettingsBinder.TOOL_STATUSES)), "Tool statuses allowed."),
      optional("endpoint", Type.list(Type.choice(SettingsBinder.ENDPOINTS)), "Tool endpoints allowed."));

  static final Shape CLASSIFICATION = Shape.of("a classification", "A data classification level (lowest sensitivity first).",
      required("id", ID, "The classification's id, e.g. INTERNAL."),
      optional("description", Type.TEXT, "What the classification means for AI tools."),
      required("allow", Type.oneOf(Type.word("none"), Type.of(ALLOW)),
          "The tools allowed: statuses and endpoints, or the word none."),
      optional("requirements", Type.TEXT_LIST, "Further requirements, e.g. privacy mode enabled."),
      optional("scan_requires", Type.list(Type.choice(ScanRequirement.ids())),
          "What govern scan requires of repositories of this classification, e.g. ignore_file."));

  static final Shape TOOL = Shape.of("a tool", "An AI coding tool of the inventory.",
      required("id", ID, "The tool's id."),
      required("name", Type.TEXT, "The tool's name."),
      optional("vendor", Type.TEXT, "Who makes it."),
      required("status", Type.choice(SettingsBinder.TOOL_STATUSES), "Whether the tool is approved."),
      required("endpoint", Type.choice(SettingsBinder.ENDPOINTS), "Whether code goes to an enterprise or a consumer endpoint."),
      optional("approved_on", Type.DATE, "When the tool was approved, YYYY-MM-DD."),
      optional("ignore_file", Type.TEXT, "The ignore file the tool honours, e.g. .cursorignore."));

  static final Type COLOR = new Type.Text("^#[0-9A-Fa-f]{6}$", "#1f4e79");

  static final Shape BRAND = Shape.of("report.brand", "The organisation's logo and colours, in the site and the PDF.",
      optional("logo", Type.TEXT, "A PNG, JPEG or SVG logo in the repository, relative to its root."),
      optional("primary", COLOR, "The primary colour (headings, navigation) as #rrggbb; checked for contrast."),
      optional("accent", COLOR, "The accent colour (links, highlights) as #rrggbb; checked for contrast."));

  static final Shape REPORT = Shape.of("report", "Settings of the PDF report.",
      optional("title", Type.TEXT, "The PDF's title; default: document.title."),
      optional("fonts", Type.TEXT_LIST, "Extra TrueType fonts in the repository, for scripts DejaVu Sans lacks."),
      optional("since", Type.TEXT, "A revision (e.g. the tag of the last audit) for \"Changes since\"."),
      optional("brand", Type.of(BRAND), "The organisation's logo and colours."));

  static final Shape GOVERNANCE = Shape.of("governance.yaml",
      "The organisation, the document, control domains, data classifications, the AI tool inventory and report settings.",
      required("organization", Type.of(ORGANIZATION), "The organisation."),
      required("document", Type.of(DOCUMENT), "The document's title, classification, owner, version and approvers."),
      required("domains", Type.list(Type.of(DOMAIN)), "The control domains, in the order shown everywhere."),
      optional("classifications", Type.list(Type.of(CLASSIFICATION)), "Data classifications, lowest sensitivity first."),
      optional("tools", Type.list(Type.of(TOOL)), "The AI tool inventory."),
      optional("report", Type.of(REPORT), "PDF report settings."));

  // ---- risk-matrix.yaml

  static Shape step(String key) {
    return Shape.of("a " + key + " step", "One step of the " + key + " scale, lowest first.",
        required("id", ID, "The step's id, used by risks."),
        required("label", Type.TEXT, "The step's label."),
        required("score", Type.whole(), "The step's score; likelihood score × impact score places a risk."));
  }

  static final Shape LEVEL = Shape.of("a level", "A risk level, lowest first.",
      required("id", ID, "The level's id, used by risks and thresholds."),
      required("label", Type.TEXT, "The level's label."),
      required("color", new Type.Text("^#[0-9a-fA-F]{6}$", "#b71c1c"), "The level's colour, #rrggbb."));

  static final Shape MATRIX = Shape.of("risk-matrix.yaml",
      "The likelihood and impact scales, the risk levels, and thresholds or a grid that give each cell its level.",
      required("likelihood", Type.list(Type.of(step("likelihood"))), "The likelihood scale, lowest first."),
      required("impact", Type.list(Type.of(step("impact"))), "The impact scale, lowest first."),
      required("levels", Type.list(Type.of(LEVEL)), "The risk levels, lowest first."),
      optional("thresholds", new Type.MapOf(Type.whole(), "a level id above the lowest"),
          "The minimum likelihood × impact score of each level above the lowest."),
      optional("grid", Type.list(Type.TEXT_LIST),
          "Instead of thresholds: one row per likelihood (lowest first), one level id per impact."),
      optional("appetite", ID, "The highest residual level id accepted without a plan of action."));

  // ---- controls/*.yaml and frameworks/*.yaml

  static final Shape EVIDENCE = Shape.of("an evidence item", "Evidence that the control operates.",
      required("name", Type.TEXT, "What the evidence is."),
      optional("date", Type.DATE, "The date the evidence speaks for, YYYY-MM-DD."),
      optional("location", Type.TEXT, "Where it is: a URL or a repository path."),
      optional("source", Type.word(Evidence.SCAN),
          "scan: the evidence is govern scan's committed measurements, dated by the scan (give no date)."));

  static final Shape CONTROL = Shape.of("a control", "A control.",
      required("id", ID, "The control's id, e.g. TM-001."),
      required("domain", ID, "The id of the control's domain in governance.yaml."),
      required("name", Type.TEXT, "The control's name."),
      optional("description", Type.TEXT, "What the control requires."),
      optional("implementation", Type.TEXT, "How it is implemented."),
      optional("evidence", Type.list(Type.oneOf(Type.TEXT, Type.of(EVIDENCE))), "Evidence: names, or items with a date and location."),
      optional("frequency", Type.TEXT, "How often it operates, in words (Monthly, Quarterly, Every pull request)."),
      optional("review_every", Type.PERIOD, "The review cadence as an ISO-8601 period; derived from frequency when absent."),
      required("status", Type.choice(ControlBinder.STATUSES), "How far the control is implemented."),
      optional("owner", Type.TEXT, "Who owns the control."),
      optional("last_reviewed", Type.DATE, "When it was last reviewed, YYYY-MM-DD."),
      optional("mappings", new Type.MapOf(Type.TEXT_LIST, "a framework catalogue id"),
          "The items of each framework catalogue the control addresses."));

  static final Shape CONTROLS = Shape.of("a controls file", "Controls; one file per domain is usual, any split works.",
      required("controls", Type.list(Type.of(CONTROL)), "The controls."));

  static final Shape CATALOGUE_ITEM = Shape.of("a catalogue item", "An item of a framework catalogue.",
      required("id", ID, "The item's id, as controls map to it."),
      required("title", Type.TEXT, "The item's title."),
      optional("group", ID, "The id of the item's group; items that are no other item's group are requirements."));

  static final Shape CATALOGUE = Shape.of("a framework catalogue", "A framework catalogue that mappings are checked against.",
      required("id", ID, "The framework's id, as control mappings name it."),
      required("name", Type.TEXT, "The framework's name."),
      optional("version", Type.TEXT, "The framework's version; quote it."),
      optional("url", Type.TEXT, "Where the framework is published."),
      required("items", Type.list(Type.of(CATALOGUE_ITEM)), "The catalogue's items."));

  // ---- risks.yaml

  static final Shape RISK = Shape.of("a risk", "A risk of the register.",
      required("id", ID, "The risk's id, e.g. R001."),
      optional("category", Type.TEXT, "The risk's category."),
      required("description", Type.TEXT, "What could happen."),
      required("likelihood", ID, "A likelihood id of risk-matrix.yaml."),
      required("impact", ID, "An impact id of risk-matrix.yaml."),
      optional("inherent_risk", ID, "The inherent level id; computed from the matrix, must agree when given."),
      optional("controls", Type.TEXT_LIST, "The ids of the controls that mitigate the risk."),
      optional("residual_likelihood", ID, "The likelihood after controls; give it with residual_impact."),
      optional("residual_impact", ID, "The impact after controls; give it with residual_likelihood."),
      optional("residual_risk", ID, "The residual level id; required without the residual pair, must agree with it."),
      optional("owner", Type.TEXT, "Who owns the risk."),
      optional("treatment", Type.choice(RiskBinder.TREATMENTS), "How the risk is treated."));

  static final Shape RISKS = Shape.of("risks.yaml", "The risk register.",
      required("risks", Type.list(Type.of(RISK)), "The risks."));

  // ---- maturity.yaml

  static final Shape MATURITY_LEVEL = Shape.of("a maturity level", "A maturity level, ascending.",
      required("level", Type.whole(), "The level's number."),
      required("name", Type.TEXT, "The level's name."),
      optional("description", Type.TEXT, "What the level means."),
      optional("characteristics", Type.TEXT_LIST, "What an organisation at this level shows."),
      optional("controls_required", Type.oneOf(Type.word("all"), Type.TEXT_LIST),
          "The control ids that must be implemented, or the word all."),
      optional("capabilities_required", Type.TEXT_LIST, "The capability ids that must be implemented."));

  static final Shape CAPABILITY = Shape.of("a capability", "A capability a maturity level may require.",
      required("id", ID, "The capability's id."),
      required("name", Type.TEXT, "The capability's name."),
      required("status", Type.choice(ControlBinder.STATUSES), "How far it is implemented."));

  static final Shape MATURITY = Shape.of("maturity.yaml", "The maturity model: levels and capabilities.",
      required("levels", Type.list(Type.of(MATURITY_LEVEL)), "The levels, ascending."),
      optional("capabilities", Type.list(Type.of(CAPABILITY)), "Capabilities levels may require."));

  // ---- kpis.yaml

  /** OPERATOR NUMBER UNIT: the one syntax of targets, for the binder and the schema alike. */
  static final String TARGET_SYNTAX = "\\s*(>=|<=|>|<|=)\\s*(-?\\d+(?:\\.\\d+)?)\\s*(%|\\p{L}+)?\\s*";

  static final Type TARGET = new Type.Text("^" + TARGET_SYNTAX + "$", ">95%");

  static final Shape KPI_VALUE = Shape.of("a value", "The measured value of one month: value, or one number per segment.",
      required("period", Type.MONTH, "The month, YYYY-MM.")).withOthers(Type.DECIMAL);

  static final Shape KPI = Shape.of("a KPI", "A key performance indicator.",
      required("id", ID, "The KPI's id."),
      required("kpi", Type.TEXT, "The KPI's name."),
      optional("definition", Type.TEXT, "What it measures."),
      optional("measurement", Type.TEXT, "How it is measured."),
      required("target", Type.oneOf(TARGET, new Type.MapOf(TARGET, "a segment name")),
          "OPERATOR NUMBER UNIT (\">90%\", \"<24 hours\"), or one such target per segment."),
      optional("values", Type.list(Type.of(KPI_VALUE)), "Measured values, oldest first, one per month."),
      optional("source", Type.choice(Measurements.FIGURES.stream().map(f -> KpiBinder.SCAN + f).toList()),
          "A figure of govern scan's measurements that gives the KPI its monthly values, e.g. scan.assistant_adoption."));

  static final Shape KPI_CATEGORY = Shape.of("a KPI category", "A category of KPIs.",
      required("id", ID, "The category's id."),
      required("name", Type.TEXT, "The category's name."),
      required("kpis", Type.list(Type.of(KPI)), "The category's KPIs."));

  static final Shape KPIS = Shape.of("kpis.yaml", "KPI categories, targets and measured values.",
      required("categories", Type.list(Type.of(KPI_CATEGORY)), "The KPI categories."));

  // ---- roadmap.yaml

  static final Shape ACTIVITY = Shape.of("an activity", "An activity of a roadmap phase.",
      required("text", Type.TEXT, "What is done."),
      required("status", Type.choice(RoadmapBinder.ACTIVITY_STATUSES), "How far it is."));

  static final Shape PHASE = Shape.of("a roadmap phase", "A roadmap phase.",
      required("id", ID, "The phase's id."),
      required("name", Type.TEXT, "The phase's name."),
      required("months", new Type.ListOf(new Type.Whole(1), 2, 2), "The first and last month, counted from 1, e.g. [3, 4]."),
      optional("target_maturity", Type.whole(), "The maturity level the phase aims at."),
      optional("activities", Type.list(Type.of(ACTIVITY)), "The phase's activities."));

  static final Shape ROADMAP = Shape.of("roadmap.yaml", "The roadmap: phases and their activities.",
      optional("start", Type.DATE, "The date month 1 starts, YYYY-MM-DD; gives the months calendar dates."),
      required("phases", Type.list(Type.of(PHASE)), "The phases, in order."));

  // ---- policies/*.md front matter and references.yaml

  static final Shape POLICY = Shape.of("the front matter", "The YAML front matter of a policy (policies/*.md).",
      required("id", ID, "The policy's id, e.g. POL-001."),
      required("title", Type.TEXT, "The policy's title."),
      optional("version", Type.TEXT, "The policy's version; quote it (\"1.0\") so YAML keeps it as written."),
      optional("owner", Type.TEXT, "Who owns the policy."),
      optional("approved_by", Type.of(APPROVER), "Who approved this version, in which role and on which date."),
      optional("effective", Type.DATE, "The date the policy takes effect, YYYY-MM-DD; not before its approval."),
      optional("review_every", Type.PERIOD, "The review cadence as an ISO-8601 period."),
      optional("last_reviewed", Type.DATE, "When it was last reviewed, YYYY-MM-DD."),
      optional("controls", Type.TEXT_LIST, "The ids of the controls the policy supports."));

  static final Shape REFERENCE = Shape.of("a reference", "A cited source.",
      required("title", Type.TEXT, "The source's title."),
      optional("url", Type.TEXT, "Where it is published."));

  static final Shape REFERENCES = Shape.of("references.yaml", "Cited sources.",
      required("references", Type.list(Type.of(REFERENCE)), "The sources."));

  // ---- repositories.yaml

  static final Shape REPOSITORY = Shape.of("a repository", "A repository govern scan reads.",
      optional("id", new Type.Text("^" + RepositoryBinder.ID.pattern() + "$", "payments-api"),
          "The repository's id (letters, digits, '.', '_', '-'); required unless the path ends in a * or ? pattern."),
      required("path", Type.TEXT,
          "Its folder, relative to the governance repo's root; a last part with * or ? takes every Git repository there."),
      required("classification", ID, "A classification id of governance.yaml: what the code in it is."),
      optional("owner", Type.TEXT, "Who owns the repository."));

  static final Shape REPOSITORIES = Shape.of("repositories.yaml", "The repositories govern scan reads.",
      required("repositories", Type.list(Type.of(REPOSITORY)), "The repositories, or [] for none yet."));

  // ---- scan-rules.yaml (and the bundled signatures it extends)

  /** A scan rule's id: findings and code scanning key on it. */
  static final String RULE_ID = "[a-z0-9][a-z0-9-]{0,63}";
  /** An attribution signature's id. */
  static final String SIGNATURE_ID = "[a-z0-9][a-z0-9._-]*";
  /** A commit-message trailer key. */
  static final String TRAILER_KEY = "[A-Za-z0-9][A-Za-z0-9-]*";

  static final Shape SCAN_ASSISTANT = Shape.of("an assistant", "An AI assistant and the files that configure it.",
      optional("tool", ID, "The tool's id in governance.yaml's inventory, when it is one tool."),
      required("name", Type.TEXT, "The assistant's name."),
      required("files", Type.TEXT_LIST, "Globs of its files inside a repository, e.g. **/CLAUDE.md."));

  static final Shape SCAN_RULE = Shape.of("a rule", "A scan rule: a pattern that is a finding where it matches.",
      required("id", new Type.Text("^" + RULE_ID + "$", "hidden-unicode"),
          "The rule's id: lower-case letters, digits and '-'; the id of a bundled rule replaces it."),
      required("severity", Type.choice(FindingSeverity.ids()), "How bad a finding of the rule is."),
      optional("in", Type.choice(ScanRules.Target.ids()), "What the pattern is matched against; default text."),
      optional("files", Type.TEXT_LIST, "Globs of the files the rule reads; default: every assistant file."),
      required("pattern", Type.TEXT, "A regular expression."),
      required("message", Type.TEXT, "What a finding says."),
      optional("control", ID, "The id of the control the rule serves."));

  static final Shape IDENTITY = Shape.of("an identity", "An author, committer or co-author an assistant appears as.",
      required("id", new Type.Text("^" + SIGNATURE_ID + "$", "claude-code"), "The identity's id; one of the bundled ids replaces it."),
      required("tool", Type.TEXT, "The assistant's name."),
      optional("name", Type.TEXT, "A regular expression the whole name matches, ignoring case."),
      optional("email", Type.TEXT, "A regular expression the whole address matches, ignoring case."));

  static final Shape NOT_AI = Shape.of("an identity", "Automation that is never counted as AI.",
      required("id", new Type.Text("^" + SIGNATURE_ID + "$", "dependabot"), "The identity's id."),
      optional("name", Type.TEXT, "A regular expression the whole name matches, ignoring case."),
      optional("email", Type.TEXT, "A regular expression the whole address matches, ignoring case."));

  static final Shape TRAILER = Shape.of("a trailer signature", "A commit-message trailer that marks an AI-attributed commit.",
      required("id", new Type.Text("^" + SIGNATURE_ID + "$", "assisted-by"), "The signature's id."),
      required("tool", Type.TEXT, "The assistant's name."),
      required("key", new Type.Text("^" + TRAILER_KEY + "$", "Assisted-by"), "The trailer key."),
      required("value", Type.TEXT, "A regular expression the whole value matches, ignoring case."));

  static final Shape LINE = Shape.of("a line signature", "A line of a commit message that marks an AI-attributed commit.",
      required("id", new Type.Text("^" + SIGNATURE_ID + "$", "generated-with"), "The signature's id."),
      required("tool", Type.TEXT, "The assistant's name."),
      required("pattern", Type.TEXT, "A regular expression the whole line matches, ignoring case."));

  static final Shape ATTRIBUTION = Shape.of("the signatures file", "The traces AI assistants leave in Git history.",
      optional("co_author_keys", new Type.ListOf(new Type.Text("^" + TRAILER_KEY + "$", "Co-authored-by"), null, null),
          "Trailer keys that name a co-author."),
      optional("assistants", Type.list(Type.of(IDENTITY)), "Identities an assistant appears as."),
      optional("not_ai", Type.list(Type.of(NOT_AI)), "Automation that is not AI."),
      optional("trailers", Type.list(Type.of(TRAILER)), "Trailers that mark AI-attributed commits."),
      optional("lines", Type.list(Type.of(LINE)), "Message lines that mark AI-attributed commits."),
      optional("git_ai_notes_ref", new Type.Text("^refs/.*$", "refs/notes/ai"), "The notes ref git-ai writes."),
      optional("agent_trace_folder", Type.TEXT, "The folder of Agent Trace records inside a repository."));

  static final Shape SCAN_RULES = Shape.of("a file of scan signatures",
      "Additions to the scan's bundled signatures: assistants, ignore files, rules and attribution.",
      optional("assistants", Type.list(Type.of(SCAN_ASSISTANT)), "More assistants and their files."),
      optional("ignore_files", Type.TEXT_LIST, "More ignore files assistants honour, e.g. .cursorignore."),
      optional("rules", Type.list(Type.of(SCAN_RULE)), "More rules; one with a bundled rule's id replaces it."),
      optional("disable", Type.TEXT_LIST, "Ids of bundled rules to switch off."),
      optional("attribution", Type.of(ATTRIBUTION), "More attribution signatures, in the bundled file's shape."));

  // ---- measurements/ (written by govern scan)

  static final Shape SCAN_SUMMARY = Shape.of("measurements/scan.yaml", "When govern scan ran and how many repositories it wrote.",
      required("as_of", Type.DATE, "The date of the scan."),
      required("repositories", new Type.Whole(0), "How many repository measurements the scan wrote."));

  static final Shape ASSISTANT_FILE = Shape.of("an assistant file", "An assistant's configuration file found.",
      required("path", Type.TEXT, "Its path in the repository."),
      required("tool", Type.TEXT, "The assistant it configures."));

  static final Shape FINDING = Shape.of("a finding", "What a scan rule found.",
      required("rule", Type.TEXT, "The rule's id."),
      required("severity", Type.choice(FindingSeverity.ids()), "How bad it is."),
      required("file", Type.TEXT, "The file in the repository."),
      required("line", new Type.Whole(1), "The line, from 1."),
      required("column", new Type.Whole(1), "The column, from 1."),
      required("message", Type.TEXT, "What the rule says."),
      optional("excerpt", Type.TEXT, "The text found, with hidden characters made visible."));

  static final Shape VIOLATION = Shape.of("a violation", "Something the repository's classification does not allow.",
      required("rule", Type.TEXT, "What was violated."),
      required("message", Type.TEXT, "What was found."));

  static final Type COUNTS = new Type.MapOf(new Type.Whole(0), "a signal or tool");

  static final Shape HISTORY_MONTH = Shape.of("a month of history", "One month of the repository's commits.",
      required("month", Type.MONTH, "The month, YYYY-MM."),
      required("commits", new Type.Whole(0), "Commits."),
      required("ai_commits", new Type.Whole(0), "AI-attributed commits."),
      required("lines_added", new Type.Whole(0), "Lines added."),
      required("ai_lines_added", new Type.Whole(0), "Lines added by AI-attributed commits."),
      required("ai_lines", new Type.Whole(0), "Lines attributed to AI line by line."),
      optional("signals", COUNTS, "AI-attributed commits by signal."),
      optional("signal_lines_added", COUNTS, "Lines added by signal."),
      optional("tools", COUNTS, "AI-attributed commits by tool."));

  static final Shape AI_COMMIT = Shape.of("an AI-attributed commit", "An AI-attributed commit where AI is prohibited.",
      required("commit", Type.TEXT, "The commit id."),
      required("date", Type.DATE, "Its date."),
      optional("signals", Type.TEXT_LIST, "The signals that attributed it."),
      optional("tools", Type.TEXT_LIST, "The tools they name."));

  static final Shape HISTORY = Shape.of("the history measurement", "AI attribution from the repository's Git history.",
      required("tip", Type.TEXT, "The commit the history was read to."),
      required("since", Type.DATE, "The first day read."),
      required("months", Type.list(Type.of(HISTORY_MONTH)), "The months, oldest first."),
      optional("ai_violations", Type.list(Type.of(AI_COMMIT)), "AI-attributed commits where AI is prohibited."));

  static final Shape REPOSITORY_SCAN = Shape.of("a repository measurement", "What govern scan measured in one repository.",
      required("id", ID, "The repository's id."),
      required("classification", ID, "Its classification when scanned."),
      optional("owner", Type.TEXT, "Its owner."),
      optional("head", Type.TEXT, "The commit scanned."),
      optional("assistant_files", Type.list(Type.of(ASSISTANT_FILE)), "Assistant configuration files found."),
      optional("ignore_files", Type.TEXT_LIST, "Assistant ignore files found."),
      optional("codeowners_uncovered", Type.TEXT_LIST, "Assistant files no CODEOWNERS entry covers."),
      optional("findings", Type.list(Type.of(FINDING)), "What the rules found."),
      optional("violations", Type.list(Type.of(VIOLATION)), "What the classification does not allow."),
      optional("history", Type.of(HISTORY), "AI attribution from Git history."));

  /** A part file of a sharded scan, or a cache entry: not data a person edits, so no schema file. */
  static final Shape SCAN_PART = Shape.of("a scan part file", "One shard of a scan, or a cache entry.",
      optional("as_of", Type.DATE, "The date of the scan."),
      optional("key", Type.TEXT, "What the entry was made for."),
      optional("inventory", new Type.Whole(0), "How many repositories the whole inventory has."),
      optional("repositories", Type.list(Type.of(REPOSITORY_SCAN)), "The measurements."));

  /** Every kind of data file, in the order the README documents them. */
  public static final List<DataFile> FILES = List.of(
      new DataFile("governance", "governance.yaml", "govern: governance.yaml", GOVERNANCE),
      new DataFile("risk-matrix", "risk-matrix.yaml", "govern: risk-matrix.yaml", MATRIX),
      new DataFile("controls", "controls/*.yaml", "govern: controls/*.yaml", CONTROLS),
      new DataFile("risks", "risks.yaml", "govern: risks.yaml", RISKS),
      new DataFile("maturity", "maturity.yaml", "govern: maturity.yaml", MATURITY),
      new DataFile("kpis", "kpis.yaml", "govern: kpis.yaml", KPIS),
      new DataFile("framework", "frameworks/*.yaml", "govern: frameworks/*.yaml", CATALOGUE),
      new DataFile("roadmap", "roadmap.yaml", "govern: roadmap.yaml", ROADMAP),
      new DataFile("policy", "policies/*.md", "govern: the front matter of policies/*.md", POLICY),
      new DataFile("references", "references.yaml", "govern: references.yaml", REFERENCES),
      new DataFile("repositories", "repositories.yaml", "govern: repositories.yaml", REPOSITORIES),
      new DataFile("scan-rules", "scan-rules.yaml", "govern: scan-rules.yaml", SCAN_RULES),
      new DataFile("scan", "measurements/scan.yaml", "govern: measurements/scan.yaml (written by govern scan)",
          SCAN_SUMMARY),
      new DataFile("repository-measurement", "measurements/repositories/*.yaml",
          "govern: measurements/repositories/*.yaml (written by govern scan)", REPOSITORY_SCAN));
}
