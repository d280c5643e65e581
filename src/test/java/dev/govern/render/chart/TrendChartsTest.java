package dev.govern.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.history.Trend;
import dev.govern.history.TrendPoint;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class TrendChartsTest {
  private static final Path PNG_DIR = Path.of("target", "charts");
  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  private static final List<String> STATUSES = List.of("implemented", "partial", "planned", "not_implemented");
  private static final List<String> LEVELS = List.of("low", "medium", "high", "critical");
  private static final List<String> OUTCOMES = List.of("met", "missed", "no_data");
  private static final Map<String, String> LEVEL_COLORS =
      Map.of("low", "#2e7d32", "medium", "#f9a825", "high", "#ef6c00", "critical", "#b71c1c");
  private static final Map<String, String> LEVEL_LABELS =
      Map.of("low", "Low", "medium", "Medium", "high", "High", "critical", "Critical");

  // --- fixtures, built by hand ---------------------------------------------------------------

  private static Map<String, Integer> map(List<String> keys, int... counts) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      m.put(keys.get(i), counts[i]);
    }
    return m;
  }

  /** A point at noon UTC on {@code date}. */
  private static TrendPoint point(String date, List<String> tags, Integer level, int[] controls, int[] risks,
      int[] kpis) {
    Instant at = LocalDate.parse(date).atTime(12, 0).toInstant(ZoneOffset.UTC);
    String commit = Integer.toHexString(date.hashCode()) + "0123456789abcdef0123456789abcdef";
    return new TrendPoint(commit.substring(0, 40), at, "change " + date, tags, level,
        level == null ? null : "Level " + level, map(STATUSES, controls), map(LEVELS, risks), map(OUTCOMES, kpis));
  }

  private static Trend trend(List<TrendPoint> points) {
    return new Trend(Trend.By.COMMIT, STATUSES, LEVELS, OUTCOMES, points);
  }

  private static Trend small() {
    return trend(List.of(
        point("2026-01-10", List.of("v1.0"), 2, new int[] {3, 2, 4, 6}, new int[] {1, 3, 2, 1}, new int[] {2, 3, 5}),
        point("2026-02-14", List.of(), null, new int[] {4, 3, 4, 4}, new int[] {2, 3, 1, 1}, new int[] {4, 3, 3}),
        point("2026-03-02", List.of("v1.1", "release-q1"), 3, new int[] {7, 3, 3, 2}, new int[] {4, 1, 1, 0},
            new int[] {7, 2, 1})));
  }

  /** Many commits over a year with a few tags: the labels must thin out. */
  private static Trend crowded() {
    List<TrendPoint> points = new ArrayList<>();
    LocalDate d = LocalDate.of(2025, 11, 3);
    for (int i = 0; i < 30; i++) {
      List<String> tags = i % 10 == 9 ? List.of("v" + (i / 10 + 1) + ".0") : List.of();
      Integer level = i < 3 ? null : 1 + i / 8;
      int impl = 2 + i;
      points.add(point(d.toString(), tags, level, new int[] {impl, 4 + i % 5, Math.max(0, 20 - i), Math.max(0, 12 - i)},
          new int[] {2 + i / 3, 6 - i / 6, Math.max(0, 5 - i / 5), i < 10 ? 2 : 0},
          new int[] {i / 2, Math.max(0, 9 - i / 3), Math.max(0, 6 - i / 4)}));
      d = d.plusDays(9 + i % 4);
    }
    return trend(points);
  }

  private static List<Svg> all(Trend t) {
    return List.of(
        Charts.maturityTrend(t).orElseThrow(),
        Charts.controlsTrend(t).orElseThrow(),
        Charts.risksTrend(t, LEVEL_COLORS, LEVEL_LABELS).orElseThrow(),
        Charts.kpiOutcomeTrend(t).orElseThrow());
  }

  private static List<Svg> all() {
    List<Svg> all = new ArrayList<>(all(small()));
    all.addAll(all(crowded()));
    return all;
  }

  // --- helpers --------------------------------------------------------------------------------

  private static Document parse(String markup) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(markup)));
  }

  private static List<String> texts(Svg svg) throws Exception {
    var nodes = parse(svg.markup()).getElementsByTagNameNS(SVG_NS, "text");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  private static byte[] png(Svg svg) throws Exception {
    PNGTranscoder t = new PNGTranscoder();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    t.transcode(new TranscoderInput(new StringReader(svg.markup())), new TranscoderOutput(out));
    return out.toByteArray();
  }

  private static List<String> markups() {
    return all().stream().map(Svg::markup).toList();
  }

  // --- structure ------------------------------------------------------------------------------

  @Test
  void everyTrendChartIsWellFormedSvgWithItsTitleAndDesc() throws Exception {
    for (Svg svg : all()) {
      Element root = parse(svg.markup()).getDocumentElement();
      assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
      assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 640 " + TrendCharts.HEIGHT);
      assertThat(root.getAttribute("aria-labelledby")).isEqualTo(svg.id() + "-title " + svg.id() + "-desc");
      Element title = (Element) root.getElementsByTagNameNS(SVG_NS, "title").item(0);
      Element desc = (Element) root.getElementsByTagNameNS(SVG_NS, "desc").item(0);
      assertThat(title.getTextContent()).isEqualTo(svg.title()).isNotBlank();
      assertThat(desc.getTextContent()).isEqualTo(svg.description()).isNotBlank();
    }
  }

  @Test
  void idsAndTitlesAreFixed() {
    List<Svg> svgs = all(small());
    assertThat(svgs).extracting(Svg::id)
        .containsExactly("chart-trend-maturity", "chart-trend-controls", "chart-trend-risks", "chart-trend-kpis");
    assertThat(svgs).extracting(Svg::title).containsExactly("Maturity level over time",
        "Controls by status over time", "Risks by residual level over time", "KPI status over time");
  }

  @Test
  void trendChartsArePlainOpaqueUprightDejaVuAndPrefixed() {
    for (Svg svg : all()) {
      assertThat(svg.markup()).as(svg.id()).doesNotContain("filter", "<image", "<script", "Gradient", "class=", "xlink",
          "jfreesvg", "<style", "matrix(", "rotate(", "rgba(").doesNotContainPattern("opacity: ?0\\.");
      Matcher fonts = Pattern.compile("font-family: ([^;]*);").matcher(svg.markup());
      int n = 0;
      while (fonts.find()) {
        assertThat(fonts.group(1)).isEqualTo("\"DejaVu Sans\", sans-serif");
        n++;
      }
      assertThat(n).as(svg.id()).isPositive();
      Matcher ids = Pattern.compile(" id=['\"]([^'\"]*)['\"]").matcher(svg.markup());
      while (ids.find()) {
        assertThat(ids.group(1)).startsWith(svg.id());
      }
    }
  }

  @Test
  void fewerThanTwoPointsGiveNoChart() {
    Trend one = trend(List.of(small().points().get(0)));
    Trend none = trend(List.of());
    for (Trend t : List.of(one, none)) {
      assertThat(Charts.maturityTrend(t)).isEmpty();
      assertThat(Charts.controlsTrend(t)).isEmpty();
      assertThat(Charts.risksTrend(t, LEVEL_COLORS, LEVEL_LABELS)).isEmpty();
      assertThat(Charts.kpiOutcomeTrend(t)).isEmpty();
    }
  }

  // --- determinism ----------------------------------------------------------------------------

  @Test
  void sameTrendGivesSameMarkupWhateverLocaleOrTimeZone() {
    List<String> first = markups();
    assertThat(markups()).isEqualTo(first);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertThat(markups()).isEqualTo(first);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  // --- descriptions and labels ----------------------------------------------------------------

  @Test
  void maturityDescriptionStatesEveryLevel() throws Exception {
    Svg svg = Charts.maturityTrend(small()).orElseThrow();
    assertThat(svg.description()).isEqualTo("Maturity level at 3 points, 2026-01-10 to 2026-03-02. "
        + "2026-01-10 (v1.0): level 2; 2026-02-14: no level; 2026-03-02 (v1.1): level 3.");
    assertThat(texts(svg)).contains("2026-01-10", "v1.0", "2026-02-14", "2026-03-02", "v1.1", "2", "3")
        .doesNotContain("release-q1", "2.5");
  }

  @Test
  void controlsDescriptionStatesEveryCount() throws Exception {
    Svg svg = Charts.controlsTrend(small()).orElseThrow();
    assertThat(svg.description())
        .contains("2026-01-10 (v1.0): 3 Implemented, 2 Partial, 4 Planned, 6 Not implemented")
        .contains("2026-02-14: 4 Implemented, 3 Partial, 4 Planned, 4 Not implemented")
        .contains("2026-03-02 (v1.1): 7 Implemented, 3 Partial, 3 Planned, 2 Not implemented");
    assertThat(texts(svg)).contains("Implemented", "Partial", "Planned", "Not implemented", "Controls");
  }

  @Test
  void risksUseTheMatrixLabelsAndColoursWithFallbacks() throws Exception {
    Svg svg = Charts.risksTrend(small(), LEVEL_COLORS, LEVEL_LABELS).orElseThrow();
    assertThat(svg.description()).contains("2026-01-10 (v1.0): 1 Low, 3 Medium, 2 High, 1 Critical")
        .contains("2026-03-02 (v1.1): 4 Low, 1 Medium, 1 High, 0 Critical");
    assertThat(svg.markup()).contains("rgb(183,28,28)", "rgb(249,168,37)");
    Svg bare = Charts.risksTrend(small(), Map.of("low", "green"), Map.of()).orElseThrow();
    assertThat(bare.description()).contains("1 low, 3 medium, 2 high, 1 critical");
    assertThat(texts(bare)).contains("low", "critical");
  }

  @Test
  void kpiOutcomesHaveTheirNamesAndColours() throws Exception {
    Svg svg = Charts.kpiOutcomeTrend(small()).orElseThrow();
    assertThat(svg.description()).contains("2026-01-10 (v1.0): 2 Met, 3 Missed, 5 No data")
        .contains("2026-03-02 (v1.1): 7 Met, 2 Missed, 1 No data");
    assertThat(texts(svg)).contains("Met", "Missed", "No data");
    assertThat(svg.markup()).contains("rgb(46,125,50)", "rgb(183,28,28)", "rgb(117,117,117)");
  }

  @Test
  void linesOnTopOfEachOtherAreNamedInTheDescription() {
    Svg svg = Charts.controlsTrend(small()).orElseThrow();
    assertThat(svg.description()).contains("Lines on top of each other: ")
        .contains("Implemented and Planned at 1 of 3 points")
        .contains("Planned and Not implemented at 1 of 3 points")
        .doesNotContain("Implemented and Partial");
    Trend same = trend(List.of(
        point("2026-01-10", List.of(), 1, new int[] {1, 1, 0, 0}, new int[] {0, 0, 0, 0}, new int[] {1, 1, 0}),
        point("2026-02-10", List.of(), 1, new int[] {2, 2, 0, 0}, new int[] {0, 0, 0, 0}, new int[] {2, 2, 0})));
    assertThat(Charts.kpiOutcomeTrend(same).orElseThrow().description())
        .contains("Met and Missed at every point").doesNotContain("No data at");
  }

  @Test
  void everySeriesHasItsOwnMarkerAndDash() {
    List<String> shapes = new ArrayList<>();
    List<String> dashes = new ArrayList<>();
    for (int s = 0; s < 5; s++) {
      java.awt.Shape m = ChartStyle.marker(s, 3);
      shapes.add(m.getClass().getSimpleName() + m.getBounds2D() + new java.awt.geom.Area(m).isPolygonal()
          + pathSize(m));
      dashes.add(java.util.Arrays.toString(ChartStyle.line(s, 2f).getDashArray()));
    }
    assertThat(shapes).doesNotHaveDuplicates();
    assertThat(dashes).doesNotHaveDuplicates();
  }

  private static int pathSize(java.awt.Shape shape) {
    int n = 0;
    for (java.awt.geom.PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
      n++;
    }
    return n;
  }

  @Test
  void pointsThatShareADateAreLabelledByCommit() throws Exception {
    Instant day = Instant.parse("2026-11-25T10:00:00Z");
    List<TrendPoint> points = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      points.add(new TrendPoint("abcdef01" + i + "0".repeat(31), day.plusSeconds(60L * i), "change " + i,
          List.of(), 2, "Level 2", map(STATUSES, 1, 1, 1, 1), map(LEVELS, 1, 0, 0, 0), map(OUTCOMES, 1, 0, 0)));
    }
    Svg svg = Charts.maturityTrend(trend(points)).orElseThrow();
    List<String> labels = texts(svg).stream().filter(t -> t.startsWith("abcdef")).toList();
    assertThat(labels).hasSize(3).doesNotHaveDuplicates();
    assertThat(texts(svg)).doesNotContain("2026-11-25");
    assertThat(svg.description()).contains("2026-11-25 " + points.get(0).shortCommit() + ": level 2");
  }

  @Test
  void crowdedAxisKeepsTheFirstAndLastDateButNotAll() throws Exception {
    Trend t = crowded();
    String first = TrendCharts.date(t.points().get(0));
    String last = TrendCharts.date(t.points().get(t.points().size() - 1));
    for (Svg svg : all(t)) {
      List<String> dates = texts(svg).stream().filter(s -> s.matches("\\d{4}-\\d{2}-\\d{2}")).toList();
      assertThat(dates).as(svg.id()).contains(first, last).hasSizeLessThan(t.points().size());
      assertThat(svg.description()).as(svg.id()).contains(first).contains(last);
    }
  }

  @Test
  void axisKeepsFirstAndLastAndSpacesTheRest() {
    TrendAxis axis = new TrendAxis(java.util.Collections.nCopies(10, List.of("2026-01-01")));
    // step 3, counted back from the last (9): 9, 6, 3 and 0; with step 4: 9, 5 and 0 (1 is too close).
    assertThat(java.util.stream.IntStream.range(0, 10).filter(i -> axis.shown(i, 3)).boxed().toList())
        .containsExactly(0, 3, 6, 9);
    assertThat(java.util.stream.IntStream.range(0, 10).filter(i -> axis.shown(i, 4)).boxed().toList())
        .containsExactly(0, 5, 9);
  }

  // --- rendering ------------------------------------------------------------------------------

  @Test
  void batikRendersEveryTrendChart() throws Exception {
    Files.createDirectories(PNG_DIR);
    for (var named : Map.of("trend-small", small(), "trend-crowded", crowded()).entrySet()) {
      for (Svg svg : all(named.getValue())) {
        String name = named.getKey() + "-" + svg.id().substring("chart-trend-".length());
        byte[] png = png(svg);
        assertThat(png).as(name).hasSizeGreaterThan(1000);
        Files.write(PNG_DIR.resolve(name + ".png"), png);
        Files.writeString(PNG_DIR.resolve(name + ".svg"), svg.markup());
      }
    }
  }
}
