package dev.govern.load;

import dev.govern.model.RiskLevel;
import dev.govern.model.Risk;
import dev.govern.model.RiskMatrix;
import dev.govern.model.Treatment;
import java.util.Arrays;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Binds {@code risks.yaml}; levels not given are computed from the matrix. */
final class RiskBinder {
  static final List<String> TREATMENTS = Arrays.stream(Treatment.values()).map(Treatment::id).toList();

  private RiskBinder() {}

  static void risks(Node root, Context ctx, RiskMatrix matrix, List<Risk> out) {
    Fields.of(root, ctx, "risks-file", DataShapes.RISKS).ifPresent(f -> {
      for (Fields.Item item : f.items("risks", true)) {
        String path = "risks/" + out.size();
        Fields.of(item.node(), ctx, path, DataShapes.RISK).ifPresent(r -> {
              String id = r.id("id");
              String category = r.optText("category");
              String description = r.text("description");
              String likelihood = r.text("likelihood");
              String impact = r.text("impact");
              String inherent = r.optText("inherent_risk");
              List<String> controls = r.optTextList("controls");
              String residualLikelihood = r.optText("residual_likelihood");
              String residualImpact = r.optText("residual_impact");
              String residual = r.optText("residual_risk");
              String owner = r.optText("owner");
              Treatment treatment = r.optChoice("treatment", Treatment::fromId, TREATMENTS);
              if ((residualLikelihood == null) != (residualImpact == null)) {
                ctx.problems().error(r.at(residualLikelihood == null ? "residual_impact" : "residual_likelihood"),
                    "give residual_likelihood and residual_impact together, or neither");
                r.fail();
              } else if (residualLikelihood == null && residual == null) {
                ctx.problems().error(r.at(), "missing 'residual_risk' (or the residual_likelihood/residual_impact pair)");
                r.fail();
              }
              if (!r.ok()) {
                return;
              }
              if (inherent == null && matrix != null) {
                inherent = matrix.levelAt(likelihood, impact).map(RiskLevel::id).orElse(null);
              }
              if (residual == null && matrix != null) {
                residual = matrix.levelAt(residualLikelihood, residualImpact).map(RiskLevel::id).orElse(null);
              }
              out.add(new Risk(id, category, description, likelihood, impact, inherent, controls,
                  residualLikelihood, residualImpact, residual, owner, treatment));
            });
      }
    });
  }
}
