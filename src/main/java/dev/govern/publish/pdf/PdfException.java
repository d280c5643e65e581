package dev.govern.publish.pdf;

/**
 * A PDF could not be produced because of its input (a bad font file, print HTML that is not
 * well-formed). The message is written for the person who runs govern and is meant to be printed
 * as it is, without a stack trace.
 */
public final class PdfException extends Exception {
  private static final long serialVersionUID = 1L;

  public PdfException(String message) {
    super(message);
  }

  public PdfException(String message, Throwable cause) {
    super(message, cause);
  }
}
