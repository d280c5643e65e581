package dev.govern.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What marks a commit as AI-attributed: the traces assistants leave in Git history, kept as data
 * because tools change their trailers often.
 *
 * <p>Patterns match a whole value, ignoring case. An entry that names both a name and an email
 * pattern needs both to match.
 *
 * @param coAuthorKeys trailer keys that name a co-author as {@code Name <email>}
 * @param assistants identities an assistant appears as: in a co-author trailer, or as the author or
 *     committer
 * @param notAi identities that never count, whatever else they match (automation bots)
 * @param trailers other trailers, by key and value
 * @param lines lines of the message's closing paragraphs
 * @param gitAiNotesRef the notes ref git-ai writes line attributions to; null to ignore notes
 * @param agentTraceFolder the folder Agent Trace records are committed in; null to ignore them
 */
public record AttributionSignatures(
    List<String> coAuthorKeys,
    List<Identity> assistants,
    List<Identity> notAi,
    List<TrailerSignature> trailers,
    List<LineSignature> lines,
    String gitAiNotesRef,
    String agentTraceFolder) {

  public AttributionSignatures {
    coAuthorKeys = List.copyOf(coAuthorKeys);
    assistants = List.copyOf(assistants);
    notAi = List.copyOf(notAi);
    trailers = List.copyOf(trailers);
    lines = List.copyOf(lines);
  }

  /**
   * A person an assistant appears as.
   *
   * @param id the signature's id, as figures name it
   * @param tool the assistant, as people call it; null for identities that are not AI
   * @param name the whole name, or null for any name
   * @param email the whole address, or null for any address
   */
  public record Identity(String id, String tool, Pattern name, Pattern email) {
    public Identity {
      Objects.requireNonNull(id, "id");
      if (name == null && email == null) {
        throw new IllegalArgumentException("an identity needs a name or an email pattern: " + id);
      }
    }

    // Pattern has identity equality: compare the expressions, so two loads of one file are equal.
    @Override
    public boolean equals(Object o) {
      return o instanceof Identity i && id.equals(i.id) && Objects.equals(tool, i.tool) && same(name, i.name)
          && same(email, i.email);
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, tool, text(name), text(email));
    }

    public boolean matches(String personName, String personEmail) {
      return (name == null || name.matcher(personName).matches())
          && (email == null || email.matcher(personEmail).matches());
    }
  }

  /**
   * A trailer naming an assistant by its key and value.
   *
   * @param tool the assistant; {@code $1} in it stands for the value pattern's first group
   */
  public record TrailerSignature(String id, String tool, String key, Pattern value) {
    public TrailerSignature {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(tool, "tool");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof TrailerSignature t && id.equals(t.id) && tool.equals(t.tool) && key.equals(t.key)
          && same(value, t.value);
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, tool, key, text(value));
    }
  }

  /** A line an assistant writes into the message it composes, found anywhere in the line. */
  public record LineSignature(String id, String tool, Pattern pattern) {
    public LineSignature {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(tool, "tool");
      Objects.requireNonNull(pattern, "pattern");
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof LineSignature l && id.equals(l.id) && tool.equals(l.tool) && same(pattern, l.pattern);
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, tool, text(pattern));
    }
  }

  private static String text(Pattern p) {
    return p == null ? null : p.pattern() + "/" + p.flags();
  }

  private static boolean same(Pattern a, Pattern b) {
    return Objects.equals(text(a), text(b));
  }
}
