package dev.govern.oscal;

import gov.nist.secauto.metaschema.core.model.IBoundObject;
import gov.nist.secauto.metaschema.databind.io.Format;
import gov.nist.secauto.oscal.lib.OscalBindingContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes exported OSCAL documents into their folder: each as JSON or YAML through the OSCAL
 * binding's serializer, every file replaced whole, and the files of an earlier export that this one
 * no longer has (a removed maturity level's profile) removed. Refuses a folder that holds anything
 * else, so an export never deletes or overwrites what it did not write.
 */
public final class OscalFiles {
  /** The names an export writes; anything else in the folder makes it refuse. */
  static final Pattern OURS = Pattern.compile(
      "(catalog|profile-all|profile-level-\\d+|component-definition|ssp|assessment-results|poam)\\.(json|yaml)");

  /** A temporary file an interrupted export left behind. */
  private static final Pattern LEFTOVER = Pattern.compile("\\.(" + OURS.pattern() + ")\\.tmp");

  /** Output formats; the name is the file extension. */
  public enum Kind {
    json(Format.JSON),
    yaml(Format.YAML);

    private final Format format;

    Kind(Format format) {
      this.format = format;
    }
  }

  /** Why an export could not be written; the message is for the user. */
  public static final class RefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    RefusedException(String message) {
      super(message);
    }
  }

  private OscalFiles() {}

  /** Every document as text, file name to content, in the documents' order. */
  public static Map<String, String> serialize(List<OscalExport.Document> documents, Kind kind) {
    Map<String, String> out = new LinkedHashMap<>();
    for (OscalExport.Document d : documents) {
      out.put(d.name() + "." + kind.name(), serialize(d.model(), kind));
    }
    return out;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static String serialize(IBoundObject model, Kind kind) {
    var serializer = OscalBindingContext.instance().newSerializer(kind.format, (Class) model.getClass());
    StringWriter w = new StringWriter();
    try {
      serializer.serialize(model, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = w.toString();
    return text.endsWith("\n") ? text : text + "\n";
  }

  /**
   * Writes {@code files} into {@code dir} (created when missing).
   *
   * @return the paths written, in order
   */
  public static List<Path> write(Path dir, Map<String, String> files) throws RefusedException, IOException {
    if (Files.isSymbolicLink(dir)) {
      throw new RefusedException(dir + " is a symbolic link; give a real folder");
    }
    if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      throw new RefusedException(dir + " is a file, not a folder");
    }
    List<Path> stale = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> entries = Files.list(dir)) {
        for (Path p : entries.sorted().toList()) {
          String name = p.getFileName().toString();
          if (LEFTOVER.matcher(name).matches() && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            stale.add(p);
            continue;
          }
          if (!OURS.matcher(name).matches() || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new RefusedException(dir + " holds " + name + ", which govern did not write;"
                + " export into a new folder or one that holds only an earlier OSCAL export");
          }
          if (!files.containsKey(name)) {
            stale.add(p);
          }
        }
      }
    }
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path target = dir.resolve(f.getKey());
      Path temp = dir.resolve("." + f.getKey() + ".tmp");
      Files.writeString(temp, f.getValue(), StandardCharsets.UTF_8);
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      written.add(target);
    }
    for (Path p : stale) {
      Files.deleteIfExists(p);
    }
    return written;
  }
}
