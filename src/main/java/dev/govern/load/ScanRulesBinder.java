package dev.govern.load;

import dev.govern.bundle.Bundle;
import dev.govern.model.AttributionSignatures;
import dev.govern.model.FindingSeverity;
import dev.govern.model.ScanRules;
import dev.govern.problem.Problems;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Binds scan signatures: the bundled set ({@value #BUNDLED}) and a governance repo's
 * {@code scan-rules.yaml}, which adds assistants, ignore files and rules, replaces a bundled rule of
 * the same id, and switches bundled rules off with {@code disable}.
 */
public final class ScanRulesBinder {
  static final String BUNDLED = "dev/govern/scan/signatures.yaml";
  private static final Pattern RULE_ID = Pattern.compile(DataShapes.RULE_ID);

  private ScanRulesBinder() {}

  /** What a file of signatures holds before it is merged with another. */
  record Part(ScanRules rules, List<String> disable, List<dev.govern.problem.Position> disableAt) {}

  /** The bundled signatures; a problem in them is a bug in govern. */
  public static ScanRules bundled() {
    byte[] bytes = Bundle.read(BUNDLED).orElseThrow(() -> new IllegalStateException("missing " + BUNDLED));
    Problems problems = new Problems();
    Context ctx = new Context("govern:" + BUNDLED, 0, problems, new SourceMap());
    Optional<Part> part = YamlLoader.compose(new String(bytes, StandardCharsets.UTF_8), ctx).map(n -> bind(n, ctx));
    if (problems.hasErrors() || part.isEmpty()) {
      throw new IllegalStateException("bundled scan signatures: " + problems.sorted());
    }
    ScanRules rules = part.get().rules();
    // The bundled attribution signatures live in a file of their own beside these.
    return new ScanRules(rules.assistants(), rules.ignoreFiles(), rules.rules(), AttributionSignaturesBinder.bundled());
  }

  static Part bind(Node root, Context ctx) {
    List<ScanRules.Assistant> assistants = new ArrayList<>();
    List<String> ignoreFiles = new ArrayList<>();
    List<ScanRules.Rule> rules = new ArrayList<>();
    List<String> disable = new ArrayList<>();
    List<dev.govern.problem.Position> disableAt = new ArrayList<>();
    Fields.of(root, ctx, "scan-rules", DataShapes.SCAN_RULES)
        .ifPresent(f -> {
          int i = 0;
          for (Fields.Item item : f.items("assistants", false)) {
            String path = "scan-rules/assistants/" + i++;
            Fields.of(item.node(), ctx, path, DataShapes.SCAN_ASSISTANT).ifPresent(a -> {
              String tool = a.optText("tool");
              String name = a.text("name");
              List<String> files = a.textList("files");
              for (int k = 0; k < files.size(); k++) {
                globProblem(files.get(k)).ifPresent(m -> ctx.problems().error(a.at("files"), m));
              }
              if (a.ok()) {
                assistants.add(new ScanRules.Assistant(tool, name, files));
              }
            });
          }
          ignoreFiles.addAll(f.optTextList("ignore_files"));
          disable.addAll(f.optTextList("disable"));
          f.items("disable", false).forEach(item -> disableAt.add(item.at()));
          i = 0;
          for (Fields.Item item : f.items("rules", false)) {
            String path = "scan-rules/rules/" + i++;
            Fields.of(item.node(), ctx, path, DataShapes.SCAN_RULE)
                .ifPresent(r -> {
                  String id = r.text("id");
                  FindingSeverity severity = r.choice("severity", FindingSeverity::fromId, FindingSeverity.ids());
                  ScanRules.Target in = r.has("in")
                      ? r.optChoice("in", ScanRules.Target::fromId, ScanRules.Target.ids()) : ScanRules.Target.TEXT;
                  List<String> files = r.optTextList("files");
                  String pattern = r.text("pattern");
                  String message = r.text("message");
                  String control = r.optText("control");
                  if (id != null && !RULE_ID.matcher(id).matches()) {
                    ctx.problems().error(r.at("id"), "a rule id is lower-case letters, digits and '-': '" + id + "'");
                    r.fail();
                  }
                  if (pattern != null) {
                    try {
                      Pattern.compile(pattern);
                    } catch (PatternSyntaxException e) {
                      ctx.problems().error(r.at("pattern"), "not a regular expression: "
                          + e.getDescription() + " near index " + e.getIndex());
                      r.fail();
                    }
                  }
                  if (r.ok() && in != null) {
                    rules.add(new ScanRules.Rule(id, severity, in, files, pattern, message, control));
                  }
                });
          }
        });
    AttributionSignatures attribution = attribution(root, ctx);
    return new Part(new ScanRules(assistants, ignoreFiles, rules, attribution), disable, disableAt);
  }

  /** The bundled set with the governance repo's additions: a rule of the same id replaces the bundled one. */
  static ScanRules merge(ScanRules bundled, Part own, Context ctx) {
    Map<String, ScanRules.Rule> rules = new LinkedHashMap<>();
    bundled.rules().forEach(r -> rules.put(r.id(), r));
    for (int i = 0; i < own.disable().size(); i++) {
      String id = own.disable().get(i);
      if (rules.remove(id) == null) {
        ctx.problems().error(i < own.disableAt().size() ? own.disableAt().get(i) : ctx.start(),
            "disable: no bundled rule has the id '" + id + "'"
            + Suggest.didYouMean(id, bundled.rules().stream().map(ScanRules.Rule::id).toList()));
      }
    }
    own.rules().rules().forEach(r -> rules.put(r.id(), r));
    List<ScanRules.Assistant> assistants = new ArrayList<>(bundled.assistants());
    assistants.addAll(own.rules().assistants());
    List<String> ignore = new ArrayList<>(bundled.ignoreFiles());
    own.rules().ignoreFiles().stream().filter(n -> !ignore.contains(n)).forEach(ignore::add);
    return new ScanRules(assistants, ignore, List.copyOf(rules.values()),
        AttributionSignaturesBinder.extend(bundled.attribution(), own.rules().attribution()));
  }

  /** The {@code attribution:} section, read by its own binder; nothing added when absent or wrong. */
  private static AttributionSignatures attribution(Node root, Context ctx) {
    if (root instanceof org.yaml.snakeyaml.nodes.MappingNode map) {
      for (org.yaml.snakeyaml.nodes.NodeTuple t : map.getValue()) {
        if (t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k && k.getValue().equals("attribution")
            && !Fields.Shapes.isNull(t.getValueNode())) {
          return AttributionSignaturesBinder.bind(t.getValueNode(), ctx).orElse(AttributionSignaturesBinder.none());
        }
      }
    }
    return AttributionSignaturesBinder.none();
  }

  private static Optional<String> globProblem(String glob) {
    if (glob.startsWith("/") || glob.contains("\\") || glob.contains("../") || glob.equals("..")) {
      return Optional.of("a file glob is a path inside the repository with '/', such as **/CLAUDE.md: '" + glob + "'");
    }
    return Optional.empty();
  }
}
