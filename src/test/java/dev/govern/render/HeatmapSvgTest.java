package dev.govern.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govern.analysis.Heatmap;
import dev.govern.load.Fixture;
import dev.govern.model.Governance;
import dev.govern.model.Risk;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A heatmap cell keeps its text inside itself however many risks it holds. */
class HeatmapSvgTest {
  private static final Governance SHIPPED = Fixture.governance(Fixture.SHIPPED);
  private static final Pattern TEXT_Y = Pattern.compile("<text[^>]* y=\"(\\d+)\"");

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 9, 250})
  void aCellShowsTheIdsThatFitAndCountsTheRest(int count) {
    Risk one = SHIPPED.risks().get(0);
    List<Risk> risks = new ArrayList<>(Collections.nCopies(count, one));
    Heatmap map = Heatmap.inherent(SHIPPED.matrix(), risks);
    String svg = HeatmapSvg.of(map, "Inherent", Map.of(one.id(), "risks/r.html")).markup();

    String cell = svg.substring(svg.indexOf("<g class=\"cell\"", svg.indexOf("data-likelihood=\"" + one.likelihood()
        + "\" data-impact=\"" + one.impact() + "\"") - 20));
    cell = cell.substring(0, cell.indexOf("</g>"));
    Matcher rect = Pattern.compile("<rect x=\"\\d+\" y=\"(\\d+)\" width=\"\\d+\" height=\"(\\d+)\"").matcher(cell);
    assertThat(rect.find()).isTrue();
    int bottom = Integer.parseInt(rect.group(1)) + Integer.parseInt(rect.group(2));
    Matcher y = TEXT_Y.matcher(cell);
    while (y.find()) {
      assertThat(Integer.parseInt(y.group(1))).as("a line of text in a cell of %d risks", count)
          .isLessThanOrEqualTo(bottom - 3);
    }
    int links = cell.split("<a class=\"risk\"", -1).length - 1;
    if (count <= 4) {
      assertThat(links).isEqualTo(count);
      assertThat(cell).doesNotContain("more");
    } else {
      assertThat(links).isEqualTo(2);
      assertThat(cell).contains(">+" + (count - 2) + " more</text>");
    }
  }
}
