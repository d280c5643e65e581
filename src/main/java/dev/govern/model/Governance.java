package dev.govern.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole governance state of one organisation, as read from its {@code data/} folder.
 *
 * @param repositories the repository inventory ({@code repositories.yaml}); empty when absent
 * @param scanRules the bundled scan signatures extended by {@code scan-rules.yaml}
 * @param measurements the committed results of the last {@code govern scan}, when there are any
 */
public record Governance(
    Organization organization,
    Document document,
    List<Domain> domains,
    List<Classification> classifications,
    List<Tool> tools,
    Report report,
    RiskMatrix matrix,
    List<Control> controls,
    List<Risk> risks,
    Maturity maturity,
    List<KpiCategory> kpiCategories,
    List<Catalogue> catalogues,
    Roadmap roadmap,
    List<Policy> policies,
    List<Reference> references,
    List<RepositoryEntry> repositories,
    ScanRules scanRules,
    Optional<Measurements> measurements) {

  public Governance {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(matrix, "matrix");
    Objects.requireNonNull(maturity, "maturity");
    Objects.requireNonNull(roadmap, "roadmap");
    domains = List.copyOf(domains);
    classifications = List.copyOf(classifications);
    tools = List.copyOf(tools);
    controls = List.copyOf(controls);
    risks = List.copyOf(risks);
    kpiCategories = List.copyOf(kpiCategories);
    catalogues = List.copyOf(catalogues);
    policies = List.copyOf(policies);
    references = List.copyOf(references);
    repositories = List.copyOf(repositories);
    Objects.requireNonNull(scanRules, "scanRules");
    Objects.requireNonNull(measurements, "measurements");
  }

  public Optional<Control> control(String id) {
    return controls.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public Optional<Domain> domain(String id) {
    return domains.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  public Optional<Catalogue> catalogue(String id) {
    return catalogues.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public List<Kpi> kpis() {
    return kpiCategories.stream().flatMap(c -> c.kpis().stream()).toList();
  }

  /** A copy with the controls' statuses replaced (what-if assessments, {@code init}). */
  public Governance withControls(List<Control> newControls) {
    return new Governance(organization, document, domains, classifications, tools, report, matrix,
        newControls, risks, maturity, kpiCategories, catalogues, roadmap, policies, references, repositories,
        scanRules, measurements);
  }
}
