package dev.govern.render.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.font.FontRenderContext;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextFragment;
import org.jfree.chart.text.TextLine;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.Size2D;

/**
 * Text widths for layout that hold for scripts DejaVu Sans lacks. AWT measures a character the
 * font cannot show as DejaVu's narrow "missing glyph", but browsers and the PDF draw it in a
 * fallback font, where a Chinese, Japanese or Korean character is a full em wide; laid out with
 * AWT's width, such a label would run into the bars beside it. Here those characters count as
 * one em (others DejaVu lacks as 0.6 em), independent of any installed font.
 */
final class TextWidths {
  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  private TextWidths() {}

  static double of(Font font, String text) {
    double width = 0;
    int runStart = 0;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (!font.canDisplay(cp)) {
        width += measured(font, text, runStart, i) + font.getSize2D() * (wide(cp) ? 1.0 : 0.6);
        runStart = next;
      }
      i = next;
    }
    return width + measured(font, text, runStart, text.length());
  }

  private static double measured(Font font, String text, int from, int to) {
    return from >= to ? 0 : font.getStringBounds(text, from, to, FRC).getWidth();
  }

  private static boolean wide(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
        || script == Character.UnicodeScript.BOPOMOFO) {
      return true;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
    return block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION;
  }

  /** {@code text} wrapped to {@code maxWidth} in at most {@code maxLines} lines, laid out with these widths. */
  static TextBlock block(String text, Font font, Paint paint, float maxWidth, int maxLines) {
    TextBlock wrapped = TextUtils.createTextBlock(text, font, paint, maxWidth, maxLines,
        (s, start, end) -> (float) of(font, s.substring(start, end)));
    TextBlock block = new TextBlock();
    block.setLineAlignment(wrapped.getLineAlignment());
    for (Object line : wrapped.getLines()) {
      TextLine l = new TextLine();
      l.addFragment(new Fragment(((TextLine) line).getFirstTextFragment().getText(), font, paint));
      block.addLine(l);
    }
    return block;
  }

  /** A run of text whose width, for layout, is {@link #of}; its height and drawing are JFreeChart's. */
  static final class Fragment extends TextFragment {
    private static final long serialVersionUID = 1L;

    Fragment(String text, Font font, Paint paint) {
      super(text, font, paint);
    }

    @Override
    public Size2D calculateDimensions(Graphics2D g2) {
      Size2D size = super.calculateDimensions(g2);
      return new Size2D(of(getFont(), getText()), size.getHeight());
    }
  }
}
