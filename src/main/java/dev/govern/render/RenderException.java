package dev.govern.render;

/** A page could not be rendered: a template error, a time limit, a broken override. The message is for people. */
public final class RenderException extends Exception {
  private static final long serialVersionUID = 1L;

  public RenderException(String message) {
    super(message);
  }

  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
