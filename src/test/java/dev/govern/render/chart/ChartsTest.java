package dev.govern.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.analysis.Analysis;
import dev.govern.analysis.Coverage;
import dev.govern.analysis.KpiStatus;
import dev.govern.load.GovernanceLoader;
import dev.govern.load.Loaded;
import dev.govern.model.Activity;
import dev.govern.model.Catalogue;
import dev.govern.model.CatalogueItem;
import dev.govern.model.Comparison;
import dev.govern.model.Control;
import dev.govern.model.Domain;
import dev.govern.model.Governance;
import dev.govern.model.Kpi;
import dev.govern.model.KpiValue;
import dev.govern.model.Phase;
import dev.govern.model.Roadmap;
import dev.govern.model.Status;
import dev.govern.model.Target;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class ChartsTest {
  /** Where the PNGs go for a person to look at; relative to the build's working folder. */
  private static final Path PNG_DIR = Path.of("target", "charts");
  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  // --- fixtures, built by hand ---------------------------------------------------------------

  private static Control control(String id, String domain, Status status, Map<String, List<String>> mappings) {
    return new Control(id, domain, id + " control", null, null, List.of(), null, null, status, null, null, mappings);
  }

  private static Analysis.DomainCounts counts(String id, String name, int implemented, int partial, int planned, int not) {
    Map<String, Integer> by = new LinkedHashMap<>();
    by.put(Status.IMPLEMENTED.id(), implemented);
    by.put(Status.PARTIAL.id(), partial);
    by.put(Status.PLANNED.id(), planned);
    by.put(Status.NOT_IMPLEMENTED.id(), not);
    return new Analysis.DomainCounts(new Domain(id, name, null), List.of(), by);
  }

  private static List<Analysis.DomainCounts> domains() {
    return List.of(
        counts("tm", "Tool Management", 2, 1, 0, 0),
        counts("dp", "Data Protection", 0, 1, 1, 0),
        counts("cq", "Code Quality", 0, 0, 0, 0),
        counts("sec", "Security", 3, 0, 0, 0),
        counts("ops", "Operations & Incident Response", 1, 0, 1, 0),
        counts("cmp", "Compliance", 0, 0, 1, 4));
  }

  private static Target target(String segment, String text, Comparison c, String number, String unit) {
    return new Target(segment, c, new BigDecimal(number), unit, text);
  }

  private static KpiStatus segmentedKpi() {
    List<KpiValue> values = new ArrayList<>();
    String[][] rows = {
      {"2025-12", "88.0", "79.5"}, {"2026-01", "89.1", "81.2"}, {"2026-02", "91.4", "84.0"},
      {"2026-03", "93.0", "86.7"}, {"2026-04", "94.2", "88.9"}, {"2026-05", "95.5", "90.3"},
      {"2026-06", "96.1", "91.8"}, {"2026-07", "96.8", "93.0"}, {"2026-08", "97.4", "93.9"},
      {"2026-09", "98.0", "94.6"}, {"2026-10", "98.6", "95.2"}, {"2026-11", "99.2", "95.8"},
    };
    for (String[] r : rows) {
      Map<String, BigDecimal> m = new LinkedHashMap<>();
      m.put("critical", new BigDecimal(r[1]));
      m.put("high", new BigDecimal(r[2]));
      values.add(new KpiValue(YearMonth.parse(r[0]), m));
    }
    Kpi kpi = new Kpi("ai-vuln-detection-rate", "AI Vulnerability Detection Rate", "d", "m",
        List.of(target("critical", ">99%", Comparison.ABOVE, "99", "%"), target("high", ">95%", Comparison.ABOVE, "95", "%")),
        values);
    return KpiStatus.of(kpi, "Security");
  }

  private static KpiStatus hoursKpi() {
    List<KpiValue> values = List.of(
        new KpiValue(YearMonth.of(2026, 9), Map.of(Target.SINGLE, new BigDecimal("36"))),
        new KpiValue(YearMonth.of(2026, 10), Map.of(Target.SINGLE, new BigDecimal("30.5"))),
        new KpiValue(YearMonth.of(2026, 11), Map.of(Target.SINGLE, new BigDecimal("18.25"))));
    Kpi kpi = new Kpi("mttd", "Mean Time to Detect", "d", "m",
        List.of(target(Target.SINGLE, "<24 hours", Comparison.BELOW, "24", "hours")), values);
    return KpiStatus.of(kpi, "Security");
  }

  private static Coverage coverage() {
    Catalogue nist = new Catalogue("nist-ai-rmf", "NIST AI RMF", "1.0", null, List.of(
        new CatalogueItem("GOVERN", "Govern", null),
        new CatalogueItem("GOVERN 1", "Policies", "GOVERN"),
        new CatalogueItem("GOVERN 1.1", "Legal", "GOVERN 1"),
        new CatalogueItem("GOVERN 1.2", "Trustworthy", "GOVERN 1"),
        new CatalogueItem("GOVERN 1.3", "Risk tolerance", "GOVERN 1"),
        new CatalogueItem("MAP", "Map", null),
        new CatalogueItem("MAP 1", "Context", "MAP"),
        new CatalogueItem("MAP 1.1", "Intended purposes", "MAP 1"),
        new CatalogueItem("MAP 1.2", "Interdisciplinary", "MAP 1"),
        new CatalogueItem("MEASURE", "Measure", null),
        new CatalogueItem("MEASURE 1.1", "Approaches and metrics", "MEASURE"),
        new CatalogueItem("MANAGE", "Manage", null),
        new CatalogueItem("MANAGE 1.1", "Determination", "MANAGE"),
        new CatalogueItem("MANAGE 1.2", "Treatment", "MANAGE"),
        new CatalogueItem("MANAGE 1.3", "Responses", "MANAGE"),
        new CatalogueItem("MANAGE 1.4", "Residual risk", "MANAGE"),
        new CatalogueItem("MANAGE 1.5", "Monitoring", "MANAGE"),
        new CatalogueItem("MANAGE 1.6", "Communication", "MANAGE"),
        new CatalogueItem("MANAGE 1.7", "Review", "MANAGE")));
    List<Control> controls = List.of(
        control("TM-001", "tm", Status.IMPLEMENTED, Map.of("nist-ai-rmf", List.of("GOVERN 1.1", "MAP 1.1"))),
        control("TM-002", "tm", Status.PARTIAL, Map.of("nist-ai-rmf", List.of("GOVERN 1.2", "MAP 1.2"))),
        control("SEC-001", "sec", Status.IMPLEMENTED, Map.of("nist-ai-rmf", List.of("MANAGE 1.1"))),
        control("SEC-002", "sec", Status.PLANNED, Map.of("nist-ai-rmf", List.of("MANAGE 1.2", "MANAGE 1.3"))));
    return Coverage.of(nist, controls);
  }

  private static Phase phase(String id, String name, int first, int last, Integer level) {
    return new Phase(id, name, first, last, level, List.of(new Activity("Do " + id, dev.govern.model.ActivityStatus.PLANNED)));
  }

  private static List<Phase> phases() {
    return List.of(
        phase("foundation", "Foundation", 1, 2, 2),
        phase("formalization", "Formalization", 3, 4, 3),
        phase("measurement", "Measurement", 5, 6, 3),
        phase("optimization", "Optimization", 7, 12, 4));
  }

  private static Roadmap dated() {
    return new Roadmap(LocalDate.of(2026, 1, 1), phases());
  }

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

  /** One of each chart kind (both KPI and roadmap variants). */
  private static List<Svg> all() {
    return List.of(
        Charts.domainStatus(domains()),
        Charts.kpiTrend(segmentedKpi()).orElseThrow(),
        Charts.kpiTrend(hoursKpi()).orElseThrow(),
        Charts.coverage(coverage()),
        Charts.roadmap(dated(), AS_OF).orElseThrow(),
        Charts.roadmap(new Roadmap(null, phases()), AS_OF).orElseThrow());
  }

  // --- helpers --------------------------------------------------------------------------------

  private static Document parse(String markup) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    DocumentBuilder b = f.newDocumentBuilder();
    return b.parse(new InputSource(new StringReader(markup)));
  }

  private static byte[] png(Svg svg) throws Exception {
    PNGTranscoder t = new PNGTranscoder();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TranscoderInput in = new TranscoderInput(new StringReader(svg.markup()));
    t.transcode(in, new TranscoderOutput(out));
    return out.toByteArray();
  }

  private static void writePng(String name, Svg svg) throws Exception {
    Files.createDirectories(PNG_DIR);
    Files.write(PNG_DIR.resolve(name + ".png"), png(svg));
    Files.writeString(PNG_DIR.resolve(name + ".svg"), svg.markup());
  }

  private static <T> T under(Locale locale, TimeZone zone, Supplier<T> work) {
    Locale savedLocale = Locale.getDefault();
    TimeZone savedZone = TimeZone.getDefault();
    try {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
      return work.get();
    } finally {
      Locale.setDefault(savedLocale);
      TimeZone.setDefault(savedZone);
    }
  }

  // --- structure and plainness ----------------------------------------------------------------

  @Test
  void everyChartIsWellFormedSvgLabelledByItsOwnTitleAndDesc() throws Exception {
    for (Svg svg : all()) {
      assertThat(svg.markup()).startsWith("<svg ").endsWith("</svg>").doesNotContain("<?xml");
      Element root = parse(svg.markup()).getDocumentElement();
      assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
      assertThat(root.getAttribute("role")).isEqualTo("img");
      assertThat(root.getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
      assertThat(root.getAttribute("width")).isNotEmpty();
      assertThat(root.getAttribute("height")).isNotEmpty();
      assertThat(root.getAttribute("aria-labelledby")).isEqualTo(svg.id() + "-title " + svg.id() + "-desc");
      Element title = (Element) root.getElementsByTagNameNS(SVG_NS, "title").item(0);
      Element desc = (Element) root.getElementsByTagNameNS(SVG_NS, "desc").item(0);
      assertThat(title.getAttribute("id")).isEqualTo(svg.id() + "-title");
      assertThat(title.getTextContent()).isEqualTo(svg.title());
      assertThat(desc.getAttribute("id")).isEqualTo(svg.id() + "-desc");
      assertThat(desc.getTextContent()).isEqualTo(svg.description());
    }
  }

  @Test
  void svgIsPlainWithNothingExternalScriptedFilteredOrGradient() {
    for (Svg svg : all()) {
      assertThat(svg.markup()).doesNotContain("filter", "<image", "xlink:href=\"http", "xlink:href='http", "url(http",
          "@import", "<script", "Gradient", "class=", "xlink", "jfreesvg", "on" + "load=", "<style");
    }
  }

  @Test
  void noTextIsTurnedSinceJFreeChartWouldDrawItAsGlyphOutlines() {
    for (Svg svg : all()) {
      assertThat(svg.markup()).as(svg.id()).doesNotContain("matrix(", "rotate(");
    }
  }

  @Test
  void emptyInputsStillGiveAChart() throws Exception {
    parse(Charts.domainStatus(List.of()).markup());
    Catalogue empty = new Catalogue("empty", "Empty", null, null, List.of());
    Svg coverage = Charts.coverage(Coverage.of(empty, List.of()));
    parse(coverage.markup());
    assertThat(coverage.description()).contains("0 requirements");
  }

  @Test
  void kpiWithoutTargetDrawsItsValuesAlone() throws Exception {
    Kpi kpi = new Kpi("k", "Untargeted", "d", "m", List.of(), List.of(
        new KpiValue(YearMonth.of(2026, 1), Map.of(Target.SINGLE, new BigDecimal("3"))),
        new KpiValue(YearMonth.of(2026, 2), Map.of(Target.SINGLE, new BigDecimal("5")))));
    Svg svg = Charts.kpiTrend(KpiStatus.of(kpi, "c")).orElseThrow();
    assertThat(svg.description()).contains("value (no target): 2026-01 3, 2026-02 5");
    assertThat(texts(svg)).noneMatch(t -> t.startsWith("target"));
  }

  @Test
  void nothingIsTranslucentSoThePdfNeedsNoTransparency() {
    for (Svg svg : all()) {
      assertThat(svg.markup()).as(svg.id()).doesNotContainPattern("opacity: ?0\\.").doesNotContain("rgba(");
    }
  }

  @Test
  void chartsDrawnInParallelAreTheSameAsDrawnOneByOne() {
    List<String> sequential = all().stream().map(Svg::markup).toList();
    List<List<String>> parallel = java.util.stream.IntStream.range(0, 8).parallel()
        .mapToObj(i -> all().stream().map(Svg::markup).toList()).toList();
    assertThat(parallel).allSatisfy(markups -> assertThat(markups).isEqualTo(sequential));
  }

  @Test
  void allTextIsDejaVuSans() {
    for (Svg svg : all()) {
      Matcher m = Pattern.compile("font-family: ([^;]*);").matcher(svg.markup());
      int fonts = 0;
      while (m.find()) {
        assertThat(m.group(1)).isEqualTo("\"DejaVu Sans\", sans-serif");
        fonts++;
      }
      assertThat(fonts).as(svg.id()).isPositive();
    }
  }

  @Test
  void idsInsideTheSvgArePrefixedWithTheChartId() {
    for (Svg svg : all()) {
      Matcher m = Pattern.compile(" id=['\"]([^'\"]*)['\"]").matcher(svg.markup());
      while (m.find()) {
        assertThat(m.group(1)).startsWith(svg.id());
      }
    }
  }

  // --- determinism ----------------------------------------------------------------------------

  @Test
  void sameInputGivesSameMarkup() {
    List<String> first = all().stream().map(Svg::markup).toList();
    List<String> second = all().stream().map(Svg::markup).toList();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void markupDoesNotDependOnDefaultLocaleOrTimeZone() {
    List<String> root = under(Locale.ROOT, TimeZone.getTimeZone("UTC"), () -> all().stream().map(Svg::markup).toList());
    List<String> german = under(Locale.GERMANY, TimeZone.getTimeZone("Pacific/Kiritimati"),
        () -> all().stream().map(Svg::markup).toList());
    List<String> arabic = under(Locale.forLanguageTag("ar-EG-u-nu-arab"), TimeZone.getTimeZone("America/Los_Angeles"),
        () -> all().stream().map(Svg::markup).toList());
    assertThat(german).isEqualTo(root);
    assertThat(arabic).isEqualTo(root);
  }

  // --- descriptions ---------------------------------------------------------------------------

  @Test
  void domainDescriptionStatesEveryCount() {
    Svg svg = Charts.domainStatus(domains());
    assertThat(svg.title()).isEqualTo("Control implementation by domain");
    assertThat(svg.description())
        .contains("Tool Management: 2 implemented, 1 partial, 0 planned, 0 not implemented")
        .contains("Data Protection: 0 implemented, 1 partial, 1 planned, 0 not implemented")
        .contains("Code Quality: 0 implemented, 0 partial, 0 planned, 0 not implemented")
        .contains("Security: 3 implemented, 0 partial, 0 planned, 0 not implemented")
        .contains("Operations & Incident Response: 1 implemented, 0 partial, 1 planned, 0 not implemented")
        .contains("Compliance: 0 implemented, 0 partial, 1 planned, 4 not implemented");
  }

  @Test
  void domainChartLabelsSegmentsWithTheirCountsAndHasALegend() throws Exception {
    Svg svg = Charts.domainStatus(domains());
    List<String> texts = texts(svg);
    assertThat(texts).contains("Implemented", "Partial", "Planned", "Not implemented", "Tool Management", "4", "3");
  }

  @Test
  void kpiDescriptionStatesEveryValueAndTarget() {
    Svg svg = Charts.kpiTrend(segmentedKpi()).orElseThrow();
    assertThat(svg.description())
        .contains("critical (target >99%): 2025-12 88%, 2026-01 89.1%")
        .contains("2026-11 99.2%")
        .contains("high (target >95%): 2025-12 79.5%")
        .contains("2026-11 95.8%");
    Svg hours = Charts.kpiTrend(hoursKpi()).orElseThrow();
    assertThat(hours.description()).contains("Target <24 hours: 2026-09 36 hours, 2026-10 30.5 hours, 2026-11 18.25 hours");
  }

  @Test
  void kpiChartDrawsEachTargetAsALabelledLineAndTheUnitOnTheAxis() throws Exception {
    List<String> texts = texts(Charts.kpiTrend(segmentedKpi()).orElseThrow());
    assertThat(texts).contains("target critical >99%", "target high >95%", "%", "2026-11", "critical", "high");
    List<String> hours = texts(Charts.kpiTrend(hoursKpi()).orElseThrow());
    assertThat(hours).contains("target <24 hours", "hours");
  }

  @Test
  void kpiWithoutValuesHasNoChart() {
    Kpi kpi = new Kpi("k", "Empty", "d", "m", List.of(target(Target.SINGLE, ">90%", Comparison.ABOVE, "90", "%")), List.of());
    assertThat(Charts.kpiTrend(KpiStatus.of(kpi, "c"))).isEmpty();
  }

  @Test
  void coverageDescriptionStatesEveryGroupsNumbers() {
    Svg svg = Charts.coverage(coverage());
    assertThat(svg.description())
        .contains("NIST AI RMF 1.0: 13 requirements, 7 covered by a mapped control (53%), 3 by an implemented control (23%)")
        .contains("GOVERN: 2 of 3 covered (66%), 1 implemented (33%)")
        .contains("MAP: 2 of 2 covered (100%), 1 implemented (50%)")
        .contains("MEASURE: 0 of 1 covered (0%), 0 implemented (0%)")
        .contains("MANAGE: 3 of 7 covered (42%), 1 implemented (14%)");
  }

  @Test
  void coverageChartShowsPercentagesOnAZeroToHundredAxis() throws Exception {
    List<String> texts = texts(Charts.coverage(coverage()));
    assertThat(texts).contains("66%", "33%", "100%", "50%", "0%", "42%", "14%", "0", "100",
        "Covered by a mapped control", "Covered by an implemented control");
  }

  @Test
  void roadmapUsesCalendarMonthsWhenDatedAndMarksTheAsOfDate() throws Exception {
    Svg svg = Charts.roadmap(dated(), AS_OF).orElseThrow();
    List<String> texts = texts(svg);
    assertThat(texts).contains("Jan 2026", "Foundation", "target level 2", "as of 2026-11-26");
    assertThat(svg.description())
        .contains("Foundation: months 1 to 2 (Jan 2026 to Feb 2026), target level 2")
        .contains("Optimization: months 7 to 12 (Jul 2026 to Dec 2026), target level 4")
        .contains("As of 2026-11-26, in month 11");
  }

  @Test
  void roadmapWithoutStartNumbersTheMonthsAndHasNoAsOfLine() throws Exception {
    Svg svg = Charts.roadmap(new Roadmap(null, phases()), AS_OF).orElseThrow();
    List<String> texts = texts(svg);
    assertThat(texts).contains("Month 1").doesNotContain("as of 2026-11-26");
    assertThat(svg.description()).contains("Measurement: months 5 to 6, target level 3").doesNotContain("As of");
  }

  @Test
  void roadmapAsOfOutsideItsMonthsIsNotMarked() throws Exception {
    Svg after = Charts.roadmap(dated(), LocalDate.of(2027, 1, 1)).orElseThrow();
    Svg before = Charts.roadmap(dated(), LocalDate.of(2025, 12, 31)).orElseThrow();
    assertThat(texts(after)).noneMatch(t -> t.startsWith("as of"));
    assertThat(texts(before)).noneMatch(t -> t.startsWith("as of"));
  }

  @Test
  void emptyRoadmapHasNoChart() {
    assertThat(Charts.roadmap(Roadmap.empty(), AS_OF)).isEmpty();
  }

  @Test
  void markupCharactersInNamesAreEscaped() throws Exception {
    Svg svg = Charts.domainStatus(List.of(counts("x", "R&D <\"Ops\"> 'n' \u0007bell", 1, 0, 0, 0)));
    Document doc = parse(svg.markup());
    assertThat(doc.getDocumentElement().getTextContent()).contains("R&D <\"Ops\"> 'n' bell");
  }

  @Test
  void charactersDejaVuLacksAreLaidOutAtTheWidthAFallbackFontDrawsThem() {
    java.awt.Font font = ChartStyle.smallFont();
    // Two Han characters: one em each, not DejaVu's narrow missing-glyph box.
    assertThat(TextWidths.of(font, "治理")).isEqualTo(22.0);
    assertThat(TextWidths.of(font, "治理 Gouvernance")).isEqualTo(22.0 + TextWidths.of(font, " Gouvernance"));
  }

  @Test
  void kpiWhoseValuesHoldNoSegmentHasNoChart() {
    Kpi kpi = new Kpi("k", "Blank", "d", "m", List.of(), List.of(new KpiValue(YearMonth.of(2026, 1), Map.of())));
    assertThat(Charts.kpiTrend(KpiStatus.of(kpi, "c"))).isEmpty();
  }

  @Test
  void idsFromDataAreMadeSafe() {
    Catalogue c = new Catalogue("iso 42001/2023", "ISO", null, null,
        List.of(new CatalogueItem("A", "Clause A", null)));
    Svg svg = Charts.coverage(Coverage.of(c, List.of()));
    assertThat(svg.id()).isEqualTo("chart-coverage-iso_42001_2023");
  }

  // --- rendering ------------------------------------------------------------------------------

  @Test
  void batikRendersEveryChart() throws Exception {
    writePng("domain-status", Charts.domainStatus(domains()));
    writePng("kpi-segments", Charts.kpiTrend(segmentedKpi()).orElseThrow());
    writePng("kpi-hours", Charts.kpiTrend(hoursKpi()).orElseThrow());
    writePng("coverage", Charts.coverage(coverage()));
    writePng("roadmap-dated", Charts.roadmap(dated(), AS_OF).orElseThrow());
    writePng("roadmap-months", Charts.roadmap(new Roadmap(null, phases()), AS_OF).orElseThrow());
    for (Svg svg : all()) {
      assertThat(png(svg)).as(svg.id()).hasSizeGreaterThan(1000);
    }
  }

  /** The shipped Example Corp content, as the site will show it. */
  @Test
  void shippedDataChartsRender() throws Exception {
    renderAll(Path.of("data"), "shipped");
  }

  /** The second organisation: accented and Chinese text, its own frameworks and roadmap. */
  @Test
  void secondOrganisationChartsRender() throws Exception {
    renderAll(Path.of("src", "test", "resources", "orgs", "second", "data"), "second");
  }

  private static void renderAll(Path data, String prefix) throws Exception {
    Loaded loaded = GovernanceLoader.load(data, "data");
    Governance g = loaded.governance().orElseThrow();
    Analysis a = Analysis.of(g, AS_OF);
    writePng(prefix + "-domain-status", Charts.domainStatus(a.domains()));
    for (Coverage c : a.coverage()) {
      writePng(prefix + "-coverage-" + c.catalogue().id(), Charts.coverage(c));
    }
    for (KpiStatus k : a.kpis()) {
      Optional<Svg> svg = Charts.kpiTrend(k);
      if (svg.isPresent()) {
        writePng(prefix + "-kpi-" + k.kpi().id(), svg.get());
      }
    }
    Optional<Svg> roadmap = Charts.roadmap(g.roadmap(), AS_OF);
    if (roadmap.isPresent()) {
      writePng(prefix + "-roadmap", roadmap.get());
    }
  }

  private static List<String> texts(Svg svg) throws Exception {
    var nodes = parse(svg.markup()).getElementsByTagNameNS(SVG_NS, "text");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }
}
