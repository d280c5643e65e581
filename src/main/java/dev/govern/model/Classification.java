package dev.govern.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A data classification level and which tools may touch code of that level.
 *
 * <p>A tool is allowed when its status is in {@code allowStatuses} and its endpoint in {@code
 * allowEndpoints}; {@code allow: none} in the data gives two empty sets. {@code scanRequires} is what
 * {@code govern scan} checks a repository of this level for, beyond the allowed tools.
 */
public record Classification(
    String id,
    String description,
    Set<ToolStatus> allowStatuses,
    Set<Endpoint> allowEndpoints,
    List<String> requirements,
    Set<ScanRequirement> scanRequires) {
  public Classification {
    Objects.requireNonNull(id, "id");
    allowStatuses = Set.copyOf(allowStatuses);
    allowEndpoints = Set.copyOf(allowEndpoints);
    requirements = List.copyOf(requirements);
    scanRequires = Set.copyOf(scanRequires);
  }

  public Classification(String id, String description, Set<ToolStatus> allowStatuses, Set<Endpoint> allowEndpoints,
      List<String> requirements) {
    this(id, description, allowStatuses, allowEndpoints, requirements, Set.of());
  }

  public boolean allows(Tool tool) {
    return allowStatuses.contains(tool.status()) && allowEndpoints.contains(tool.endpoint());
  }

  public boolean allowsNothing() {
    return allowStatuses.isEmpty() || allowEndpoints.isEmpty();
  }
}
