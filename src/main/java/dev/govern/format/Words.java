package dev.govern.format;

/** Small wordings every format shares, so each is written one way. */
public final class Words {
  private Words() {}

  /** "1 error", "2 errors", "0 warnings". */
  public static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** "1 repository", "12 repositories": for a word whose plural is not the word and an s. */
  public static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** "2 errors, 1 warning": how every command sums up a check. */
  public static String summary(long errors, long warnings) {
    return plural(errors, "error") + ", " + plural(warnings, "warning");
  }
}
