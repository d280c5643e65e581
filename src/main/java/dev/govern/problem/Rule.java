package dev.govern.problem;

/**
 * What a problem is about: the check that found it. CI formats need a stable id per kind of
 * finding (SARIF rules, JUnit test cases, code-quality check names), and people need to know what
 * the check is for and how to fix what it found.
 *
 * <p>The ids are part of govern's output format: code scanning keys alerts on them, so an id is
 * never renamed or reused.
 */
public enum Rule {
  YAML("yaml", "Readable YAML",
      "Every data file is well-formed UTF-8 YAML within govern's limits: no duplicate keys, type tags,"
          + " tabs for indentation or control characters.",
      "Fix the YAML at the position shown; quote values that YAML would otherwise misread."),
  DATA_FORMAT("data-format", "Keys and values as the data format defines them",
      "Every file has the keys its kind allows and nothing else, every required key is present, and every value"
          + " has its field's type: dates as YYYY-MM-DD, periods as ISO-8601, ids from the allowed lists.",
      "Compare the key or value with the data format in the README (or the JSON Schema from `govern schema`);"
          + " unknown keys come with a \"did you mean\"."),
  UNIQUE_IDS("unique-ids", "Unique ids",
      "Every id (control, risk, domain, tool, KPI, catalogue item, policy, phase, level) is defined once, across files.",
      "Rename or remove one of the two definitions; the message says where the first one is."),
  CONTROL_DOMAINS("control-domains", "Controls name a known domain",
      "Every control's domain is one of the domains listed in governance.yaml.",
      "Use one of the listed domain ids, or add the domain to governance.yaml."),
  FRAMEWORK_MAPPINGS("framework-mappings", "Mappings name catalogue items",
      "Every framework a control maps to has a catalogue in frameworks/, and every mapped id is an item of it.",
      "Correct the item id, or add the catalogue or item under frameworks/."),
  RISK_CONTROLS("risk-controls", "Risks name their controls",
      "Every control a risk lists exists; a risk without any mitigating control is reported as a warning.",
      "List existing control ids under the risk's controls."),
  RISK_LEVELS("risk-levels", "Risk levels agree with the matrix",
      "A risk's likelihood and impact are ids of the matrix, and the inherent and residual levels it states are the"
          + " ones the matrix gives; a residual level above the inherent one, or below it with no implemented control to"
          + " earn it, is a warning.",
      "Use the matrix's ids, and either drop the stated level (it is computed) or correct it."),
  MATURITY("maturity-requirements", "Maturity levels ascend and name what exists",
      "Maturity levels ascend, and the controls and capabilities each level requires exist.",
      "Correct the level numbers or the required ids."),
  KPI_VALUES("kpi-values", "KPI values fit their targets",
      "Each KPI value has exactly the segments its target names, and periods come in order, once each.",
      "Give one value per segment of the target, oldest period first."),
  ROADMAP("roadmap", "A roadmap in order",
      "Roadmap phases run in month order and aim at maturity levels that exist; a phase aiming lower than an earlier"
          + " one is a warning.",
      "Correct the months or target_maturity of the phase."),
  POLICY_CONTROLS("policy-controls", "Policies name existing controls",
      "Every control a policy's front matter lists exists.",
      "List existing control ids in the policy's controls."),
  REPOSITORIES("repositories", "Repositories and measurements agree with the data",
      "Every repository of repositories.yaml has a known classification and a unique id; the committed measurements"
          + " were made for the repositories and classifications listed now, and KPIs measured by govern scan have them.",
      "Correct the repository's classification or id, or run govern scan again and commit data/measurements/."),
  POLICY_DATES("policy-dates", "Policies take effect after their approval",
      "A policy's effective date is not before the date it was approved.",
      "Correct the policy's effective date or its approval date."),
  DOCUMENT_MARKING("document-marking", "A document marking spelt as intended",
      "document.classification, printed on every page, is a classification id, a common marking, or a marking of"
          + " the organisation's own; one a letter or two from a known marking is reported as a warning.",
      "Correct the spelling of document.classification."),
  PLACEHOLDERS("placeholders", "No placeholder left from govern init",
      "The organisation's name and scope no longer hold the placeholder govern init writes.",
      "Put the organisation's name and scope in governance.yaml."),
  UNUSED_CONTROLS("unused-controls", "Every control serves something",
      "A control that mitigates no risk and that no maturity level requires is reported as a warning.",
      "Name the control in a risk's controls or a level's controls_required, or remove it."),
  EVIDENCE_LOCATIONS("evidence-locations", "Evidence paths that name something in the repository",
      "An evidence location that is a path (no URL scheme, not absolute) is read from the governance repository's"
          + " root and must name a file or folder there, in the working tree or in the commit checked; a path that"
          + " climbs out of the repository is reported too.",
      "Fix the path, or give a URL when the evidence is kept in another system or repository."),
  POLICY_IMAGES("policy-images", "Policy images that can be published",
      "Every image a policy shows from the repository (a path from the policy's folder, or from the repository root"
          + " with a leading /) is a regular file inside it, at most 32 MiB and 80 megapixels, a PNG, JPEG, GIF, WebP"
          + " or SVG image as its name says, and for SVG free of scripts, event handlers and references to other"
          + " files, with alt text; a path that names nothing, and an SVG or WebP image the PDF cannot draw, are"
          + " warnings.",
      "Copy the image into the repository, fix its path, or save it as a PNG or JPEG of a sensible size."),
  FRESHNESS("freshness", "Evidence and reviews within their cadence",
      "Evidence and reviews older than their control's or policy's cadence are overdue as of the as-of date; dated"
          + " evidence without any cadence is reported too, and so are evidence and reviews dated after the as-of date.",
      "Collect fresh evidence or review again and update the date, or set review_every."),
  REPORT_FONTS("report-fonts", "Report fonts that can be embedded",
      "Every font report.fonts names is a TrueType file inside the repository that may be embedded in a PDF.",
      "Point report.fonts at a TrueType file in the repository whose licence allows embedding."),
  REGRESSION_MATURITY("regression-maturity", "Maturity level did not go down",
      "check --against: the maturity level is not lower than at the baseline revision.",
      "Restore the controls the level requires, or accept the lower level deliberately in review."),
  REGRESSION_CONTROL_STATUS("regression-control-status", "No control status went down",
      "check --against: no control's implementation status is lower than at the baseline revision.",
      "Restore the control's implementation, or accept the change deliberately in review."),
  REGRESSION_CONTROL_REMOVED("regression-control-removed", "No implemented control removed",
      "check --against: no control that was implemented or partial at the baseline revision is gone; a look-alike id"
          + " added in its place is named.",
      "Restore the control (under its old id, if it was renamed), or accept the loss deliberately in review."),
  REGRESSION_RISK_RESIDUAL("regression-risk-residual", "No residual risk level went up",
      "check --against: no risk's residual level is higher than at the baseline revision.",
      "Strengthen the risk's controls, or accept the higher level deliberately in review."),
  REGRESSION_KPI_MISSED("regression-kpi-missed", "No KPI newly missed",
      "check --against: no KPI that was met (or had no data) at the baseline revision misses its target now.",
      "Bring the KPI back to its target, or accept the miss deliberately in review."),
  REGRESSION_SCAN_FINDING("regression-scan-finding", "No new error finding in the scanned repositories",
      "check --against: the committed scan has no error-level finding that the baseline revision's scan did not have.",
      "Fix the finding in the repository and run govern scan again, or accept it deliberately in review."),
  REGRESSION_SCAN_VIOLATION("regression-scan-violation", "No new classification violation in the scanned repositories",
      "check --against: the committed scan has no classification violation that the baseline revision's scan did not"
          + " have.",
      "Remove the assistant the classification does not allow, or accept it deliberately in review.");

  private final String id;
  private final String title;
  private final String description;
  private final String help;

  Rule(String id, String title, String description, String help) {
    this.id = id;
    this.title = title;
    this.description = description;
    this.help = help;
  }

  /** How bad what this rule finds usually is: most rules find errors, a few only warn. */
  public Severity usualSeverity() {
    return switch (this) {
      case UNUSED_CONTROLS, FRESHNESS, EVIDENCE_LOCATIONS, POLICY_DATES, DOCUMENT_MARKING, PLACEHOLDERS -> Severity.WARNING;
      default -> Severity.ERROR;
    };
  }

  /** The stable id, e.g. {@code risk-levels}. */
  public String id() {
    return id;
  }

  /** One line naming what holds when the rule passes. */
  public String title() {
    return title;
  }

  /** What the rule checks, in a sentence or two. */
  public String description() {
    return description;
  }

  /** How to fix what it found. */
  public String help() {
    return help;
  }
}
