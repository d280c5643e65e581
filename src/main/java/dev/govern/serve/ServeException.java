package dev.govern.serve;

/** The preview could not start, in a sentence for people (a port in use, no permission to listen). */
public final class ServeException extends Exception {
  private static final long serialVersionUID = 1L;

  public ServeException(String message, Throwable cause) {
    super(message, cause);
  }
}
