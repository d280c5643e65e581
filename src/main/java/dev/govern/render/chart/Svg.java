package dev.govern.render.chart;

import java.util.Objects;

/**
 * An SVG chart with its text equivalent.
 *
 * @param id unique within a page; the {@code <title>} and {@code <desc>} ids are derived from it
 * @param title a short name for the chart, also its {@code <title>}
 * @param description every number the chart shows, in words; also its {@code <desc>}
 * @param markup a complete {@code <svg ...>...</svg>} element (no XML declaration) with viewBox,
 *     width/height, {@code role="img"} and {@code aria-labelledby} pointing at its own
 *     {@code <title>} and {@code <desc>} children
 */
public record Svg(String id, String title, String description, String markup) {
  public Svg {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(markup, "markup");
  }
}
