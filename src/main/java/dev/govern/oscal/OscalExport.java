package dev.govern.oscal;

import dev.govern.analysis.Analysis;
import dev.govern.analysis.Freshness;
import dev.govern.analysis.KpiStatus;
import dev.govern.analysis.MaturityAssessment;
import dev.govern.model.Activity;
import dev.govern.model.ActivityStatus;
import dev.govern.model.Catalogue;
import dev.govern.model.Classification;
import dev.govern.model.Control;
import dev.govern.model.Domain;
import dev.govern.model.Evidence;
import dev.govern.model.Governance;
import dev.govern.model.MaturityLevel;
import dev.govern.model.Phase;
import dev.govern.model.Risk;
import dev.govern.model.Status;
import dev.govern.model.Tool;
import gov.nist.secauto.metaschema.core.model.IBoundObject;
import gov.nist.secauto.oscal.lib.model.AssessmentResults;
import gov.nist.secauto.oscal.lib.model.BackMatter;
import gov.nist.secauto.oscal.lib.model.ByComponent;
import gov.nist.secauto.oscal.lib.model.Catalog;
import gov.nist.secauto.oscal.lib.model.CatalogGroup;
import gov.nist.secauto.oscal.lib.model.ComponentControlImplementation;
import gov.nist.secauto.oscal.lib.model.ComponentDefinition;
import gov.nist.secauto.oscal.lib.model.ComponentImplementedRequirement;
import gov.nist.secauto.oscal.lib.model.ControlImplementation;
import gov.nist.secauto.oscal.lib.model.ControlPart;
import gov.nist.secauto.oscal.lib.model.DefinedComponent;
import gov.nist.secauto.oscal.lib.model.Finding;
import gov.nist.secauto.oscal.lib.model.FindingTarget;
import gov.nist.secauto.oscal.lib.model.ImplementationStatus;
import gov.nist.secauto.oscal.lib.model.ImplementedRequirement;
import gov.nist.secauto.oscal.lib.model.ImportAp;
import gov.nist.secauto.oscal.lib.model.ImportProfile;
import gov.nist.secauto.oscal.lib.model.IncludeAll;
import gov.nist.secauto.oscal.lib.model.Link;
import gov.nist.secauto.oscal.lib.model.Metadata;
import gov.nist.secauto.oscal.lib.model.Observation;
import gov.nist.secauto.oscal.lib.model.PlanOfActionAndMilestones;
import gov.nist.secauto.oscal.lib.model.PoamItem;
import gov.nist.secauto.oscal.lib.model.Profile;
import gov.nist.secauto.oscal.lib.model.ProfileImport;
import gov.nist.secauto.oscal.lib.model.ProfileSelectControlById;
import gov.nist.secauto.oscal.lib.model.Property;
import gov.nist.secauto.oscal.lib.model.ResponsibleParty;
import gov.nist.secauto.oscal.lib.model.ResponsibleRole;
import gov.nist.secauto.oscal.lib.model.Result;
import gov.nist.secauto.oscal.lib.model.ReviewedControls;
import gov.nist.secauto.oscal.lib.model.SystemCharacteristics;
import gov.nist.secauto.oscal.lib.model.SystemComponent;
import gov.nist.secauto.oscal.lib.model.SystemId;
import gov.nist.secauto.oscal.lib.model.SystemImplementation;
import gov.nist.secauto.oscal.lib.model.SystemInformation;
import gov.nist.secauto.oscal.lib.model.SystemSecurityPlan;
import gov.nist.secauto.oscal.lib.model.SystemUser;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The governance as OSCAL 1.1 documents, built with the OSCAL Java binding's model classes.
 *
 * <p>What goes where: the catalog holds the controls as the organisation defines them (statement,
 * guidance, evidence expected, links to mapped framework items); a profile per maturity level
 * selects the controls that level requires; the component definition describes each AI tool of the
 * inventory; the system security plan states, for the system "AI-assisted software development",
 * each control's implementation status, owner and evidence; the assessment results hold the
 * latest assessment as observations and findings; the plan of action and milestones holds the
 * roadmap's open activities and the risks above appetite.
 */
public final class OscalExport {
  /** The OSCAL version the documents declare: the version of the binding's schemas. */
  public static final String OSCAL_VERSION = "1.1.3";
  /** Namespace of govern's own properties (status words, freshness, dates that OSCAL has no field for). */
  static final URI NS = URI.create("urn:govern:oscal");
  private static final URI RMF_NS = URI.create("http://csrc.nist.gov/ns/rmf");
  private static final URI RFC4122 = URI.create("https://ietf.org/rfc/rfc4122");

  /** One exported document: its base file name (without extension) and its OSCAL object. */
  public record Document(String name, IBoundObject model) {}

  /**
   * Where the data came from, stamped into every document's metadata.
   *
   * @param documentDate the date-time documents carry (never the clock's)
   * @param commit the Git commit of the data, or null outside Git
   * @param dirty whether the data had uncommitted changes
   */
  public record Provenance(Instant documentDate, String commit, boolean dirty) {}

  private final Governance g;
  private final Analysis a;
  private final Provenance provenance;
  private final String extension;
  private final String org;
  private final Map<String, String> controlTokens = new LinkedHashMap<>();
  private final Map<String, UUID> parties = new LinkedHashMap<>();

  private OscalExport(Governance g, Analysis a, Provenance provenance, String extension) {
    this.g = g;
    this.a = a;
    this.provenance = provenance;
    this.extension = extension;
    this.org = g.organization().name();
    Text.Tokens tokens = new Text.Tokens();
    a.controls().forEach(c -> controlTokens.put(c.id(), tokens.of(c.id())));
  }

  /**
   * Every document, in a fixed order.
   *
   * @param extension "json" or "yaml": the extension of the files documents refer to each other by
   */
  public static List<Document> documents(Governance g, Analysis a, Provenance provenance, String extension) {
    OscalExport e = new OscalExport(g, a, provenance, extension);
    List<Document> out = new ArrayList<>();
    out.add(new Document("catalog", e.catalog()));
    out.add(new Document("profile-all", e.profile(null)));
    for (MaturityLevel level : g.maturity().levels()) {
      if (!level.requiredControls(g.controls()).isEmpty()) {
        out.add(new Document("profile-level-" + level.level(), e.profile(level)));
      }
    }
    out.add(new Document("component-definition", e.componentDefinition()));
    out.add(new Document("ssp", e.ssp()));
    out.add(new Document("assessment-results", e.assessmentResults()));
    out.add(new Document("poam", e.poam()));
    return out;
  }

  /**
   * The assessment-results document alone, as JSON: the report attaches it, so that a GRC tool can
   * take the report's assessment without running govern.
   */
  public static String assessmentResultsJson(Governance g, Analysis a, Provenance provenance) {
    return OscalFiles.serialize(new OscalExport(g, a, provenance, OscalFiles.Kind.json.name()).assessmentResults(),
        OscalFiles.Kind.json);
  }

  /** The OSCAL control id of a govern control id (the same when it already is an OSCAL token). */
  String token(String controlId) {
    return controlTokens.get(controlId);
  }

  // ---- catalog

  private Catalog catalog() {
    Catalog catalog = new Catalog();
    catalog.setUuid(uuid("catalog"));
    catalog.setMetadata(metadata(g.document().title() + " — controls"));
    BackMatter back = new BackMatter();
    Map<String, Catalogue> frameworks = new LinkedHashMap<>();
    g.catalogues().forEach(c -> frameworks.putIfAbsent(c.id(), c));
    Text.Tokens groupTokens = new Text.Tokens();
    for (Domain d : g.domains()) {
      CatalogGroup group = new CatalogGroup();
      group.setId(groupTokens.of(d.id()));
      group.setTitle(Text.line(d.name()));
      if (d.description() != null) {
        group.addPart(part(group.getId() + "_ovw", "overview", d.description()));
      }
      for (Control c : a.controls()) {
        if (c.domain().equals(d.id())) {
          group.addControl(control(c, frameworks, back));
        }
      }
      catalog.addGroup(group);
    }
    if (hasResources(back)) {
      catalog.setBackMatter(back);
    }
    return catalog;
  }

  private gov.nist.secauto.oscal.lib.model.Control control(Control c, Map<String, Catalogue> frameworks,
      BackMatter back) {
    String id = token(c.id());
    gov.nist.secauto.oscal.lib.model.Control out = new gov.nist.secauto.oscal.lib.model.Control();
    out.setId(id);
    out.setTitle(Text.line(c.name()));
    out.addProp(standardProp("label", c.id()));
    if (c.frequency() != null) {
      out.addProp(prop("frequency", c.frequency()));
    }
    if (c.reviewEvery() != null) {
      out.addProp(prop("review-every", c.reviewEvery().toString()));
    }
    // OSCAL requires every control to state something: without a description, its name is the statement.
    out.addPart(part(id + "_smt", "statement", c.description() != null ? c.description() : c.name()));
    if (c.implementation() != null) {
      out.addPart(part(id + "_gdn", "guidance", c.implementation()));
    }
    if (!c.evidence().isEmpty()) {
      // The evidence the organisation expects, as NIST SP 800-53A writes assessment methods:
      // EXAMINE these objects.
      ControlPart method = new ControlPart();
      method.setId(id + "_asm-examine");
      method.setName("assessment-method");
      Property m = new Property();
      m.setName("method");
      m.setNs(RMF_NS);
      m.setValue("EXAMINE");
      method.addProp(m);
      StringBuilder objects = new StringBuilder();
      for (Evidence e : c.evidence()) {
        objects.append("- ").append(Text.escape(e.name().replaceAll("\\s+", " ").strip())).append('\n');
      }
      ControlPart list = new ControlPart();
      list.setName("assessment-objects");
      list.setProse(gov.nist.secauto.metaschema.core.datatype.markup.MarkupMultiline.fromMarkdown(objects.toString()));
      method.addPart(list);
      out.addPart(method);
    }
    c.mappings().forEach((framework, items) -> {
      Catalogue catalogue = frameworks.get(framework);
      String url = catalogue == null || catalogue.url() == null || !catalogue.url().matches("(?i)https?://\\S+")
          ? null : catalogue.url();
      for (String item : items) {
        Link link = new Link();
        link.setRel("reference");
        if (url != null) {
          // A resource per mapped item, pointing at the framework's page: OSCAL links are unique
          // per target, and a framework item is not a control of this catalog.
          UUID resource = uuid("framework/" + framework + "/" + item);
          if (back.getResources() == null || back.getResources().stream().noneMatch(r -> r.getUuid().equals(resource))) {
            BackMatter.Resource r = new BackMatter.Resource();
            r.setUuid(resource);
            r.setTitle(Text.line(catalogue.title() + " " + item));
            r.addProp(prop("framework-id", framework));
            r.addProp(prop("item-id", item));
            BackMatter.Resource.Rlink rlink = new BackMatter.Resource.Rlink();
            rlink.setHref(URI.create(url));
            r.addRlink(rlink);
            back.addResource(r);
          }
          link.setHref(URI.create("#" + resource));
        } else {
          link.setHref(URI.create("urn:govern:framework:" + encode(framework) + ":" + encode(item)));
        }
        link.setText(Text.line((catalogue == null ? framework : catalogue.name()) + " " + item));
        out.addLink(link);
      }
    });
    return out;
  }

  // ---- profiles

  /** The controls a maturity level requires, or with {@code level} null every control (the SSP's baseline). */
  private Profile profile(MaturityLevel level) {
    Profile p = new Profile();
    p.setUuid(uuid(level == null ? "profile/all" : "profile/level/" + level.level()));
    Metadata m = metadata(level == null
        ? g.document().title() + " — every control"
        : "Maturity level " + level.level() + " " + level.name() + " — controls required");
    if (level != null) {
      m.addProp(prop("maturity-level", Integer.toString(level.level())));
      if (!level.capabilitiesRequired().isEmpty()) {
        m.setRemarks(Text.prose("This level also requires these capabilities, which are not controls: "
            + String.join(", ", level.capabilitiesRequired()) + "."));
      }
    }
    p.setMetadata(m);
    ProfileImport imp = new ProfileImport();
    imp.setHref(URI.create("catalog." + extension));
    if (level == null || level.requiresAllControls()) {
      imp.setIncludeAll(new IncludeAll());
    } else {
      ProfileSelectControlById select = new ProfileSelectControlById();
      for (String id : level.requiredControls(g.controls())) {
        select.addWithId(controlTokens.getOrDefault(id, id));
      }
      imp.addIncludeControls(select);
    }
    p.addImport(imp);
    return p;
  }

  // ---- component definition

  private ComponentDefinition componentDefinition() {
    ComponentDefinition cd = new ComponentDefinition();
    cd.setUuid(uuid("component-definition"));
    cd.setMetadata(metadata(g.document().title() + " — AI coding tools"));
    for (Tool t : g.tools()) {
      DefinedComponent c = new DefinedComponent();
      c.setUuid(uuid("tool/" + t.id()));
      c.setType("software");
      c.setTitle(Text.line(t.name()));
      c.setDescription(Text.prose(t.name() + (t.vendor() == null ? "" : " by " + t.vendor())
          + ", an AI coding tool in " + org + "'s inventory: " + t.status().label().toLowerCase(java.util.Locale.ROOT)
          + ", " + t.endpoint().label().toLowerCase(java.util.Locale.ROOT) + " endpoint."));
      c.addProp(prop("tool-id", t.id()));
      if (t.vendor() != null) {
        c.addProp(prop("vendor", t.vendor()));
      }
      c.addProp(prop("approval-status", t.status().id()));
      c.addProp(prop("endpoint", t.endpoint().id()));
      if (t.approvedOn() != null) {
        c.addProp(prop("approved-on", t.approvedOn().toString()));
      }
      if (t.ignoreFile() != null) {
        c.addProp(prop("ignore-file", t.ignoreFile()));
      }
      for (Classification cl : g.classifications()) {
        c.addProp(prop(cl.allows(t) ? "allowed-for" : "not-allowed-for", cl.id()));
      }
      if (!a.controls().isEmpty()) {
        ComponentControlImplementation ci = new ComponentControlImplementation();
        ci.setUuid(uuid("tool/" + t.id() + "/controls"));
        ci.setSource(URI.create("catalog." + extension));
        ci.setDescription(Text.prose("Every control of " + org + "'s AI code generation governance applies to"
            + " each AI coding tool in use; these are the controls " + t.name() + " is subject to."));
        for (Control control : a.controls()) {
          ComponentImplementedRequirement r = new ComponentImplementedRequirement();
          r.setUuid(uuid("tool/" + t.id() + "/control/" + control.id()));
          r.setControlId(token(control.id()));
          r.setDescription(Text.prose(control.description() != null ? control.description() : control.name()));
          ci.addImplementedRequirement(r);
        }
        c.addControlImplementation(ci);
      }
      cd.addComponent(c);
    }
    return cd;
  }

  // ---- system security plan

  private SystemSecurityPlan ssp() {
    SystemSecurityPlan ssp = new SystemSecurityPlan();
    ssp.setUuid(uuid("ssp"));
    Metadata m = metadata(g.document().title() + " — system security plan");
    SystemSecurityPlan plan = ssp;
    ImportProfile imp = new ImportProfile();
    imp.setHref(URI.create("profile-all." + extension));
    plan.setImportProfile(imp);

    SystemCharacteristics sc = new SystemCharacteristics();
    SystemId systemId = new SystemId();
    systemId.setIdentifierType(RFC4122);
    systemId.setId(uuid("system").toString());
    sc.addSystemId(systemId);
    sc.setSystemName("AI-assisted software development");
    sc.setDescription(Text.prose("Software development at " + org + " with AI code generation tools"
        + (g.organization().scope() == null ? "." : ", for " + g.organization().scope() + ".")));
    SystemInformation info = new SystemInformation();
    for (Classification c : g.classifications()) {
      SystemInformation.InformationType type = new SystemInformation.InformationType();
      type.setUuid(uuid("classification/" + c.id()));
      type.setTitle(Text.line("Source code classified " + c.id()));
      type.setDescription(Text.prose(c.description() != null ? c.description() : c.id()));
      info.addInformationType(type);
    }
    if (g.classifications().isEmpty()) {
      SystemInformation.InformationType type = new SystemInformation.InformationType();
      type.setUuid(uuid("classification/none"));
      type.setTitle(Text.line("Source code"));
      type.setDescription(Text.prose("No data classification levels are defined yet."));
      info.addInformationType(type);
    }
    sc.setSystemInformation(info);
    gov.nist.secauto.oscal.lib.model.Status status = new gov.nist.secauto.oscal.lib.model.Status();
    status.setState("operational");
    sc.setStatus(status);
    gov.nist.secauto.oscal.lib.model.AuthorizationBoundary boundary = new gov.nist.secauto.oscal.lib.model.AuthorizationBoundary();
    boundary.setDescription(Text.prose("The people, repositories and AI coding tools in scope of " + org
        + "'s AI code generation governance" + (g.organization().scope() == null ? "." : ": " + g.organization().scope() + ".")));
    sc.setAuthorizationBoundary(boundary);
    plan.setSystemCharacteristics(sc);

    SystemImplementation si = new SystemImplementation();
    SystemUser users = new SystemUser();
    users.setUuid(uuid("user/developers"));
    users.setTitle(Text.line("Developers using AI coding tools"));
    si.addUser(users);
    UUID thisSystem = uuid("component/this-system");
    SystemComponent self = new SystemComponent();
    self.setUuid(thisSystem);
    self.setType("this-system");
    self.setTitle(Text.line("AI-assisted software development"));
    self.setDescription(Text.prose("The governance programme as a whole."));
    self.setStatus(componentStatus("operational"));
    si.addComponent(self);
    for (Tool t : g.tools()) {
      SystemComponent c = new SystemComponent();
      c.setUuid(uuid("tool/" + t.id()));
      c.setType("software");
      c.setTitle(Text.line(t.name()));
      c.setDescription(Text.prose(t.name() + (t.vendor() == null ? "" : " by " + t.vendor()) + "."));
      c.addProp(prop("approval-status", t.status().id()));
      c.setStatus(componentStatus(switch (t.status()) {
        case APPROVED -> "operational";
        case PROHIBITED -> "disposition";
        default -> "under-development";
      }));
      si.addComponent(c);
    }
    plan.setSystemImplementation(si);

    ControlImplementation ci = new ControlImplementation();
    ci.setDescription(Text.prose("How each control of " + org + "'s AI code generation governance is implemented,"
        + " as of " + a.asOf() + "."));
    BackMatter back = new BackMatter();
    Set<String> owners = new LinkedHashSet<>();
    for (Control c : a.controls()) {
      ImplementedRequirement r = new ImplementedRequirement();
      r.setUuid(uuid("ssp/control/" + c.id()));
      r.setControlId(token(c.id()));
      r.addProp(prop("status", c.status().id()));
      if (c.lastReviewed() != null) {
        r.addProp(prop("last-reviewed", c.lastReviewed().toString()));
      }
      ByComponent by = new ByComponent();
      by.setUuid(uuid("ssp/control/" + c.id() + "/this-system"));
      by.setComponentUuid(thisSystem);
      by.setDescription(Text.prose(c.implementation() != null ? c.implementation() : c.name()));
      ImplementationStatus is = new ImplementationStatus();
      is.setState(implementationState(c.status()));
      by.setImplementationStatus(is);
      if (c.owner() != null) {
        owners.add(c.owner());
        ResponsibleRole role = new ResponsibleRole();
        role.setRoleId("control-owner");
        role.addPartyUuid(party(c.owner()));
        by.addResponsibleRole(role);
      }
      int i = 0;
      List<String> unlocated = new ArrayList<>();
      for (Analysis.EvidenceEntry e : a.evidence()) {
        if (e.control() != c) {
          continue;
        }
        UUID resource = uuid("evidence/" + c.id() + "/" + i++);
        URI location = location(e.evidence().location());
        if (location == null) {
          // OSCAL resources must point somewhere; evidence with no location is stated in words.
          unlocated.add(evidenceSentence(e));
          continue;
        }
        back.addResource(evidenceResource(resource, e, location));
        Link link = new Link();
        link.setHref(URI.create("#" + resource));
        link.setRel("reference");
        link.setText(Text.line(e.evidence().name()));
        by.addLink(link);
      }
      if (!unlocated.isEmpty()) {
        by.setRemarks(Text.prose("Evidence without a location: " + String.join(" ", unlocated)));
      }
      r.addByComponent(by);
      ci.addImplementedRequirement(r);
    }
    plan.setControlImplementation(ci);
    if (hasResources(back)) {
      plan.setBackMatter(back);
    }
    if (!owners.isEmpty()) {
      Metadata.Role role = new Metadata.Role();
      role.setId("control-owner");
      role.setTitle(Text.line("Control owner"));
      m.addRole(role);
    }
    addParties(m);
    ssp.setMetadata(m);
    return ssp;
  }

  /**
   * OSCAL's implementation states. OSCAL has no word for "not implemented and not yet planned";
   * its list is open, so govern says exactly that rather than claim a plan that does not exist.
   */
  private static String implementationState(Status s) {
    return switch (s) {
      case IMPLEMENTED -> "implemented";
      case PARTIAL -> "partial";
      case PLANNED -> "planned";
      case NOT_IMPLEMENTED -> "not-implemented";
    };
  }

  private static SystemComponent.Status componentStatus(String state) {
    SystemComponent.Status s = new SystemComponent.Status();
    s.setState(state);
    return s;
  }

  private BackMatter.Resource evidenceResource(UUID id, Analysis.EvidenceEntry e, URI location) {
    BackMatter.Resource r = new BackMatter.Resource();
    r.setUuid(id);
    r.setTitle(Text.line(e.evidence().name()));
    r.addProp(prop("control", e.control().id()));
    if (e.evidence().date() != null) {
      r.addProp(prop("evidence-date", e.evidence().date().toString()));
    }
    if (e.due() != null) {
      r.addProp(prop("due", e.due().toString()));
    }
    r.addProp(prop("freshness", e.freshness().id()));
    BackMatter.Resource.Rlink link = new BackMatter.Resource.Rlink();
    link.setHref(location);
    r.addRlink(link);
    return r;
  }

  /** A URL or repo path as a URI reference, or null when it is neither (then it is not a link). */
  private static URI location(String location) {
    if (location == null) {
      return null;
    }
    try {
      URI uri = new URI(location.strip());
      String scheme = uri.getScheme();
      if (scheme == null || scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) {
        return uri;
      }
    } catch (java.net.URISyntaxException e) {
      // A repo path with spaces or other characters a URI may not hold: encode it segment by segment.
      if (!location.contains(":")) {
        StringBuilder sb = new StringBuilder();
        for (String segment : location.strip().split("/", -1)) {
          sb.append(sb.length() == 0 && segment.isEmpty() ? "" : (sb.length() == 0 ? "" : "/"))
              .append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return URI.create(sb.toString());
      }
    }
    return null;
  }

  // ---- assessment results

  private AssessmentResults assessmentResults() {
    AssessmentResults ar = new AssessmentResults();
    ar.setUuid(uuid("assessment-results"));
    ar.setMetadata(metadata(g.document().title() + " — assessment as of " + a.asOf()));
    // OSCAL wants the assessment plan this assessment followed. govern's assessment is its analysis
    // of the governance data, so the plan is a back-matter resource that says so and names the SSP.
    UUID planResource = uuid("assessment-plan");
    ImportAp ap = new ImportAp();
    ap.setHref(URI.create("#" + planResource));
    ar.setImportAp(ap);
    BackMatter back = new BackMatter();
    BackMatter.Resource plan = new BackMatter.Resource();
    plan.setUuid(planResource);
    plan.setTitle(Text.line("Assessment method: govern's analysis of the governance data"));
    plan.setDescription(Text.prose("No separate assessment plan exists. The controls of the system security plan"
        + " were assessed by govern from the governance repository: implementation status, evidence and review"
        + " freshness against each control's cadence, KPI values against their targets, and the maturity"
        + " model's requirements."));
    BackMatter.Resource.Rlink sspLink = new BackMatter.Resource.Rlink();
    sspLink.setHref(URI.create("ssp." + extension));
    plan.addRlink(sspLink);
    back.addResource(plan);
    ar.setBackMatter(back);

    Result result = new Result();
    result.setUuid(uuid("result/" + a.asOf()));
    result.setTitle(Text.line("Assessment as of " + a.asOf()));
    MaturityAssessment maturity = a.maturity();
    result.setDescription(Text.prose("Maturity level reached: "
        + (maturity.current() == null ? "none" : maturity.current().level() + " " + maturity.current().name())
        + (maturity.next() == null ? "." : "; gaps to level " + maturity.next().level() + " "
            + maturity.next().name() + ": " + (maturity.gaps().isEmpty() ? "none" : String.join(", ", maturity.gaps())) + ".")));
    result.setStart(startOfDay(a.asOf()));
    ReviewedControls reviewed = new ReviewedControls();
    ReviewedControls.ControlSelection all = new ReviewedControls.ControlSelection();
    all.setIncludeAll(new IncludeAll());
    reviewed.addControlSelection(all);
    result.setReviewedControls(reviewed);

    Set<String> gaps = new LinkedHashSet<>(maturity.gaps());
    for (Control c : a.controls()) {
      List<UUID> observations = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      int i = 0;
      for (Analysis.EvidenceEntry e : a.evidence()) {
        if (e.control() != c) {
          continue;
        }
        Observation o = new Observation();
        o.setUuid(uuid("observation/evidence/" + c.id() + "/" + i++));
        o.setTitle(Text.line("Evidence: " + e.evidence().name()));
        o.setDescription(Text.prose(evidenceSentence(e)));
        o.addMethod("EXAMINE");
        o.addProp(prop("freshness", e.freshness().id()));
        o.setCollected(startOfDay(e.evidence().date() != null ? e.evidence().date() : a.asOf()));
        URI location = location(e.evidence().location());
        if (location != null) {
          Observation.RelevantEvidence re = new Observation.RelevantEvidence();
          re.setHref(location);
          re.setDescription(Text.prose(e.evidence().name()));
          o.addRelevantEvidence(re);
        }
        result.addObservation(o);
        observations.add(o.getUuid());
        if (e.freshness() == Freshness.OVERDUE) {
          problems.add("evidence '" + e.evidence().name() + "' is overdue (due " + e.due() + ")");
        } else if (e.freshness() == Freshness.UNDATED) {
          problems.add("evidence '" + e.evidence().name() + "' has not been collected");
        } else if (e.freshness() == Freshness.FUTURE) {
          problems.add("evidence '" + e.evidence().name() + "' is dated " + e.evidence().date()
              + ", after the as-of date, and is not counted as fresh");
        }
      }
      a.overdueReviews().stream().filter(r -> r.kind().equals("control") && r.id().equals(c.id())).forEach(r ->
          problems.add("its review is overdue (last reviewed " + r.lastReviewed() + ", due " + r.due() + ")"));
      if (c.status() != Status.IMPLEMENTED) {
        problems.add(0, "its status is " + c.status().label().toLowerCase(java.util.Locale.ROOT));
      }
      if (gaps.contains(c.id())) {
        problems.add("maturity level " + maturity.next().level() + " requires it");
      }
      Finding f = new Finding();
      f.setUuid(uuid("finding/control/" + c.id()));
      f.setTitle(Text.line(c.id() + " " + c.name()));
      f.setDescription(Text.prose(problems.isEmpty()
          ? c.id() + " is implemented and its evidence and review are current."
          : c.id() + " is not satisfied: " + String.join("; ", problems) + "."));
      f.setTarget(target("statement-id", token(c.id()) + "_smt", problems.isEmpty()));
      f.getTarget().setImplementationStatus(implementationStatus(c.status()));
      for (UUID o : observations) {
        Finding.RelatedObservation ro = new Finding.RelatedObservation();
        ro.setObservationUuid(o);
        f.addRelatedObservation(ro);
      }
      result.addFinding(f);
    }
    Text.Tokens kpiTokens = new Text.Tokens();
    for (KpiStatus k : a.kpis()) {
      Observation o = new Observation();
      o.setUuid(uuid("observation/kpi/" + k.kpi().id()));
      o.setTitle(Text.line("KPI: " + k.kpi().name()));
      List<String> parts = new ArrayList<>();
      for (KpiStatus.SegmentStatus s : k.segments()) {
        String segment = s.target().segment().equals(dev.govern.model.Target.SINGLE) ? "" : s.target().segment() + ": ";
        parts.add(segment + s.latestText() + (s.period() == null ? "" : " in " + s.period())
            + " against " + s.target().text() + " (" + s.outcome().label().toLowerCase(java.util.Locale.ROOT) + ")");
      }
      o.setDescription(Text.prose(k.kpi().name() + ": " + String.join("; ", parts) + "."));
      o.addMethod("TEST");
      o.addProp(prop("kpi-status", k.outcome().id()));
      o.setCollected(startOfDay(a.asOf()));
      result.addObservation(o);
      Finding f = new Finding();
      f.setUuid(uuid("finding/kpi/" + k.kpi().id()));
      f.setTitle(Text.line("KPI " + k.kpi().name() + ": " + k.outcome().label()));
      f.setDescription(Text.prose("Target " + k.kpi().targetText() + "; " + String.join("; ", parts) + "."));
      f.setTarget(target("objective-id", "kpi_" + kpiTokens.of(k.kpi().id()), k.outcome() == KpiStatus.Outcome.MET));
      Finding.RelatedObservation ro = new Finding.RelatedObservation();
      ro.setObservationUuid(o.getUuid());
      f.addRelatedObservation(ro);
      result.addFinding(f);
    }
    ar.addResult(result);
    return ar;
  }

  private static String evidenceSentence(Analysis.EvidenceEntry e) {
    String who = e.control().id() + " " + e.control().name();
    return switch (e.freshness()) {
      case UNDATED -> e.evidence().name() + " (" + who + ") has no date: not yet collected.";
      case OVERDUE -> e.evidence().name() + " (" + who + ") dated " + e.evidence().date() + " was due again on "
          + e.due() + ": overdue.";
      case FUTURE -> e.evidence().name() + " (" + who + ") is dated " + e.evidence().date()
          + ", after the as-of date: not counted as fresh.";
      case FRESH -> e.evidence().name() + " (" + who + ") dated " + e.evidence().date()
          + (e.due() == null ? "" : ", due again on " + e.due()) + ": fresh.";
    };
  }

  private static FindingTarget target(String type, String id, boolean satisfied) {
    FindingTarget t = new FindingTarget();
    t.setType(type);
    t.setTargetId(id);
    FindingTarget.Status s = new FindingTarget.Status();
    s.setState(satisfied ? "satisfied" : "not-satisfied");
    t.setStatus(s);
    return t;
  }

  private static ImplementationStatus implementationStatus(Status status) {
    ImplementationStatus is = new ImplementationStatus();
    is.setState(implementationState(status));
    return is;
  }

  // ---- plan of action and milestones

  private PlanOfActionAndMilestones poam() {
    PlanOfActionAndMilestones poam = new PlanOfActionAndMilestones();
    poam.setUuid(uuid("poam"));
    poam.setMetadata(metadata(g.document().title() + " — plan of action and milestones"));
    SystemId systemId = new SystemId();
    systemId.setIdentifierType(RFC4122);
    systemId.setId(uuid("system").toString());
    poam.setSystemId(systemId);
    String appetite = g.matrix().appetite();
    for (Risk r : g.risks()) {
      if (r.residualRisk() == null || !g.matrix().aboveAppetite(r.residualRisk())) {
        continue;
      }
      gov.nist.secauto.oscal.lib.model.Risk risk = new gov.nist.secauto.oscal.lib.model.Risk();
      risk.setUuid(uuid("risk/" + r.id()));
      risk.setTitle(Text.line(r.id() + (r.category() == null ? "" : " " + r.category())));
      risk.setDescription(Text.prose(r.description()));
      risk.setStatement(Text.prose("Residual level " + label(r.residualRisk()) + " is above the risk appetite ("
          + (appetite == null ? "only the lowest level, " + g.matrix().levels().get(0).label() + ", is accepted"
              : label(appetite)) + "). Inherent level " + label(r.inherentRisk()) + "; mitigating controls: "
          + (r.controls().isEmpty() ? "none" : String.join(", ", r.controls())) + "."));
      risk.setStatus("open");
      risk.addProp(prop("likelihood", r.likelihood()));
      risk.addProp(prop("impact", r.impact()));
      risk.addProp(prop("inherent-level", r.inherentRisk()));
      risk.addProp(prop("residual-level", r.residualRisk()));
      if (r.owner() != null) {
        risk.addProp(prop("owner", r.owner()));
      }
      if (r.treatment() != null) {
        risk.addProp(prop("treatment", r.treatment().id()));
      }
      poam.addRisk(risk);
      PoamItem item = new PoamItem();
      item.setUuid(uuid("poam-item/risk/" + r.id()));
      item.setTitle(Text.line("Bring " + r.id() + " within the risk appetite"));
      item.setDescription(Text.prose("Reduce the residual level of " + r.id() + " (" + label(r.residualRisk())
          + ") to the appetite or below, or record the decision to accept it."));
      PoamItem.AssociatedRisk ar = new PoamItem.AssociatedRisk();
      ar.setRiskUuid(risk.getUuid());
      item.addAssociatedRisk(ar);
      poam.addPoamItem(item);
    }
    LocalDate start = g.roadmap().start();
    for (Phase phase : g.roadmap().phases()) {
      int n = 0;
      for (Activity activity : phase.activities()) {
        n++;
        if (activity.status() == ActivityStatus.DONE) {
          continue;
        }
        PoamItem item = new PoamItem();
        item.setUuid(uuid("poam-item/roadmap/" + phase.id() + "/" + n));
        item.setTitle(Text.line(activity.text()));
        String when = "months " + phase.firstMonth() + "–" + phase.lastMonth();
        if (start != null) {
          LocalDate from = start.plusMonths(phase.firstMonth() - 1L);
          LocalDate due = start.plusMonths(phase.lastMonth()).minusDays(1);
          when = from + " to " + due;
          item.addProp(prop("planned-start", from.toString()));
          item.addProp(prop("due", due.toString()));
        }
        item.setDescription(Text.prose("Roadmap phase " + phase.name() + " (" + when + "): "
            + activity.status().label().toLowerCase(java.util.Locale.ROOT) + "."));
        item.addProp(prop("phase", phase.id()));
        item.addProp(prop("activity-status", activity.status().id()));
        if (phase.targetMaturity() != null) {
          item.addProp(prop("target-maturity", phase.targetMaturity().toString()));
        }
        poam.addPoamItem(item);
      }
    }
    if (poam.getPoamItems() == null || poam.getPoamItems().isEmpty()) {
      // OSCAL requires at least one item; an empty plan says so in one.
      PoamItem item = new PoamItem();
      item.setUuid(uuid("poam-item/none"));
      item.setTitle(Text.line("No open actions"));
      item.setDescription(Text.prose("Every roadmap activity is done and no risk is above the appetite as of "
          + a.asOf() + "."));
      poam.addPoamItem(item);
    }
    return poam;
  }

  private String label(String levelId) {
    return g.matrix().level(levelId).map(l -> l.label()).orElse(levelId);
  }

  // ---- shared parts

  private Metadata metadata(String title) {
    Metadata m = new Metadata();
    m.setTitle(Text.line(title));
    m.setLastModified(ZonedDateTime.ofInstant(provenance.documentDate(), ZoneOffset.UTC));
    m.setVersion(g.document().version() != null ? g.document().version()
        : provenance.commit() != null ? provenance.commit().substring(0, 12) : a.asOf().toString());
    m.setOscalVersion(OSCAL_VERSION);
    m.addProp(prop("as-of", a.asOf().toString()));
    if (provenance.commit() != null) {
      m.addProp(prop("git-commit", provenance.commit()));
      m.addProp(prop("uncommitted-changes", Boolean.toString(provenance.dirty())));
    }
    m.addProp(prop("marking", g.document().classification()));
    Metadata.Party party = new Metadata.Party();
    party.setUuid(uuid("party/organization"));
    party.setType("organization");
    party.setName(org);
    m.addParty(party);
    return m;
  }

  private UUID party(String owner) {
    return parties.computeIfAbsent(owner, o -> uuid("party/owner/" + o));
  }

  private void addParties(Metadata m) {
    parties.forEach((name, id) -> {
      Metadata.Party p = new Metadata.Party();
      p.setUuid(id);
      p.setType("organization");
      p.setName(name);
      m.addParty(p);
    });
    if (!parties.isEmpty()) {
      ResponsibleParty rp = new ResponsibleParty();
      rp.setRoleId("control-owner");
      parties.values().forEach(rp::addPartyUuid);
      m.addResponsibleParty(rp);
    }
  }

  private static boolean hasResources(BackMatter back) {
    return back.getResources() != null && !back.getResources().isEmpty();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private UUID uuid(String name) {
    return Uuids.of(org, name);
  }

  private static ControlPart part(String id, String name, String prose) {
    ControlPart p = new ControlPart();
    p.setId(id);
    p.setName(name);
    p.setProse(Text.prose(prose));
    return p;
  }

  private static Property prop(String name, String value) {
    Property p = new Property();
    p.setName(name);
    p.setNs(NS);
    p.setValue(value.replaceAll("\\s+", " ").strip());
    return p;
  }

  /** A property of OSCAL's own vocabulary (no namespace), such as {@code label}. */
  private static Property standardProp(String name, String value) {
    Property p = new Property();
    p.setName(name);
    p.setValue(value.replaceAll("\\s+", " ").strip());
    return p;
  }

  private static ZonedDateTime startOfDay(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC);
  }
}
