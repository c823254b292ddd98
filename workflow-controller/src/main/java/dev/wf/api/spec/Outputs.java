package dev.wf.api.spec;

import java.util.List;
import java.util.Optional;

/**
 * What a template produces. In a template these are declarations ({@code valueFrom}); in a node's
 * status they carry values, plus the step's {@code result} (its stdout) and {@code exitCode}.
 */
public record Outputs(
    List<Parameter> parameters, List<Artifact> artifacts, String result, String exitCode) {
  public static final Outputs EMPTY = new Outputs(null, null, null, null);

  public Outputs {
    parameters = Lists.of(parameters);
    artifacts = Lists.of(artifacts);
  }

  public Optional<Parameter> parameter(String name) {
    return parameters.stream().filter(p -> name.equals(p.name())).findFirst();
  }
}
