package dev.govern.load;

import dev.govern.model.Approver;
import dev.govern.model.Classification;
import dev.govern.model.Policy;
import dev.govern.model.Tool;
import dev.govern.model.ToolStatus;
import dev.govern.problem.Position;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Binds a policy: YAML front matter between {@code ---} lines, then a Markdown body whose {@code
 * {{ variable }}} placeholders are filled in from governance.yaml and the front matter. The review
 * date always comes from the front matter, never from the clock.
 */
final class PolicyBinder {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_.]+)\\s*}}");
  static final List<String> FRONT_MATTER = DataShapes.POLICY.names();
  static final List<String> VARIABLES = List.of("organization.name", "organization.scope",
      "document.classification", "approved_tools", "classifications", "owner", "last_reviewed",
      "review_every");

  private PolicyBinder() {}

  /**
   * @param path the policy's path in the source map, {@code policies/N}; its images are recorded
   *     at {@code policies/N/images/K}
   * @param folder the policies folder from the repo root, or null when not known
   */
  static Optional<Policy> bind(String text, String fileName, Context ctx, SettingsBinder.Settings settings, String path,
      String folder) {
    String normalized = text.replace("\r\n", "\n");
    if (!normalized.startsWith("---\n")) {
      ctx.problems().error(ctx.start(), "a policy starts with YAML front matter between '---' lines"
          + " (" + String.join(", ", FRONT_MATTER) + ")");
      return Optional.empty();
    }
    int end = normalized.indexOf("\n---\n", 3);
    if (end < 0 && normalized.endsWith("\n---")) {
      end = normalized.length() - 4;
    }
    if (end < 0) {
      ctx.problems().error(ctx.start(), "the front matter is not closed by a '---' line");
      return Optional.empty();
    }
    String frontMatter = normalized.substring(4, end + 1);
    int bodyStart = Math.min(normalized.length(), end + 5);
    int bodyLine = (int) normalized.substring(0, bodyStart).chars().filter(c -> c == '\n').count() + 1;
    Context front = new Context(ctx.file(), 1, ctx.problems(), ctx.sources());
    var root = YamlLoader.compose(frontMatter, front);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    var fields = Fields.of(root.get(), front, path, DataShapes.POLICY);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields f = fields.get();
    String id = f.id("id");
    String title = f.text("title");
    String owner = f.optText("owner");
    Period reviewEvery = f.optPeriod("review_every");
    LocalDate lastReviewed = f.optDate("last_reviewed");
    List<String> controls = f.optTextList("controls");
    String version = f.optText("version");
    Approver approvedBy = f.node("approved_by")
        .flatMap(n -> SettingsBinder.approver(n, front, path + "/approved_by")).orElse(null);
    if (f.has("approved_by") && approvedBy == null) {
      f.fail();
    }
    LocalDate effective = f.optDate("effective");
    if (!f.ok()) {
      return Optional.empty();
    }
    String body = normalized.substring(bodyStart);
    var nesting = MarkdownNesting.check(body, ctx.file(), bodyLine);
    if (nesting.isPresent()) {
      ctx.problems().error(nesting.get().at(), nesting.get().message());
      return Optional.empty();
    }
    List<Policy.Image> images = new ArrayList<>();
    for (MarkdownImages.Found image : MarkdownImages.of(body, ctx.file(), bodyLine)) {
      ctx.sources().put(path + "/images/" + images.size(), image.at());
      images.add(new Policy.Image(image.url(), image.alt()));
    }
    Optional<String> filled = fill(body, bodyLine, ctx, settings, owner, reviewEvery, lastReviewed);
    return filled.map(b -> new Policy(id, title, owner, reviewEvery, lastReviewed, controls,
        version, approvedBy, effective, b, fileName, images, folder));
  }

  private static Optional<String> fill(String body, int firstLine, Context ctx, SettingsBinder.Settings settings,
      String owner, Period reviewEvery, LocalDate lastReviewed) {
    Matcher m = PLACEHOLDER.matcher(body);
    StringBuilder out = new StringBuilder();
    boolean ok = true;
    while (m.find()) {
      String name = m.group(1);
      String value = value(name, settings, owner, reviewEvery, lastReviewed);
      if (value == null) {
        String before = body.substring(0, m.start());
        int line = firstLine + (int) before.chars().filter(c -> c == '\n').count();
        int column = m.start() - before.lastIndexOf('\n');
        String why = VARIABLES.contains(name)
            ? "'" + name + "' has no value here (set it in governance.yaml or the front matter)"
            : "unknown variable '" + name + "'" + Suggest.didYouMean(name, VARIABLES)
                + "; known: " + String.join(", ", VARIABLES);
        ctx.problems().error(new Position(ctx.file(), line, column), why);
        ok = false;
        continue;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return ok ? Optional.of(out.toString()) : Optional.empty();
  }

  private static String value(String name, SettingsBinder.Settings s, String owner, Period reviewEvery,
      LocalDate lastReviewed) {
    return switch (name) {
      case "organization.name" -> s.organization() == null ? null : escape(s.organization().name());
      case "organization.scope" -> s.organization() == null || s.organization().scope() == null
          ? null : escape(s.organization().scope());
      case "document.classification" -> s.document() == null ? null : escape(s.document().classification());
      // A new organisation has approved nothing yet: say so rather than leave an empty list.
      case "approved_tools" -> list(s.tools().stream()
          .filter(t -> t.status() == ToolStatus.APPROVED)
          .map(PolicyBinder::toolLine).toList(), "No tool is approved yet.");
      case "classifications" -> list(s.classifications().stream()
          .map(PolicyBinder::classificationLine).toList(), "No classification is defined yet.");
      case "owner" -> owner == null ? null : escape(owner);
      case "last_reviewed" -> lastReviewed == null ? "not yet reviewed" : lastReviewed.toString();
      case "review_every" -> reviewEvery == null ? null : Periods.describe(reviewEvery);
      default -> null;
    };
  }

  private static String list(List<String> lines, String none) {
    return lines.isEmpty() ? "\n" + none + "\n" : lines.stream().collect(Collectors.joining("\n", "\n", "\n"));
  }

  private static String toolLine(Tool t) {
    String vendor = t.vendor() == null ? "" : " (" + escape(t.vendor()) + ")";
    return "- " + escape(t.name()) + vendor + ", " + t.endpoint().id() + " endpoint";
  }

  private static String classificationLine(Classification c) {
    String description = c.description() == null ? "" : ": " + escape(c.description());
    return "- **" + escape(c.id()) + "** repositories" + description;
  }

  /** Inserted values are text, not Markdown: escape the characters Markdown would act on. */
  static String escape(String text) {
    return text.replaceAll("([\\\\`*_{}\\[\\]<>()#+!|~])", "\\\\$1");
  }
}
