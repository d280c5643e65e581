package dev.govern.bench;

import dev.govern.load.GovernanceLoader;
import dev.govern.load.Loaded;
import dev.govern.model.Catalogue;
import dev.govern.model.CatalogueItem;
import dev.govern.model.Governance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a synthetic governance repo for the benchmark (bench/run.sh): {@code OUT/data/...}, as a
 * governance repo's {@code data/} folder. Sizes:
 *
 * <ul>
 *   <li>{@code shipped}: a copy of the shipped data;
 *   <li>{@code medium}: 100 controls in 6 domains, 500 risks, 30 KPIs × 36 monthly periods, the four
 *       shipped catalogues, 20 policies, a 6-phase roadmap;
 *   <li>{@code large}: 1,000 controls in 20 domains, 5,000 risks, 100 KPIs × 60 periods, the four
 *       catalogues, 100 policies, a 12-phase roadmap.
 * </ul>
 *
 * <p>The content is realistic in shape: varied statuses, dated evidence (some of it overdue), mappings
 * to real catalogue requirements, risks that reference controls with levels the 5×5 matrix agrees
 * with, policies with several paragraphs and the template variables. Everything passes {@code govern
 * check} (warnings allowed). The output is the same bytes on every run: a fixed seed, no clock.
 *
 * <p>Usage: {@code GovernanceGenerator SIZE OUT [SHIPPED_DATA]} (SHIPPED_DATA defaults to {@code data}).
 */
public final class GovernanceGenerator {
  /** The date the generated evidence and reviews are dated against (the benchmark's --as-of). */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

  /** One benchmark size. */
  public record Size(String name, int controls, int domains, int risks, int kpis, int periods, int policies,
      int phases, int tools) {}

  public static final Size MEDIUM = new Size("medium", 100, 6, 500, 30, 36, 20, 6, 8);
  public static final Size LARGE = new Size("large", 1000, 20, 5000, 100, 60, 100, 12, 20);
  public static final List<String> SIZES = List.of("shipped", "medium", "large");

  private static final String[][] DOMAINS = {
      {"tool_management", "Tool Management", "TM"},
      {"data_protection", "Data Protection", "DP"},
      {"code_quality", "Code Quality", "CQ"},
      {"security", "Security", "SEC"},
      {"compliance", "Compliance", "CMP"},
      {"operations", "Operations", "OPS"},
      {"identity_access", "Identity and Access", "IAM"},
      {"secrets_management", "Secrets Management", "SM"},
      {"supply_chain", "Supply Chain", "SC"},
      {"prompt_security", "Prompt Security", "PS"},
      {"model_governance", "Model Governance", "MG"},
      {"incident_response", "Incident Response", "IR"},
      {"training_awareness", "Training and Awareness", "TA"},
      {"vendor_management", "Vendor Management", "VM"},
      {"privacy", "Privacy", "PRV"},
      {"audit_logging", "Audit and Logging", "AUD"},
      {"change_management", "Change Management", "CHG"},
      {"infrastructure", "Infrastructure", "INF"},
      {"intellectual_property", "Intellectual Property", "IP"},
      {"business_continuity", "Business Continuity", "BC"}};

  private static final String[] VERBS = {"Inventory", "Approval", "Scanning", "Review", "Monitoring",
      "Hardening", "Classification", "Enforcement", "Attestation", "Logging", "Rotation", "Testing",
      "Training", "Escalation", "Validation", "Segregation"};
  private static final String[] OBJECTS = {"of AI coding assistants", "of generated pull requests",
      "of prompt and context files", "of AI tool configurations", "of package suggestions",
      "of repository access for AI agents", "of API keys used by AI tools", "of model endpoints",
      "of AI-generated tests", "of licence findings", "of telemetry settings", "of agent sandboxes",
      "of ignore-file coverage", "of vendor data terms", "of secrets in suggestions", "of review checklists"};
  private static final String[] TEAMS = {"Security Engineering", "Application Security", "Platform Engineering",
      "IT Asset Management", "Data Governance", "Engineering Enablement", "Governance, Risk and Compliance",
      "Open Source Program Office", "Legal", "Developer Experience", "Infrastructure Operations", "Privacy Office"};
  private static final String[][] FREQUENCIES = {
      {"Monthly", null}, {"Quarterly", null}, {"Annual", null}, {"Weekly", null},
      {"Every pull request", "P1M"}, {"Every commit (automated)", "P1M"}, {"Continuous", "P3M"},
      {"Semi-annual", null}};
  private static final String[] EVIDENCE = {"Configuration export", "Scan results summary",
      "Review meeting minutes", "Dashboard screenshot", "Exception register extract", "Training completion report",
      "Pipeline configuration", "Access review sign-off", "Vendor assessment", "Policy acknowledgement records"};
  private static final String[] CATEGORIES = {"Data Protection", "Security", "Compliance", "Supply Chain",
      "Operational", "Privacy", "Intellectual Property", "Third Party"};
  private static final String[] THREATS = {"Proprietary source code is sent to an AI provider",
      "AI-generated code introduces an injection flaw", "A hallucinated package name is installed",
      "Secrets from the developer environment reach a prompt", "An agent runs a destructive command",
      "Licensed code is copied into a proprietary product", "A poisoned configuration file steers the assistant",
      "Reviewers approve generated code without reading it", "An unapproved tool is used on a confidential repository",
      "Generated tests assert the wrong behaviour", "Telemetry exposes customer identifiers",
      "A vendor changes its data retention terms"};
  private static final String[] CONSEQUENCES = {"leading to a data breach", "exposing production systems",
      "breaching a customer contract", "causing a regulatory finding", "delaying a release",
      "damaging customer trust", "requiring an emergency rotation of credentials", "creating licence liability"};
  private static final String[] LIKELIHOOD = {"rare", "unlikely", "possible", "likely", "almost_certain"};
  private static final String[] IMPACT = {"negligible", "minor", "moderate", "major", "severe"};
  private static final String[] STATUSES = {"implemented", "partial", "planned", "not_implemented"};
  private static final String[] TREATMENTS = {"mitigate", "mitigate", "mitigate", "accept", "transfer", "avoid"};

  private final Random rnd = new Random(20261125L);
  private final Size size;
  private final Path data;
  private final List<Catalogue> catalogues;
  private final List<String> controlIds = new ArrayList<>();
  private final List<String> controlStatuses = new ArrayList<>();

  private GovernanceGenerator(Size size, Path data, List<Catalogue> catalogues) {
    this.size = size;
    this.data = data;
    this.catalogues = catalogues;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || !SIZES.contains(args[0])) {
      System.err.println("usage: GovernanceGenerator shipped|medium|large OUT [SHIPPED_DATA]");
      System.exit(2);
    }
    Path shipped = Path.of(args.length > 2 ? args[2] : "data");
    Path out = Path.of(args[1]);
    generate(args[0], shipped, out);
    System.out.println("wrote the " + args[0] + " governance repo to " + out);
  }

  /** Writes the size's governance repo into {@code out} (its data in {@code out/data}). */
  public static void generate(String sizeName, Path shippedData, Path out) throws IOException {
    Path data = out.resolve("data");
    if (Files.exists(data)) {
      deleteTree(data);
    }
    if (sizeName.equals("shipped")) {
      copyTree(shippedData, data);
      return;
    }
    Size size = sizeName.equals("medium") ? MEDIUM : LARGE;
    Loaded shipped = GovernanceLoader.load(shippedData, "data");
    Governance g = shipped.governance().orElseThrow(() -> new IllegalStateException(
        "cannot read the shipped data in " + shippedData + ": " + shipped.problems()));
    Files.createDirectories(data);
    copyTree(shippedData.resolve("frameworks"), data.resolve("frameworks"));
    Files.copy(shippedData.resolve("risk-matrix.yaml"), data.resolve("risk-matrix.yaml"));
    Files.copy(shippedData.resolve("references.yaml"), data.resolve("references.yaml"));
    new GovernanceGenerator(size, data, g.catalogues()).write();
  }

  private void write() throws IOException {
    governance();
    controls();
    risks();
    maturity();
    kpis();
    roadmap();
    policies();
  }

  // ---- governance.yaml

  private void governance() throws IOException {
    StringBuilder y = new StringBuilder();
    y.append("# Synthetic governance data for the benchmark (").append(size.name()).append(" size).\n");
    y.append("organization:\n  name: ").append(q("Synthetic Corp (" + size.name() + ")")).append('\n');
    y.append("  scope: ").append(q("All employees and contractors who write code for Synthetic Corp")).append('\n');
    y.append("document:\n  title: AI Code Generation Governance\n");
    y.append("  subtitle: ").append(q("Synthetic Corp — " + size.name() + " benchmark data")).append('\n');
    y.append("  classification: INTERNAL\n  owner: Security Engineering\n  version: \"3.").append(size.domains())
        .append("\"\n  approvers:\n");
    y.append("    - { name: Dana Reyes, role: Chief Information Security Officer, date: 2026-10-01 }\n");
    y.append("    - { name: Marcus Okafor, role: VP Engineering, date: 2026-10-06 }\n");
    y.append("domains:\n");
    for (int d = 0; d < size.domains(); d++) {
      y.append("  - id: ").append(DOMAINS[d][0]).append("\n    name: ").append(q(DOMAINS[d][1])).append('\n');
      y.append("    description: ").append(q("Controls for " + DOMAINS[d][1].toLowerCase(Locale.ROOT)
          + " when code is written with AI coding tools, owned by " + pick(TEAMS) + ".")).append('\n');
    }
    y.append("""
        classifications:
          - id: PUBLIC
            description: All approved tools permitted
            allow: { status: [approved], endpoint: [enterprise, consumer] }
          - id: INTERNAL
            description: Approved tools with enterprise endpoints only
            allow: { status: [approved], endpoint: [enterprise] }
          - id: CONFIDENTIAL
            description: Approved tools with enterprise endpoints, privacy mode enabled, no telemetry
            allow: { status: [approved], endpoint: [enterprise] }
            requirements:
              - Privacy mode enabled
              - No telemetry
          - id: SECRET
            description: AI code generation tools are prohibited
            allow: none
        tools:
        """);
    String[] vendors = {"GitHub", "Anysphere", "Anthropic", "OpenAI", "Google", "JetBrains", "Amazon", "Tabnine",
        "Sourcegraph", "Codeium"};
    String[] toolStatuses = {"approved", "approved", "approved", "under_review", "prohibited"};
    for (int t = 0; t < size.tools(); t++) {
      String vendor = vendors[t % vendors.length];
      String status = toolStatuses[t % toolStatuses.length];
      y.append("  - id: tool-").append(String.format(Locale.ROOT, "%02d", t + 1)).append('\n');
      y.append("    name: ").append(q(vendor + " Assistant " + (t / vendors.length + 1))).append('\n');
      y.append("    vendor: ").append(q(vendor)).append('\n');
      y.append("    status: ").append(status).append('\n');
      y.append("    endpoint: ").append(status.equals("approved") && t % 4 != 3 ? "enterprise" : "consumer").append('\n');
      if (status.equals("approved")) {
        y.append("    approved_on: ").append(AS_OF.minusDays(30 + 17L * t)).append('\n');
      }
      if (t % 2 == 1) {
        y.append("    ignore_file: .").append(vendor.toLowerCase(Locale.ROOT)).append("ignore\n");
      }
    }
    y.append("report:\n  title: AI Code Generation Governance Report\n");
    write("governance.yaml", y);
  }

  // ---- controls/*.yaml

  private void controls() throws IOException {
    int[] perDomain = new int[size.domains()];
    for (int i = 0; i < size.controls(); i++) {
      perDomain[i % size.domains()]++;
    }
    Files.createDirectories(data.resolve("controls"));
    for (int d = 0; d < size.domains(); d++) {
      StringBuilder y = new StringBuilder("controls:\n");
      for (int n = 1; n <= perDomain[d]; n++) {
        String id = DOMAINS[d][2] + "-" + String.format(Locale.ROOT, "%03d", n);
        control(y, id, DOMAINS[d][0], DOMAINS[d][1]);
        y.append('\n');
      }
      write("controls/" + DOMAINS[d][0].replace('_', '-') + ".yaml", y);
    }
  }

  private void control(StringBuilder y, String id, String domain, String domainName) {
    String status = weighted(STATUSES, 45, 25, 20, 10);
    controlIds.add(id);
    controlStatuses.add(status);
    String name = pick(VERBS) + " " + pick(OBJECTS);
    String lowerName = name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    String owner = pick(TEAMS);
    String[] frequency = pick(FREQUENCIES);
    int cadenceDays = cadenceDays(frequency);
    y.append("  - id: ").append(id).append('\n');
    y.append("    domain: ").append(domain).append('\n');
    y.append("    name: ").append(q(name)).append('\n');
    y.append("    description: ").append(q(domainName + " control: " + lowerName
        + " across all teams that use AI coding tools")).append('\n');
    y.append("    implementation: >-\n      ").append(wrap("The " + owner + " team runs " + lowerName
        + " " + frequency[0].toLowerCase(Locale.ROOT) + ". Findings are tracked as tickets with an owner and a due"
        + " date, and exceptions are approved by the control owner and recorded in the exception register.", "      "))
        .append('\n');
    if (!status.equals("not_implemented") || rnd.nextInt(3) == 0) {
      y.append("    evidence:\n");
      int count = 1 + rnd.nextInt(4);
      for (int e = 0; e < count; e++) {
        String what = pick(EVIDENCE);
        y.append("      - name: ").append(q(what + " for " + id)).append('\n');
        if (rnd.nextInt(12) != 0) {
          // Mostly within the cadence; about one in six overdue.
          int age = rnd.nextInt(6) == 0 ? cadenceDays + 5 + rnd.nextInt(60) : rnd.nextInt(Math.max(1, cadenceDays));
          y.append("        date: ").append(AS_OF.minusDays(age)).append('\n');
        }
        if (rnd.nextBoolean()) {
          y.append("        location: https://wiki.example.com/governance/").append(id.toLowerCase(Locale.ROOT))
              .append('/').append(e + 1).append('\n');
        } else if (rnd.nextBoolean()) {
          y.append("        location: docs/governance/").append(id.toLowerCase(Locale.ROOT)).append(".md\n");
        }
      }
    }
    y.append("    frequency: ").append(q(frequency[0])).append('\n');
    if (frequency[1] != null) {
      y.append("    review_every: ").append(frequency[1]).append('\n');
    }
    y.append("    status: ").append(status).append('\n');
    y.append("    owner: ").append(q(owner)).append('\n');
    if (!status.equals("not_implemented")) {
      int age = rnd.nextInt(8) == 0 ? cadenceDays + 10 : rnd.nextInt(Math.max(1, cadenceDays));
      y.append("    last_reviewed: ").append(AS_OF.minusDays(age)).append('\n');
    }
    if (rnd.nextInt(20) != 0) {
      y.append("    mappings:\n");
      List<Catalogue> chosen = new ArrayList<>(catalogues);
      int frameworks = 1 + rnd.nextInt(catalogues.size());
      for (int f = 0; f < frameworks; f++) {
        Catalogue c = chosen.remove(rnd.nextInt(chosen.size()));
        List<CatalogueItem> requirements = requirements(c);
        Set<String> items = new LinkedHashSet<>();
        int n = 1 + rnd.nextInt(3);
        for (int k = 0; k < n; k++) {
          items.add(requirements.get(rnd.nextInt(requirements.size())).id());
        }
        y.append("      ").append(c.id()).append(": [");
        y.append(String.join(", ", items.stream().map(GovernanceGenerator::q).toList())).append("]\n");
      }
    }
  }

  private static int cadenceDays(String[] frequency) {
    String f = frequency[1] != null ? frequency[1] : frequency[0];
    return switch (f) {
      case "Weekly" -> 7;
      case "Monthly", "P1M" -> 30;
      case "Quarterly", "P3M" -> 90;
      case "Semi-annual" -> 181;
      default -> 365;
    };
  }

  /** A catalogue's requirements: items that are no other item's group. */
  private static List<CatalogueItem> requirements(Catalogue c) {
    Set<String> parents = new HashSet<>();
    c.items().forEach(i -> {
      if (i.group() != null) {
        parents.add(i.group());
      }
    });
    return c.items().stream().filter(i -> !parents.contains(i.id())).toList();
  }

  // ---- risks.yaml

  private void risks() throws IOException {
    StringBuilder y = new StringBuilder("# Synthetic risk register. Levels follow the 5x5 matrix thresholds"
        + " (medium 5, high 10, critical 15).\nrisks:\n");
    for (int i = 1; i <= size.risks(); i++) {
      int l = 1 + rnd.nextInt(5);
      int m = 1 + rnd.nextInt(5);
      y.append("  - id: R").append(String.format(Locale.ROOT, "%04d", i)).append('\n');
      y.append("    category: ").append(q(pick(CATEGORIES))).append('\n');
      y.append("    description: ").append(q(pick(THREATS) + ", " + pick(CONSEQUENCES) + " (scenario " + i + ")"))
          .append('\n');
      y.append("    likelihood: ").append(LIKELIHOOD[l - 1]).append('\n');
      y.append("    impact: ").append(IMPACT[m - 1]).append('\n');
      if (rnd.nextInt(10) != 0) {
        y.append("    inherent_risk: ").append(level(l * m)).append('\n');
      }
      int controls = 1 + rnd.nextInt(4);
      Set<String> ids = new LinkedHashSet<>();
      for (int c = 0; c < controls; c++) {
        ids.add(controlIds.get(rnd.nextInt(controlIds.size())));
      }
      y.append("    controls: [").append(String.join(", ", ids)).append("]\n");
      // Controls lower the likelihood more often than the impact; never above the inherent position.
      int rl = Math.max(1, l - rnd.nextInt(3));
      int rm = Math.max(1, m - (rnd.nextInt(3) == 0 ? 1 : 0));
      if (rnd.nextInt(8) == 0) {
        y.append("    residual_risk: ").append(level(rl * rm)).append('\n');
      } else {
        y.append("    residual_likelihood: ").append(LIKELIHOOD[rl - 1]).append('\n');
        y.append("    residual_impact: ").append(IMPACT[rm - 1]).append('\n');
        y.append("    residual_risk: ").append(level(rl * rm)).append('\n');
      }
      y.append("    owner: ").append(q(pick(TEAMS))).append('\n');
      y.append("    treatment: ").append(pick(TREATMENTS)).append("\n\n");
    }
    write("risks.yaml", y);
  }

  /** The level of a likelihood × impact score under the shipped thresholds. */
  static String level(int score) {
    return score >= 15 ? "critical" : score >= 10 ? "high" : score >= 5 ? "medium" : "low";
  }

  // ---- maturity.yaml

  private void maturity() throws IOException {
    StringBuilder y = new StringBuilder("levels:\n");
    y.append("""
          - level: 1
            name: Initial
            description: Ad hoc AI tool usage with no governance
            characteristics: [Developers use AI tools without approval, No specific security controls]
            controls_required: []
        """);
    String[][] levels = {
        {"2", "Developing", "Basic awareness and initial controls", "5"},
        {"3", "Defined", "Formal policies and automated controls", "30"},
        {"4", "Managed", "Metrics-driven governance with continuous improvement", "70"}};
    for (String[] level : levels) {
      y.append("  - level: ").append(level[0]).append("\n    name: ").append(level[1]).append('\n');
      y.append("    description: ").append(q(level[2])).append('\n');
      y.append("    characteristics: [").append(q(level[1] + " practices are documented")).append(", ")
          .append(q(level[1] + " practices are measured")).append("]\n");
      y.append("    controls_required:\n");
      int percent = Integer.parseInt(level[3]);
      for (int i = 0; i < controlIds.size(); i++) {
        if (i * 37 % 100 < percent) { // exactly percent% of the controls, each level a superset of the one below
          y.append("      - ").append(controlIds.get(i)).append('\n');
        }
      }
    }
    y.append("""
          - level: 5
            name: Optimizing
            description: Advanced governance with proactive risk management
            characteristics: [Predictive risk analysis, Continuous red team exercises]
            controls_required: all
            capabilities_required: [predictive-risk-analytics, continuous-red-teaming, zero-trust-tool-execution]
        capabilities:
          - { id: predictive-risk-analytics, name: Predictive risk analysis for AI code generation trends, status: planned }
          - { id: continuous-red-teaming, name: Continuous red team exercises targeting AI code generation, status: partial }
          - { id: zero-trust-tool-execution, name: Zero-trust architecture for AI tool execution, status: not_implemented }
        """);
    write("maturity.yaml", y);
  }

  // ---- kpis.yaml

  private void kpis() throws IOException {
    StringBuilder y = new StringBuilder("# Synthetic KPIs: monthly values, oldest first.\ncategories:\n");
    String[] categories = {"Adoption", "Security", "Compliance", "Training", "Quality", "Operations", "Privacy",
        "Supply Chain", "Vendor", "Audit"};
    int perCategory = 10;
    int categoryCount = (size.kpis() + perCategory - 1) / perCategory;
    YearMonth last = YearMonth.from(AS_OF);
    YearMonth first = last.minusMonths(size.periods() - 1L);
    int k = 0;
    for (int c = 0; c < categoryCount; c++) {
      y.append("  - id: ").append(categories[c].toLowerCase(Locale.ROOT).replace(' ', '_')).append("_metrics\n");
      y.append("    name: ").append(q(categories[c])).append("\n    kpis:\n");
      for (int n = 0; n < perCategory && k < size.kpis(); n++, k++) {
        String subject = pick(OBJECTS);
        y.append("      - id: kpi-").append(String.format(Locale.ROOT, "%03d", k + 1)).append('\n');
        int kind = k % 5;
        String unit = kind == 3 ? " hours" : "%";
        y.append("        kpi: ").append(q(switch (kind) {
          case 3 -> "Mean time to remediate findings " + subject;
          case 4 -> "Detection rate by severity " + subject;
          default -> "Coverage " + subject;
        })).append('\n');
        y.append("        definition: ").append(q("Share or time measured monthly " + subject)).append('\n');
        y.append("        measurement: ").append(q("Monthly export from the governance dashboard")).append('\n');
        double start;
        double end;
        switch (kind) {
          case 3 -> {
            y.append("        target: \"<24 hours\"\n");
            start = 60 + rnd.nextInt(60);
            end = 12 + rnd.nextInt(20);
          }
          case 4 -> {
            y.append("        target: { critical: \">99%\", high: \">95%\" }\n");
            start = 70 + rnd.nextInt(10);
            end = 94 + rnd.nextInt(6);
          }
          case 2 -> {
            y.append("        target: \"=100%\"\n");
            start = 20 + rnd.nextInt(40);
            end = 100;
          }
          default -> {
            y.append("        target: \">").append(85 + rnd.nextInt(14)).append("%\"\n");
            start = 10 + rnd.nextInt(50);
            end = 80 + rnd.nextInt(20);
          }
        }
        y.append("        values:\n");
        for (int p = 0; p < size.periods(); p++) {
          double t = size.periods() == 1 ? 1 : (double) p / (size.periods() - 1);
          double base = start + (end - start) * t;
          YearMonth period = first.plusMonths(p);
          y.append("          - { period: ").append(period);
          if (kind == 4) {
            y.append(", critical: ").append(value(base + 3, unit)).append(", high: ").append(value(base - 2, unit));
          } else {
            y.append(", value: ").append(value(base, unit));
          }
          y.append(" }\n");
        }
      }
    }
    write("kpis.yaml", y);
  }

  private String value(double base, String unit) {
    double v = base + (rnd.nextDouble() - 0.5) * 4;
    if (unit.equals("%")) {
      v = Math.max(0, Math.min(100, v));
    } else {
      v = Math.max(1, v);
    }
    return String.format(Locale.ROOT, "%.1f", v);
  }

  // ---- roadmap.yaml

  private void roadmap() throws IOException {
    String[] names = {"Foundation", "Inventory", "Formalization", "Classification", "Automation", "Measurement",
        "Training", "Assurance", "Integration", "Optimization", "Benchmarking", "Continuous Improvement"};
    int[] maturity = {2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5};
    // Two months a phase, ending around the as-of date so that early phases are done and late ones planned.
    int months = 2 * size.phases();
    LocalDate start = AS_OF.withDayOfMonth(1).minusMonths(months - 6L);
    StringBuilder y = new StringBuilder("start: ").append(start).append("\nphases:\n");
    for (int p = 0; p < size.phases(); p++) {
      int index = p * names.length / size.phases();
      y.append("  - id: ").append(names[index].toLowerCase(Locale.ROOT).replace(' ', '-')).append('\n');
      y.append("    name: ").append(q(names[index])).append('\n');
      y.append("    months: [").append(2 * p + 1).append(", ").append(2 * p + 2).append("]\n");
      y.append("    target_maturity: ").append(maturity[index]).append('\n');
      y.append("    activities:\n");
      LocalDate phaseEnd = start.plusMonths(2L * p + 2);
      for (int a = 0; a < 5; a++) {
        String status = phaseEnd.isBefore(AS_OF) ? (rnd.nextInt(6) == 0 ? "in_progress" : "done")
            : phaseEnd.minusMonths(2).isBefore(AS_OF) ? weighted(new String[] {"done", "in_progress", "planned"}, 30, 40, 30)
            : "planned";
        y.append("      - { text: ").append(q(pick(VERBS) + " " + pick(OBJECTS) + " for phase " + (p + 1)))
            .append(", status: ").append(status).append(" }\n");
      }
    }
    write("roadmap.yaml", y);
  }

  // ---- policies/*.md

  private void policies() throws IOException {
    Files.createDirectories(data.resolve("policies"));
    String[] topics = {"Usage", "Data Handling", "Secure Review", "Tool Approval", "Agent Execution", "Licensing",
        "Secrets", "Training", "Incident Response", "Vendor"};
    String[] cadences = {"P3M", "P6M", "P1Y"};
    for (int i = 1; i <= size.policies(); i++) {
      String topic = topics[(i - 1) % topics.length];
      String cadence = cadences[i % cadences.length];
      int cadenceDays = cadence.equals("P3M") ? 90 : cadence.equals("P6M") ? 181 : 365;
      int age = rnd.nextInt(7) == 0 ? cadenceDays + 20 : rnd.nextInt(cadenceDays);
      Set<String> controls = new LinkedHashSet<>();
      int n = 3 + rnd.nextInt(6);
      for (int c = 0; c < n; c++) {
        controls.add(controlIds.get(rnd.nextInt(controlIds.size())));
      }
      String owner = pick(TEAMS);
      StringBuilder md = new StringBuilder("---\n");
      md.append("id: POL-").append(String.format(Locale.ROOT, "%03d", i)).append('\n');
      md.append("title: ").append(q("AI Code Generation " + topic + " Policy"
          + (i > topics.length ? " (part " + ((i - 1) / topics.length + 1) + ")" : ""))).append('\n');
      md.append("owner: ").append(q(owner)).append('\n');
      md.append("review_every: ").append(cadence).append('\n');
      md.append("last_reviewed: ").append(AS_OF.minusDays(age)).append('\n');
      md.append("controls: [").append(String.join(", ", controls)).append("]\n---\n\n");
      md.append("## Purpose\n\nThis policy sets the rules for ").append(topic.toLowerCase(Locale.ROOT))
          .append(" when AI code generation tools are used at {{ organization.name }}. It keeps the security,")
          .append(" compliance and operational risks of these tools under control while letting developers")
          .append(" benefit from them.\n\n");
      md.append("## Scope\n\n{{ organization.scope }}. Documents produced under this policy are classified")
          .append(" {{ document.classification }}.\n\n");
      md.append("## Approved Tools\n\nOnly the following tools may be used:\n\n{{ approved_tools }}\n");
      md.append("Any tool not on this list is prohibited. Requests for new tools go to {{ owner }}.\n\n");
      md.append("## Data Classification\n\n{{ classifications }}\n");
      md.append("## Requirements\n\n");
      int rules = 3 + rnd.nextInt(4);
      for (int r = 1; r <= rules; r++) {
        md.append(r).append(". ").append(pick(VERBS)).append(' ').append(pick(OBJECTS))
            .append(" MUST be in place before AI tools are enabled on a repository (see ")
            .append(controls.iterator().next()).append(").\n");
      }
      md.append("\n## Responsibilities\n\n- Developers check all AI-generated code before accepting it.\n")
          .append("- Reviewers use the **enhanced checklist** for pull requests with generated code.\n")
          .append("- Team leads report suspected incidents to `security@example.com` straight away.\n\n");
      md.append("## Review\n\n{{ owner }} reviews this policy {{ review_every }}.\n\n")
          .append("Last reviewed: {{ last_reviewed }}\n");
      write("policies/pol-" + String.format(Locale.ROOT, "%03d", i) + "-"
          + topic.toLowerCase(Locale.ROOT).replace(' ', '-') + ".md", md);
    }
  }

  // ---- helpers

  private <T> T pick(T[] options) {
    return options[rnd.nextInt(options.length)];
  }

  private String weighted(String[] options, int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = rnd.nextInt(total);
    for (int i = 0; i < options.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return options[i];
      }
    }
    return options[options.length - 1];
  }

  /** A double-quoted YAML scalar. */
  static String q(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Folds a long sentence for a {@code >-} block, each line indented by {@code indent}. */
  private static String wrap(String text, String indent) {
    StringBuilder out = new StringBuilder();
    int column = 0;
    for (String word : text.split(" ")) {
      if (column > 0 && column + word.length() > 90) {
        out.append('\n').append(indent);
        column = 0;
      } else if (column > 0) {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += word.length();
    }
    return out.toString();
  }

  private void write(String file, CharSequence text) throws IOException {
    Files.writeString(data.resolve(file), text, StandardCharsets.UTF_8);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.sorted().toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
