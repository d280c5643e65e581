package dev.govern.render;

import dev.govern.analysis.Heatmap;
import dev.govern.model.Risk;
import dev.govern.model.Scale;
import dev.govern.render.chart.Svg;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A risk heatmap as plain SVG: likelihood rows (highest at the top) × impact columns, each cell in
 * its level's colour and labelled with the level's name and the ids of the risks in it. Risk ids
 * are links when {@code hrefs} are given (the site), plain text otherwise (the PDF).
 */
public final class HeatmapSvg {
  private static final int LABEL_W = 118;
  private static final int HEAD_H = 44;
  private static final int CELL_W = 104;
  private static final int CELL_H = 64;
  /** The lines of risk ids a cell has room for below its level. */
  private static final int ID_LINES = 2;

  private HeatmapSvg() {}

  public static Svg of(Heatmap h, String title, Map<String, String> hrefs) {
    return of(h, title, hrefs, dev.govern.i18n.Messages.english());
  }

  /** {@link #of(Heatmap, String, Map)} with its axes and description in the language of {@code msg}. */
  public static Svg of(Heatmap h, String title, Map<String, String> hrefs, dev.govern.i18n.Messages msg) {
    String id = "heatmap-" + h.kind();
    int columns = h.impact().size();
    int rows = h.rows().size();
    int width = LABEL_W + columns * CELL_W + 2;
    int height = HEAD_H + rows * CELL_H + 30;
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heatmap\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append(hrefs == null
            ? "\" role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\""
            // With links in it, no role: an image's content is hidden from assistive technology, so
            // links inside role="img" could be focused but not announced (axe: nested-interactive).
            // An svg without a role is a graphics document whose links are announced; "group" would
            // say the same but is not a role the Nu HTML Checker allows on <svg>.
            : "\" aria-labelledby=\"" + id + "-title\" aria-describedby=\"" + id + "-desc\"")
        .append(" font-family=\"DejaVu Sans, sans-serif\">");
    String description = describe(h, msg);
    s.append("<title id=\"").append(id).append("-title\">").append(Xml.escape(title)).append("</title>");
    s.append("<desc id=\"").append(id).append("-desc\">").append(Xml.escape(description)).append("</desc>");
    s.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" fill=\"#ffffff\"/>");
    // column heads: impact
    s.append("<text x=\"").append(LABEL_W + columns * CELL_W / 2).append("\" y=\"14\" text-anchor=\"middle\"")
        .append(" font-size=\"12\" font-weight=\"bold\" fill=\"#333333\">").append(Xml.escape(msg.get("chart.heatmap.impact"))).append(" →</text>");
    for (int c = 0; c < columns; c++) {
      Scale impact = h.impact().get(c);
      s.append("<text x=\"").append(LABEL_W + c * CELL_W + CELL_W / 2).append("\" y=\"36\" text-anchor=\"middle\"")
          .append(" font-size=\"12\" fill=\"#333333\">").append(Xml.escape(clip(impact.label(), 14))).append("</text>");
    }
    for (int r = 0; r < rows; r++) {
      Heatmap.Row row = h.rows().get(r);
      int y = HEAD_H + r * CELL_H;
      s.append("<text x=\"").append(LABEL_W - 8).append("\" y=\"").append(y + CELL_H / 2 + 4)
          .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#333333\">")
          .append(Xml.escape(clip(row.likelihood().label(), 15))).append("</text>");
      for (int c = 0; c < columns; c++) {
        Heatmap.Cell cell = row.cells().get(c);
        int x = LABEL_W + c * CELL_W;
        String fill = cell.level().color();
        String ink = Contrast.textOn(fill);
        s.append("<g class=\"cell\" data-likelihood=\"").append(Xml.escape(cell.likelihood().id()))
            .append("\" data-impact=\"").append(Xml.escape(cell.impact().id()))
            .append("\" data-level=\"").append(Xml.escape(cell.level().id())).append("\">");
        s.append("<rect x=\"").append(x + 1).append("\" y=\"").append(y + 1).append("\" width=\"").append(CELL_W - 2)
            .append("\" height=\"").append(CELL_H - 2).append("\" fill=\"").append(fill).append("\"/>");
        s.append("<text x=\"").append(x + 6).append("\" y=\"").append(y + 16).append("\" font-size=\"12\" fill=\"")
            .append(ink).append("\">").append(Xml.escape(clip(cell.level().label(), 18))).append("</text>");
        appendRiskIds(s, cell.risks(), x + CELL_W / 2, y + 35, ink, hrefs, msg);
        s.append("</g>");
      }
    }
    s.append("<text x=\"").append(10).append("\" y=\"").append(HEAD_H + rows * CELL_H / 2)
        .append("\" font-size=\"12\" font-weight=\"bold\" fill=\"#333333\" transform=\"rotate(-90 10 ")
        .append(HEAD_H + rows * CELL_H / 2).append(")\" text-anchor=\"middle\">").append(Xml.escape(msg.get("chart.heatmap.likelihood"))).append(" →</text>");
    s.append("</svg>");
    return new Svg(id, title, description, s.toString());
  }

  /**
   * Two ids per line, centred, on the {@link #ID_LINES} lines a cell has room for; each id a link
   * when there is a target for it. A cell with more risks than fit shows the ids of all lines but
   * the last and, on the last, how many more there are: the rest would run over the cells below
   * (the description and the register list them all).
   */
  private static void appendRiskIds(StringBuilder s, List<Risk> risks, int cx, int y, String ink,
      Map<String, String> hrefs, dev.govern.i18n.Messages msg) {
    // When they do not all fit, the last line says how many more there are.
    List<Risk> shown = risks.size() <= 2 * ID_LINES ? risks : risks.subList(0, 2 * (ID_LINES - 1));
    for (int i = 0; i < shown.size(); i += 2) {
      List<Risk> line = shown.subList(i, Math.min(shown.size(), i + 2));
      s.append("<text x=\"").append(cx).append("\" y=\"").append(y + (i / 2) * 15)
          .append("\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" fill=\"").append(ink).append("\">");
      for (int j = 0; j < line.size(); j++) {
        if (j > 0) {
          s.append(' ');
        }
        String id = Xml.escape(line.get(j).id());
        String href = hrefs == null ? null : hrefs.get(line.get(j).id());
        if (href != null) {
          // Text straight inside <a>: SVG does not allow a <tspan> in a link inside <text>.
          s.append("<a class=\"risk\" href=\"").append(Xml.escape(href)).append("\" fill=\"").append(ink)
              .append("\" text-decoration=\"underline\">").append(id).append("</a>");
        } else {
          s.append("<tspan class=\"risk\">").append(id).append("</tspan>");
        }
      }
      s.append("</text>");
    }
    if (shown.size() < risks.size()) {
      s.append("<text class=\"more\" x=\"").append(cx).append("\" y=\"").append(y + (ID_LINES - 1) * 15)
          .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"").append(ink).append("\">")
          .append(Xml.escape(msg.plural("chart.heatmap.more", risks.size() - shown.size()))).append("</text>");
    }
  }

  private static String describe(Heatmap h, dev.govern.i18n.Messages msg) {
    String cells = h.rows().stream().flatMap(r -> r.cells().stream()).filter(c -> !c.risks().isEmpty())
        .map(c -> c.likelihood().label() + " × " + c.impact().label() + " (" + c.level().label() + "): "
            + c.risks().stream().map(Risk::id).collect(Collectors.joining(", ")))
        .collect(Collectors.joining("; "));
    String text = msg.plural("chart.heatmap.placed_" + h.kind(), h.placedCount()) + (cells.isEmpty() ? "." : ". " + cells + ".");
    if (!h.unplaced().isEmpty()) {
      text += " " + msg.get("chart.heatmap.unplaced", h.unplaced().stream().map(Risk::id).collect(Collectors.joining(", ")));
    }
    return text;
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
