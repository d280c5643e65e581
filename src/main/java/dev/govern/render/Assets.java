package dev.govern.render;

import dev.govern.bundle.Bundle;
import dev.govern.model.Brand;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Where a template finds an asset and the brand logo, the same way for the site and the PDF.
 *
 * <p>{@code ${asset("logo.png")}} in any template (bundled or overridden) names a file of
 * {@code templates/assets/} in the governance repo, else of the bundled assets. In the site it is
 * the file's path in the site's {@code assets/} (prefixed with the page's {@code root}); in the
 * PDF, which is laid out from the repo's root and may read only files inside it, it is the file in
 * the repo, or for a bundled image its bytes inline. A name found in neither place stops the build
 * with the template's name and line, rather than leaving a broken image in one of the outputs.
 */
public final class Assets {
  /** Where the site puts the brand logo. */
  static final String LOGO_FOLDER = "assets/brand/";

  private final Path overrides;

  /** @param overrides the governance repo's {@code templates/} folder (may not exist) */
  public Assets(Path overrides) {
    this.overrides = overrides;
  }

  /** The {@code asset} function of the site's pages: the asset's path from the site's top. */
  TemplateMethodModelEx forSite(String root) {
    return args -> {
      String name = name(args);
      if (local(name) == null && Bundle.read("templates/assets/" + name).isEmpty()) {
        throw missing(name);
      }
      return root + "assets/" + name;
    };
  }

  /** The {@code asset} function of the print HTML: a file inside the repo, or a bundled image inline. */
  TemplateMethodModelEx forPdf() {
    return args -> {
      String name = name(args);
      if (local(name) != null) {
        return "templates/assets/" + name;
      }
      byte[] bytes = Bundle.read("templates/assets/" + name).orElseThrow(() -> missing(name));
      return "data:" + mime(name) + ";base64," + Base64.getEncoder().encodeToString(bytes);
    };
  }

  /** The brand logo's {@code src}: in the site's assets, or (for the PDF) the file in the repo; null for none. */
  static String logo(Brand brand, boolean pdf) {
    if (brand.logo() == null) {
      return null;
    }
    String path = Path.of(brand.logo()).normalize().toString().replace('\\', '/');
    return pdf ? path : LOGO_FOLDER + Path.of(path).getFileName();
  }

  private Path local(String name) {
    if (overrides == null) {
      return null;
    }
    Path folder = overrides.resolve("assets").toAbsolutePath().normalize();
    Path file = folder.resolve(name).normalize();
    return file.startsWith(folder) && Files.isRegularFile(file) ? file : null;
  }

  private static String name(List<?> args) throws TemplateModelException {
    if (args.size() != 1 || !(args.get(0) instanceof TemplateScalarModel scalar)) {
      throw new TemplateModelException("asset(name) takes one file name of templates/assets/");
    }
    String name = scalar.getAsString().strip();
    if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || Path.of(name).normalize().startsWith("..")
        || name.contains(":")) {
      throw new TemplateModelException("asset '" + name + "' must be a path inside templates/assets/");
    }
    return name;
  }

  private static TemplateModelException missing(String name) {
    return new TemplateModelException("asset '" + name + "' is neither in templates/assets/ nor bundled");
  }

  private static String mime(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".png")) {
      return "image/png";
    }
    if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
      return "image/jpeg";
    }
    if (lower.endsWith(".gif")) {
      return "image/gif";
    }
    if (lower.endsWith(".svg")) {
      return "image/svg+xml";
    }
    return "application/octet-stream";
  }
}
