package dev.govern.scan.attribution;

import java.util.Comparator;
import java.util.Objects;

/**
 * One reason a commit is attributed to an assistant.
 *
 * @param signature the id of the signature that matched (for git-ai and Agent Trace, the signal's id)
 * @param tool the assistant, as people call it
 */
public record Attribution(Signal signal, String signature, String tool) {
  public static final Comparator<Attribution> ORDER = Comparator.comparing(Attribution::signal)
      .thenComparing(Attribution::signature).thenComparing(Attribution::tool);

  public Attribution {
    Objects.requireNonNull(signal, "signal");
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(tool, "tool");
  }
}
