package dev.govern.scan.attribution;

import dev.govern.bundle.Bundle;
import dev.govern.load.AttributionSignaturesBinder;
import dev.govern.model.AttributionSignatures;
import dev.govern.model.AttributionSignatures.Identity;
import dev.govern.model.AttributionSignatures.LineSignature;
import dev.govern.model.AttributionSignatures.TrailerSignature;
import dev.govern.problem.Problems;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The bundled attribution signatures, and how a governance repo's own extend them. */
public final class Signatures {
  /** The bundled file, documented entry by entry. */
  public static final String BUNDLED = "dev/govern/scan/attribution/signatures.yaml";

  private Signatures() {}

  /** The bundled signatures; a problem in them is a bug in govern. */
  public static AttributionSignatures bundled() {
    byte[] bytes = Bundle.read(BUNDLED).orElseThrow(() -> new IllegalStateException("missing " + BUNDLED));
    Problems problems = new Problems();
    return AttributionSignaturesBinder.bind(bytes, "govern:" + BUNDLED, problems)
        .orElseThrow(() -> new IllegalStateException("bundled attribution signatures: " + problems.sorted()));
  }

  /**
   * {@code base} extended by {@code extra}: entries with a new id are added after the base's, an
   * entry with a base entry's id replaces it in place, and a ref or folder given replaces the base's.
   */
  public static AttributionSignatures extend(AttributionSignatures base, AttributionSignatures extra) {
    Set<String> keys = new LinkedHashSet<>(base.coAuthorKeys());
    keys.addAll(extra.coAuthorKeys());
    return new AttributionSignatures(List.copyOf(keys),
        merge(base.assistants(), extra.assistants(), Identity::id),
        merge(base.notAi(), extra.notAi(), Identity::id),
        merge(base.trailers(), extra.trailers(), TrailerSignature::id),
        merge(base.lines(), extra.lines(), LineSignature::id),
        extra.gitAiNotesRef() != null ? extra.gitAiNotesRef() : base.gitAiNotesRef(),
        extra.agentTraceFolder() != null ? extra.agentTraceFolder() : base.agentTraceFolder());
  }

  private static <T> List<T> merge(List<T> base, List<T> extra, Function<T, String> id) {
    List<T> out = new ArrayList<>(base);
    for (T e : extra) {
      int at = -1;
      for (int i = 0; i < out.size(); i++) {
        if (id.apply(out.get(i)).equals(id.apply(e))) {
          at = i;
        }
      }
      if (at >= 0) {
        out.set(at, e);
      } else {
        out.add(e);
      }
    }
    return out;
  }
}
