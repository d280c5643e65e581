package dev.govern.publish;

/** The output could not be written or was refused; the message is for people. */
public final class PublishException extends Exception {
  private static final long serialVersionUID = 1L;

  public PublishException(String message) {
    super(message);
  }

  public PublishException(String message, Throwable cause) {
    super(message, cause);
  }
}
