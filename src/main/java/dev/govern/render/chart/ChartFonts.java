package dev.govern.render.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled DejaVu Sans, loaded once. Charts lay text out with these exact font files rather than
 * whatever "DejaVu Sans" or "SansSerif" a machine has installed, so label widths, wrapping and hence
 * the SVG are the same everywhere, and match the DejaVu Sans the PDF embeds.
 */
final class ChartFonts {
  /** The family name inside the font files, and the one written into the SVG. */
  static final String FAMILY = "DejaVu Sans";

  private static final String DIR = "/net/sf/jasperreports/fonts/dejavu/";

  private ChartFonts() {}

  /** Initialisation-on-demand holder: loaded on first use, exactly once, without locking. */
  private static final class Holder {
    static final Font REGULAR;

    static {
      // Charts only ever draw off screen; without this, first AWT use on a desktop JVM may try to
      // open a display. An explicit setting by the caller is respected.
      if (System.getProperty("java.awt.headless") == null) {
        System.setProperty("java.awt.headless", "true");
      }
      REGULAR = load("DejaVuSans.ttf");
      GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
      // Registration lets code that asks for the family by name (Batik drawing these SVGs, say)
      // find it; the bold face is registered for that too, as charts themselves use none. It is a
      // no-op where the system already has DejaVu Sans, which is why the charts derive their fonts
      // from the loaded file rather than by name.
      env.registerFont(REGULAR);
      env.registerFont(load("DejaVuSans-Bold.ttf"));
    }
  }

  private static Font load(String file) {
    return load(DIR + file, "jasperreports-fonts");
  }

  private static Font load(String path, String from) {
    String file = path;
    try (InputStream in = ChartFonts.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("font " + file + " is not on the classpath (" + from + ")");
      }
      byte[] data = in.readAllBytes();
      // From a file AWT copies nothing; from a stream it leaves a temporary copy behind a killed build.
      var cached = dev.govern.bundle.FontFiles.of(data);
      return cached.isPresent() ? Font.createFont(Font.TRUETYPE_FONT, cached.get().toFile())
          : Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(data));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + file, e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("bad font " + file, e);
    }
  }

  static Font regular(int size) {
    return Holder.REGULAR.deriveFont(Font.PLAIN, size);
  }

  /** The family of the bundled CJK font, which the PDF embeds too. */
  static final String CJK_FAMILY = "WenQuanYi Zen Hei";

  /** The bundled CJK font, loaded only when a chart's text needs it (it is 13 MB). */
  private static final class Cjk {
    static final Font REGULAR = load("/fonts/WenQuanZhengHei.ttf", "");
  }

  /**
   * A font that can lay out {@code text}: DejaVu Sans, or the CJK font when DejaVu lacks some of
   * its characters, so that legend items in Chinese are measured at their real width and do not
   * run into each other.
   */
  static Font forText(String text, int size) {
    Font regular = regular(size);
    return regular.canDisplayUpTo(text) < 0 ? regular : Cjk.REGULAR.deriveFont(Font.PLAIN, size);
  }
}
