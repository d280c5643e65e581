package dev.govern.scan.attribution;

import dev.govern.model.AttributionSignatures;
import dev.govern.model.AttributionSignatures.Identity;
import dev.govern.model.AttributionSignatures.LineSignature;
import dev.govern.model.AttributionSignatures.TrailerSignature;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

/** Applies the signatures to what a commit says about itself: its message, author and committer. */
public final class Attributor {
  private final AttributionSignatures signatures;
  private final Set<String> coAuthorKeys = new TreeSet<>();

  public Attributor(AttributionSignatures signatures) {
    this.signatures = signatures;
    for (String key : signatures.coAuthorKeys()) {
      coAuthorKeys.add(key.toLowerCase(Locale.ROOT));
    }
  }

  public AttributionSignatures signatures() {
    return signatures;
  }

  /** Every attribution the message and identities carry, each once, in a stable order. */
  public Set<Attribution> of(String message, String authorName, String authorEmail, String committerName,
      String committerEmail) {
    Set<Attribution> out = new TreeSet<>(Attribution.ORDER);
    identity(authorName, authorEmail).ifPresent(i -> out.add(new Attribution(Signal.AUTHOR, i.id(), i.tool())));
    identity(committerName, committerEmail).ifPresent(i -> out.add(new Attribution(Signal.AUTHOR, i.id(), i.tool())));
    CommitMessage parsed = CommitMessage.of(message);
    for (CommitMessage.Trailer trailer : parsed.trailers()) {
      String key = trailer.key().toLowerCase(Locale.ROOT);
      if (coAuthorKeys.contains(key)) {
        String[] person = CommitMessage.person(trailer.value());
        identity(person[0], person[1]).ifPresent(i -> out.add(new Attribution(Signal.TRAILER, i.id(), i.tool())));
      }
      for (TrailerSignature s : signatures.trailers()) {
        if (s.key().equalsIgnoreCase(trailer.key())) {
          Matcher m = s.value().matcher(trailer.value());
          if (m.matches()) {
            String tool = m.groupCount() >= 1 && m.group(1) != null ? s.tool().replace("$1", m.group(1)) : s.tool();
            out.add(new Attribution(Signal.TRAILER, s.id(), tool));
          }
        }
      }
    }
    for (String line : parsed.closingLines()) {
      for (LineSignature s : signatures.lines()) {
        if (s.pattern().matcher(line).find()) {
          out.add(new Attribution(Signal.MESSAGE, s.id(), s.tool()));
        }
      }
    }
    return out;
  }

  /** The assistant a person is, unless the person is listed as not AI. */
  Optional<Identity> identity(String name, String email) {
    String n = name == null ? "" : name.strip();
    String e = email == null ? "" : email.strip();
    if (n.isEmpty() && e.isEmpty()) {
      return Optional.empty();
    }
    for (Identity i : signatures.notAi()) {
      if (i.matches(n, e)) {
        return Optional.empty();
      }
    }
    for (Identity i : signatures.assistants()) {
      if (i.matches(n, e)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
