package dev.govern.check;

import dev.govern.load.SourceMap;
import dev.govern.model.Brand;
import dev.govern.model.Colour;
import dev.govern.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * report.brand: colours that text can be read on, and a logo that is an SVG or PNG file inside the
 * governance repo. Both outputs show the brand, so a mistake here is a data error at its line.
 */
public final class BrandCheck {
  /** Logos are small; a bigger file is more likely a wrong path than a logo. */
  static final long MAX_LOGO_BYTES = 2L * 1024 * 1024;
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final String WHITE = "#ffffff";

  private BrandCheck() {}

  /** @param root the governance repo root, which the logo path is relative to */
  public static List<Problem> problems(Brand brand, SourceMap sources, Path root) {
    List<Problem> found = new ArrayList<>();
    // Headings and the cover put the primary colour on white paper; links put the accent there.
    contrast(found, sources, "primary", brand.primary(), "headings and the cover on white");
    contrast(found, sources, "accent", brand.accent(), "links on white");
    if (brand.logo() != null) {
      String problem = logoProblem(root, brand.logo());
      if (problem != null) {
        found.add(Problem.error(sources.at("report/brand/logo"), "report.brand.logo: " + problem));
      }
    }
    return found;
  }

  private static void contrast(List<Problem> found, SourceMap sources, String key, String colour, String use) {
    double ratio = Colour.contrast(colour, WHITE);
    if (ratio < Colour.TEXT_CONTRAST) {
      found.add(Problem.error(sources.at("report/brand/" + key), String.format(Locale.ROOT,
          "report.brand.%s %s has a contrast of %.1f:1 with white, too little for %s (WCAG AA needs 4.5:1);"
              + " choose a darker colour", key, colour, Math.floor(ratio * 10) / 10, use)));
    }
  }

  /** Why the logo cannot be used, or null when it can. */
  static String logoProblem(Path root, String logo) {
    String lower = logo.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".svg") && !lower.endsWith(".png")) {
      return "'" + logo + "' is neither an .svg nor a .png file";
    }
    Path file;
    try {
      Path base = root.toRealPath();
      file = base.resolve(logo).normalize();
      if (!file.startsWith(base) || Path.of(logo).isAbsolute()) {
        return "'" + logo + "' is outside the governance repository; copy the file in";
      }
      if (!Files.isRegularFile(file)) {
        return "'" + logo + "' does not exist (paths are relative to the governance repo root: the folder holding data/, or --root)";
      }
      if (!file.toRealPath().startsWith(base)) {
        return "'" + logo + "' links outside the governance repository; copy the file in";
      }
      if (Files.size(file) > MAX_LOGO_BYTES) {
        return "'" + logo + "' is larger than 2 MiB";
      }
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(2048);
      }
      if (lower.endsWith(".png") && !startsWith(head, PNG)) {
        return "'" + logo + "' is not a PNG image";
      }
      if (lower.endsWith(".svg") && !new String(head, StandardCharsets.UTF_8).contains("<svg")) {
        return "'" + logo + "' is not an SVG image";
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return "'" + logo + "' cannot be read";
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
