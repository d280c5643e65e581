package dev.govern.cli;

/**
 * A wrong command line or environment found while a command runs, after picocli has parsed the
 * options (a malformed {@code SOURCE_DATE_EPOCH}): exits with {@link ExitCodes#USAGE} and its
 * message, never as a bug.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
