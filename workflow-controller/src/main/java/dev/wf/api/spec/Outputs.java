package dev.wf.api.spec;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a template produces. In a template these are declarations ({@code valueFrom}); in a node's
 * status they carry values, plus the step's {@code result} (its stdout) and {@code exitCode}. An
 * empty {@code result} (a step that printed nothing) is kept when written out.
 */
public record Outputs(
    List<Parameter> parameters,
    List<Artifact> artifacts,
    @JsonInclude(JsonInclude.Include.NON_NULL) String result,
    String exitCode) {
  public static final Outputs EMPTY = new Outputs(null, null, null, null);

  public Outputs {
    parameters = Lists.of(parameters);
    artifacts = Lists.of(artifacts);
  }

  public Optional<Parameter> parameter(String name) {
    return parameters.stream().filter(p -> name.equals(p.name())).findFirst();
  }
}
