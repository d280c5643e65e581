package dev.govern.render;

import dev.govern.analysis.Analysis;
import dev.govern.model.Approver;
import dev.govern.model.Control;
import dev.govern.model.Governance;
import dev.govern.model.Policy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The print version of the site: one XHTML document (report/print.ftlh) from the same model and
 * analysis, with the same charts inlined as SVG, which the PDF renderer lays out.
 */
public final class ReportRenderer {
  /** A row of the version history. */
  public record HistoryEntry(String version, java.time.LocalDate date, String change) {}

  private final Templates templates;
  private final Assets assets;
  private final PolicyImages images;

  /** @param overrides the governance repo's {@code templates/} folder (may not exist) */
  public ReportRenderer(Templates templates, java.nio.file.Path overrides) {
    this.templates = templates;
    this.assets = new Assets(overrides);
    this.images = PolicyImages.in(overrides == null ? null : overrides.toAbsolutePath().normalize().getParent());
  }

  /** The report's title: report.title, else the document title. */
  public static String title(Governance g) {
    return g.report().title() != null ? g.report().title() : g.document().title();
  }

  /**
   * @param fontFamilies the CSS font-family list of the fonts the PDF embeds
   * @param history the Git history: its commits become the version history (else the version in
   *     governance.yaml), and its diff the "changes since" section
   * @param charts the build's charts, drawn once for the site and the PDF
   */
  public String render(Governance g, Analysis a, SiteInfo info, String fontFamilies, ChangeHistory history,
      SiteCharts charts) throws RenderException {
    Map<String, Object> m = SiteModel.shared(g, a, info);
    m.put("root", "");
    m.put("asset", assets.forPdf());
    m.put("brand", SiteModel.brand(g.report().brand(), true));
    m.put("charts", charts.forRoot(null));
    m.put("reportTitle", title(g));
    m.put("fontFamilies", fontFamilies);
    m.put("versions", history.entries().isEmpty() ? List.of(currentVersion(g, info)) : versions(history));
    m.put("pageCounter", pageCounter(info.messages().raw("report.page_of")));
    m.put("history", history);
    m.put("trendCharts", charts.trends());
    Map<String, String> slug = new HashMap<>();
    g.domains().forEach(d -> slug.put(d.id(), Slugs.of(d.id())));
    g.controls().forEach(c -> slug.put(c.id(), Slugs.of(c.id())));
    g.risks().forEach(r -> slug.put(r.id(), Slugs.of(r.id())));
    g.policies().forEach(p -> slug.put(p.id(), Slugs.of(p.id())));
    g.catalogues().forEach(c -> slug.put(c.id(), Slugs.of(c.id())));
    m.put("slug", slug);
    Map<String, String> cadences = new HashMap<>();
    Map<String, Control> byId = new LinkedHashMap<>();
    Map<Control, List<Analysis.EvidenceEntry>> evidenceOf = new IdentityHashMap<>();
    a.evidence().forEach(e -> evidenceOf.computeIfAbsent(e.control(), k -> new ArrayList<>()).add(e));
    Map<String, List<Analysis.EvidenceEntry>> evidence = new HashMap<>();
    for (Control c : g.controls()) {
      byId.putIfAbsent(c.id(), c);
      if (c.reviewEvery() != null) {
        cadences.put(c.id(), SiteModel.cadence(c.reviewEvery(), info.messages()));
      }
      evidence.put(c.id(), List.copyOf(evidenceOf.getOrDefault(c, List.of())));
    }
    m.put("cadences", cadences);
    m.put("controlsById", byId);
    m.put("evidenceByControl", evidence);
    Map<String, String> catalogueNames = new HashMap<>();
    g.catalogues().forEach(c -> catalogueNames.put(c.id(), c.name()));
    m.put("catalogueNames", catalogueNames);
    Map<String, String> policyHtml = new HashMap<>();
    Markdown.Removed removed = Markdown.Removed.in(info.messages());
    for (Policy p : g.policies()) {
      // Each policy is a section (h2) of the report; its own headings sit below it.
      policyHtml.put(p.id(), Markdown.toHtml(p.body(), 1, images.forPdf(p), removed));
    }
    m.put("policyHtml", policyHtml);
    return CssVariables.resolveStyles(templates.render("report/print.ftlh", m));
  }

  /** One row per commit that changed the data: its tags as the version, else its short commit. */
  private static List<HistoryEntry> versions(ChangeHistory history) {
    return history.entries().stream()
        .map(e -> new HistoryEntry(e.tags().isEmpty() ? e.shortCommit() : String.join(", ", e.tags()),
            e.day(), e.subject() + (e.author() == null ? "" : " (" + e.author() + ")")))
        .toList();
  }

  private static HistoryEntry currentVersion(Governance g, SiteInfo info) {
    java.time.LocalDate date = g.document().approvers().stream().map(Approver::date).filter(Objects::nonNull)
        .max(Comparator.naturalOrder()).orElse(info.asOf().date());
    String version = g.document().version() == null ? "—" : g.document().version();
    var words = info.messages();
    return new HistoryEntry(version, date, words.get("report.current_version")
        + (info.commit() == null ? "" : " (" + words.get("report.commit", info.commit()) + ")"));
  }

  /**
   * "Page {0} of {1}" as the value of a CSS {@code content} property: the message's text as CSS
   * strings around {@code counter(page)} and {@code counter(pages)}, so the footer reads in the
   * report's language. Quotes and backslashes in the message are escaped, and nothing else of it
   * can reach the stylesheet.
   */
  static String pageCounter(String message) {
    StringBuilder css = new StringBuilder();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([01])}").matcher(message);
    int from = 0;
    while (m.find()) {
      css.append(cssString(message.substring(from, m.start()))).append(m.group(1).equals("0") ? " counter(page) " : " counter(pages) ");
      from = m.end();
    }
    css.append(cssString(message.substring(from)));
    return css.toString().strip();
  }

  private static String cssString(String text) {
    StringBuilder s = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        s.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || c == '<' || c == '>') {
        s.append('\\').append(Integer.toHexString(c)).append(' ');
      } else {
        s.append(c);
      }
    }
    return s.append('"').toString();
  }

}
