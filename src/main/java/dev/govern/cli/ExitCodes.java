package dev.govern.cli;

/** Exit codes, as documented in the README. Never derived from an enum's ordinal. */
public final class ExitCodes {
  /** Everything fine. */
  public static final int OK = 0;
  /** The data has errors (or warnings, with {@code --strict}). */
  public static final int DATA_PROBLEMS = 1;
  /** The command line was wrong. */
  public static final int USAGE = 2;
  /** The output could not be produced: refused output folder, template or PDF failure. */
  public static final int BUILD_FAILED = 3;
  /** {@code check --against}: the governance got worse than at the given revision. */
  public static final int REGRESSION = 4;
  /**
   * {@code check --against REV}: the data at REV does not load, so the gate could compare nothing
   * and fails closed ({@code --allow-broken-base} passes instead).
   */
  public static final int BASE_UNLOADABLE = 5;
  /** {@code verify}: the report is not what its commit gives (edited, appended to, other data). */
  public static final int DIFFERS = 1;
  /** {@code verify}: the report cannot be checked (uncommitted changes, outside Git, unknown commit). */
  public static final int UNVERIFIABLE = 6;
  /** A bug in govern; please report it with the message. */
  public static final int INTERNAL = 70;

  private ExitCodes() {}
}
