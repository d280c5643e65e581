package dev.govern.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Text drawn in the charts and heatmaps contrasts with what it is drawn on, as WCAG 2 AA asks of
 * any text. axe-core leaves SVG text out ("needs review": it cannot tell an SVG text's background),
 * so this measures it: the text's fill against the filled shape under the middle of the text, or
 * against the page when there is none.
 */
@ExtendWith(BrowserExtension.class)
class SvgContrastTest {
  /** Each SVG text (and each link or tspan in one) with too little contrast, described. */
  private static final String LOW_CONTRAST = """
      const rgb = c => {
        const m = /rgba?\\(([^)]+)\\)/.exec(c || '');
        if (!m) return null;
        const p = m[1].split(',').map(Number);
        return p.length > 3 && p[3] === 0 ? null : p;
      };
      const lum = p => {
        const f = v => (v /= 255) <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        return 0.2126 * f(p[0]) + 0.7152 * f(p[1]) + 0.0722 * f(p[2]);
      };
      const ratio = (a, b) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
      const page = el => {
        for (let e = el; e; e = e.parentElement) {
          const bg = rgb(getComputedStyle(e).backgroundColor);
          if (bg) return bg;
        }
        return [255, 255, 255];
      };
      const filled = e => e.matches('rect, path, polygon, circle, ellipse')
          && rgb(getComputedStyle(e).fill) && getComputedStyle(e).fillOpacity === '1';
      const low = [];
      for (const t of document.querySelectorAll('svg text, svg text a, svg text tspan')) {
        const own = Array.from(t.childNodes).filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.data).join('').trim();
        const ink = rgb(getComputedStyle(t).fill);
        if (!own || !ink) continue;
        t.scrollIntoView({block: 'center', inline: 'center'});
        const box = t.getBoundingClientRect();
        if (!box.width || !box.height) continue;
        const shape = document.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2).find(filled);
        const paper = shape ? rgb(getComputedStyle(shape).fill) : page(t.closest('svg').parentElement);
        const style = getComputedStyle(t);
        const size = parseFloat(style.fontSize) * (t.getScreenCTM()?.a || 1); // as drawn, the SVG scaled
        const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
        const r = ratio(ink, paper);
        if (r < (large ? 3 : 4.5)) {
          low.push('"' + own + '" in ' + (t.closest('svg').id || t.closest('figure')?.id || 'an svg')
              + ': rgb(' + ink.slice(0, 3) + ') on rgb(' + paper.slice(0, 3) + '), ' + r.toFixed(2) + ':1');
        }
      }
      return low;
      """;

  @ParameterizedTest
  @EnumSource(PageType.class)
  void svgTextHasEnoughContrast(PageType page, Session session) {
    ChromeDriver browser = session.browser();
    browser.get(session.url(page));

    assertThat((List<?>) browser.executeScript(LOW_CONTRAST)).as("SVG text below WCAG AA contrast on %s", page).isEmpty();
  }
}
