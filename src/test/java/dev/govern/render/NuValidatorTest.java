package dev.govern.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the engine of validator.w3.org/nu), run in-process with the schema bundled
 * in its jar, finds no error in any page; warnings are allowed.
 */
class NuValidatorTest {
  /** The checker's HTML schema; resolved from the jar's local copy, never fetched. */
  private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

  @TempDir static Path dir;
  private static final Map<String, SiteFixture.Site> SITES = new HashMap<>();
  private static final Errors ERRORS = new Errors();
  private static SimpleDocumentValidator validator;

  @BeforeAll
  static void setUp() throws Exception {
    SITES.put("shipped", SiteFixture.site(SiteFixture.SHIPPED, dir.resolve("shipped")));
    SITES.put("second", SiteFixture.site(SiteFixture.SECOND, dir.resolve("second")));
    SITES.put("hostile", SiteFixture.site(SiteFixture.HOSTILE, dir.resolve("hostile")));
    // log4j left unconfigured: configuring it would turn on FreeMarker's debug logging in later tests.
    validator = new SimpleDocumentValidator(false, false, false);
    validator.setUpMainSchema(SCHEMA, ERRORS);
    validator.setUpValidatorAndParsers(ERRORS, false, false);
  }

  /** Collects errors as {@code page:line:col: message}; ignores warnings. */
  private static final class Errors implements ErrorHandler {
    private final List<String> found = new ArrayList<>();
    private Path site;

    List<String> check(Path site, List<Path> pages) throws Exception {
      found.clear();
      this.site = site;
      for (Path page : pages) {
        validator.checkHtmlFile(page.toFile(), true);
      }
      return List.copyOf(found);
    }

    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) {
      String where = e.getSystemId() == null ? "?" : e.getSystemId();
      if (site != null && where.startsWith("file:")) {
        where = site.toUri().relativize(URI.create(where)).toString();
      }
      found.add(where + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
    }

    @Override
    public void fatalError(SAXParseException e) {
      error(e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"shipped", "second", "hostile"})
  void noPageHasAnError(String org) throws Exception {
    SiteFixture.Site site = SITES.get(org);
    List<Path> pages = SiteFixture.htmlPages(site.dir());

    List<String> errors = ERRORS.check(site.dir(), pages);

    assertThat(pages).isNotEmpty();
    assertThat(errors).as("Nu HTML Checker errors in the %s site", org).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"<img alt=\"x\">", "<p id=\"a\"></p><p id=\"a\"></p>", "<svg><text><a href=\"#\"><tspan>x</tspan></a></text></svg>"})
  void checkerReportsAnErrorInABrokenPage(String body) throws Exception {
    Path page = SiteFixture.write(dir.resolve("broken").resolve("page.html"),
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head><body><main>"
            + body + "</main></body></html>");

    assertThat(ERRORS.check(page.getParent(), List.of(page))).isNotEmpty().allMatch(e -> e.startsWith("page.html:1:"));
  }
}
