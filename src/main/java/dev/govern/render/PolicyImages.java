package dev.govern.render;

import dev.govern.load.RepoFile;
import dev.govern.load.SourceMap;
import dev.govern.model.Governance;
import dev.govern.model.Policy;
import dev.govern.problem.Problem;
import dev.govern.problem.Rule;
import dev.govern.problem.Severity;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The images policies show from the governance repository. A relative path starts from the policy
 * file's folder and one starting with {@code /} from the repository root, as GitHub shows the same
 * Markdown. Each image is read as any repo file for the output (inside the repository, a regular
 * file, at most {@value #MAX_MIB} MiB, within a time limit) and used only when it is the kind of
 * image its name says — PNG, JPEG, GIF, WebP or SVG — with a bounded picture size, and, for SVG,
 * nothing that runs or loads (see {@link SvgSafety}).
 *
 * <p>The site publishes every usable image under {@code media/} at its path in the repository; the
 * PDF draws the PNG, JPEG and GIF ones. {@code govern check} reports every image that cannot be
 * shown at its line in the policy, with the same verdicts as here, so a build never meets one
 * first.
 */
public final class PolicyImages {
  /** Where the site publishes the images, by their path in the repository. */
  public static final String MEDIA = "media/";

  private static final int MAX_MIB = 32;
  static final long MAX_BYTES = (long) MAX_MIB << 20;

  /** An image that can be published: its path from the repo root, kind and bytes. */
  record Image(String path, ImageFile.Kind kind, byte[] bytes) {}

  /**
   * What became of one image written in a policy: published ({@code image} set), or why not.
   *
   * @param severity ERROR for what the repository must not hold, WARNING for a path that names
   *     nothing (the reader sees the alt text), null for a usable image or a URL that is not a file
   */
  record Verdict(Image image, Severity severity, String why) {
    static final Verdict NOT_A_FILE = new Verdict(null, null, null);
  }

  private final Path realRoot;
  private final Map<String, Verdict> byPath = new ConcurrentHashMap<>();

  private PolicyImages(Path realRoot) {
    this.realRoot = realRoot;
  }

  /** @param root the governance repo root; null when there is none (every local image shows its alt text) */
  public static PolicyImages in(Path root) {
    if (root == null) {
      return new PolicyImages(null);
    }
    try {
      return new PolicyImages(root.toRealPath());
    } catch (IOException e) {
      return new PolicyImages(null);
    }
  }

  /**
   * The path from the repo root an image URL names, relative to {@code folder}: normalised, with
   * {@code /}; {@code ..} when it climbs out of the repository; empty for a URL that is no file of
   * the repository (one with a scheme, or protocol-relative).
   */
  public static Optional<String> repoPath(String folder, String url) {
    if (!SafeUrl.isAllowed(url) || SafeUrl.isExternal(url)) {
      return Optional.empty();
    }
    String path = url.strip();
    int end = firstOf(path, "?#");
    path = path.substring(0, end);
    try {
      path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // a % that starts no escape is part of the name
    }
    // Browsers read a backslash in a URL as a slash; so does this, so that both see the same file.
    path = path.replace('\\', '/');
    return Optional.of(RepoFile.relative(path.startsWith("/") ? "" : folder, path));
  }

  private static int firstOf(String s, String chars) {
    int best = s.length();
    for (char c : chars.toCharArray()) {
      int i = s.indexOf(c);
      if (i >= 0) {
        best = Math.min(best, i);
      }
    }
    return best;
  }

  /** The verdict on one image URL of a policy. */
  Verdict verdict(Policy policy, String url) {
    if (policy.folder() == null && repoPath("", url).isPresent()) {
      return new Verdict(null, Severity.WARNING, "the policy was not read from a repository on disk");
    }
    Optional<String> path = repoPath(policy.folder(), url);
    if (path.isEmpty()) {
      return Verdict.NOT_A_FILE;
    }
    String p = path.get();
    if (p.equals("..")) {
      return new Verdict(null, Severity.ERROR, "it leads out of the governance repository; copy the image into the"
          + " repository and refer to it from there");
    }
    if (p.isEmpty()) {
      return new Verdict(null, Severity.WARNING, "it names no file");
    }
    return byPath.computeIfAbsent(p, this::read);
  }

  private Verdict read(String path) {
    if (realRoot == null) {
      return new Verdict(null, Severity.WARNING, "there is no repository to read it from");
    }
    Path file;
    try {
      file = realRoot.resolve(path);
      // Reached through a link out of the repository counts as absent: no verdict tells whether a
      // path exists elsewhere on the machine.
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) || !Files.exists(file)
          || !file.toRealPath().startsWith(realRoot)) {
        return new Verdict(null, Severity.WARNING, "there is no file '" + path + "' in the governance repository"
            + " (paths start from the policy's folder, or from the repository root with a leading /)");
      }
    } catch (IOException | InvalidPathException | SecurityException e) {
      return new Verdict(null, Severity.WARNING, "there is no file '" + path + "' in the governance repository");
    }
    Optional<ImageFile.Kind> named = ImageFile.Kind.ofName(path);
    if (named.isEmpty()) {
      return new Verdict(null, Severity.ERROR, "'" + path + "' is not named as a PNG, JPEG, GIF, WebP or SVG image"
          + " (.png, .jpg, .jpeg, .gif, .webp, .svg), the kinds the site and the PDF can show");
    }
    byte[] bytes;
    try {
      bytes = RepoFile.read(file, realRoot, path, MAX_BYTES);
    } catch (RepoFile.Refused e) {
      return new Verdict(null, Severity.ERROR, e.getMessage());
    }
    ImageFile.Kind kind = named.get();
    if (!ImageFile.is(kind, bytes)) {
      return new Verdict(null, Severity.ERROR, "'" + path + "' is named as a " + kind.label() + " image but is not"
          + " one; save it in the format its name says");
    }
    Optional<Long> pixels = ImageFile.pixels(kind, bytes);
    if (pixels.isEmpty()) {
      return new Verdict(null, Severity.ERROR, "'" + path + "' is a damaged " + kind.label() + " image (its size"
          + " cannot be read)");
    }
    if (pixels.get() > ImageFile.MAX_PIXELS) {
      return new Verdict(null, Severity.ERROR, String.format(Locale.ROOT, "'%s' is %,d megapixels; the limit is %,d"
          + " (scale it down: a page needs far fewer)", path, pixels.get() / 1_000_000,
          ImageFile.MAX_PIXELS / 1_000_000));
    }
    if (kind == ImageFile.Kind.SVG) {
      Optional<String> unsafe = SvgSafety.problem(bytes);
      if (unsafe.isPresent()) {
        return new Verdict(null, Severity.ERROR, "'" + path + "' cannot be published: " + unsafe.get());
      }
    }
    return new Verdict(new Image(path, kind, bytes), null, null);
  }

  /**
   * For the site page of {@code policy}: each usable image's {@code src} under {@code media/}, seen
   * from a page {@code root} deep ({@code ../}); null, so that the alt text shows, for the rest.
   */
  public UnaryOperator<String> forSite(Policy policy, String root) {
    return url -> {
      Verdict v = verdict(policy, url);
      return v == Verdict.NOT_A_FILE ? url : v.image() == null ? null : root + MEDIA + encode(v.image().path());
    };
  }

  /** For the PDF, whose relative URLs start from the repo root: the images it can draw. */
  public UnaryOperator<String> forPdf(Policy policy) {
    return url -> {
      Verdict v = verdict(policy, url);
      return v == Verdict.NOT_A_FILE ? url
          : v.image() == null || !v.image().kind().inPdf() ? null : encode(v.image().path());
    };
  }

  /** The site's copies of the usable images of every policy, by their path in the site, sorted. */
  public Map<String, byte[]> media(List<Policy> policies) {
    Map<String, byte[]> out = new TreeMap<>();
    for (Policy p : policies) {
      for (Policy.Image i : p.images()) {
        Image image = verdict(p, i.url()).image();
        if (image != null) {
          out.put(MEDIA + image.path(), image.bytes());
        }
      }
    }
    return out;
  }

  /**
   * Every image of every policy that cannot be shown, at its place in the policy: the check of
   * {@link Rule#POLICY_IMAGES}.
   *
   * @param root the governance repo root
   */
  public static List<Problem> problems(Governance g, SourceMap sources, Path root) {
    PolicyImages images = in(root);
    List<Problem> found = new ArrayList<>();
    for (int i = 0; i < g.policies().size(); i++) {
      Policy p = g.policies().get(i);
      for (int k = 0; k < p.images().size(); k++) {
        String url = p.images().get(k).url();
        Verdict v = images.verdict(p, url);
        var at = sources.at("policies/" + i + "/images/" + k);
        String what = "policy " + p.id() + ": image '" + url + "' ";
        if (v.image() != null && p.images().get(k).alt().isEmpty()) {
          // The PDF would fail PDF/UA (a Figure needs its text) and the site WCAG 1.1.1.
          found.add(Problem.error(Rule.POLICY_IMAGES, at, what + "has no alt text: say what it shows between the"
              + " brackets, ![like this](" + url + "), for readers who cannot see it"));
        }
        if (v.severity() == Severity.ERROR) {
          found.add(Problem.error(Rule.POLICY_IMAGES, at, what + "cannot be used: " + v.why()));
        } else if (v.severity() == Severity.WARNING) {
          found.add(Problem.warning(Rule.POLICY_IMAGES, at, what + "is not shown: " + v.why()));
        } else if (v.image() != null && !v.image().kind().inPdf()) {
          found.add(Problem.warning(Rule.POLICY_IMAGES, at, what + "is shown in the site but left out of the PDF,"
              + " which draws PNG, JPEG and GIF images; add a PNG of it for the report"));
        }
      }
    }
    return found;
  }

  /** A repo path as a URL path: every byte but letters, digits, {@code -._~} and {@code /} percent-encoded. */
  static String encode(String path) {
    StringBuilder sb = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
        sb.append(c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return sb.toString();
  }
}
