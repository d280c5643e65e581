package dev.govern.scan;

import dev.govern.model.RepositoryScan;
import dev.govern.publish.SitePublisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * {@code data/measurements/}: {@code scan.yaml} and one file per repository, written whole. A single
 * scan and a merge of parts both come here, so they give the same bytes.
 */
public final class MeasurementFolder {
  public static final String NAME = "measurements";

  private MeasurementFolder() {}

  /** The files of the folder, by path relative to it. */
  public static Map<String, byte[]> files(LocalDate asOf, List<RepositoryScan> repositories) {
    Map<String, byte[]> files = new TreeMap<>();
    files.put("scan.yaml", MeasurementWriter.summary(asOf, repositories.size()).getBytes(StandardCharsets.UTF_8));
    for (RepositoryScan r : repositories) {
      files.put("repositories/" + r.id() + ".yaml", MeasurementWriter.repositoryFile(r).getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }

  /**
   * Replaces {@code dataDir/measurements} by the measurements, leaving nothing of an earlier scan.
   * When the folder already holds exactly these files it is left as it is: a rescan that found
   * nothing new rewrites nothing (no new file times for Git or editors to look at, and a thousand
   * fewer files to write).
   */
  public static void write(Path dataDir, LocalDate asOf, List<RepositoryScan> repositories) throws IOException {
    Map<String, byte[]> files = files(asOf, repositories);
    Path folder = dataDir.resolve(NAME);
    if (!holdsExactly(folder, files)) {
      SitePublisher.replace(folder, files);
    }
  }

  /**
   * Whether {@code folder} holds these files, byte for byte, and nothing else: no other file, folder
   * or link (links are not followed). Anything unreadable counts as a difference.
   */
  static boolean holdsExactly(Path folder, Map<String, byte[]> files) {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    Set<String> folders = new HashSet<>();
    for (String name : files.keySet()) {
      for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
        folders.add(name.substring(0, slash));
      }
    }
    int seen = 0;
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (p.equals(folder)) {
          continue;
        }
        String name = folder.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isDirectory() && folders.contains(name)) {
          continue;
        }
        byte[] want = files.get(name);
        if (!a.isRegularFile() || want == null || a.size() != want.length
            || !Arrays.equals(Files.readAllBytes(p), want)) {
          return false;
        }
        seen++;
      }
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
    return seen == files.size();
  }

  /**
   * Where, in a repository's measurement file as {@link #files} writes it, each finding, violation
   * and AI-attributed commit where AI is prohibited starts (1-based lines, in the measurement's
   * order): CI formats annotate those lines, which are in the governance repo, rather than files of
   * another repository.
   */
  public record EntryLines(List<Integer> findings, List<Integer> violations, List<Integer> aiViolations) {}

  public static EntryLines entryLines(RepositoryScan r) {
    Node root = new Yaml(new LoaderOptions())
        .compose(new StringReader(MeasurementWriter.repositoryFile(r)));
    return new EntryLines(starts(root, "findings"), starts(root, "violations"),
        starts(value(root, "history"), "ai_violations"));
  }

  private static Node value(Node map, String key) {
    if (map instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
          return t.getValueNode();
        }
      }
    }
    return null;
  }

  private static List<Integer> starts(Node map, String key) {
    if (value(map, key) instanceof SequenceNode seq) {
      return seq.getValue().stream().map(n -> n.getStartMark().getLine() + 1).toList();
    }
    return List.of();
  }

  /** A part file's text: one shard's measurements, for {@code --merge}. */
  public static String part(LocalDate asOf, String shard, int inventory, List<RepositoryScan> repositories) {
    return MeasurementWriter.part(asOf, shard, inventory, repositories);
  }
}
