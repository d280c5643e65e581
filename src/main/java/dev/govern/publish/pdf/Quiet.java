package dev.govern.publish.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.apache.commons.logging.LogFactory;

/**
 * Keeps the PDF libraries from printing: govern reports through its own messages, and a CLI or CI
 * log must show only those.
 *
 * <p>openhtmltopdf logs through java.util.logging by default; it gets a logger that prints nothing,
 * while its diagnostics still reach the per-render consumer (see {@link PdfRenderer}). PDFBox and
 * FontBox log through commons-logging, which picks java.util.logging or log4j when they are
 * present; it is pointed at its no-op log before the first PDFBox class asks for a logger.
 */
final class Quiet {
  private static final Object LOCK = new Object();
  private static boolean done;

  private Quiet() {}

  /** Idempotent; called before this package touches PDFBox or openhtmltopdf. */
  static void ensure() {
    synchronized (LOCK) {
      if (done) {
        return;
      }
      XRLog.setLoggerImpl(new SilentLogger());
      XRLog.setLoggingEnabled(true);
      LogFactory.getFactory()
          .setAttribute("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
      done = true;
    }
  }

  /** Diagnostics are still produced (and collected per render); none is printed. */
  private static final class SilentLogger implements XRLogger {
    @Override
    public void log(String where, Level level, String msg) {}

    @Override
    public void log(String where, Level level, String msg, Throwable th) {}

    @Override
    public void setLevel(String logger, Level level) {}

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
      return false;
    }
  }
}
