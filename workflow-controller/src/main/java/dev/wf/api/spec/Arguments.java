package dev.wf.api.spec;

import java.util.List;
import java.util.Optional;

/** Values passed to a workflow or to a template at its call site. */
public record Arguments(List<Parameter> parameters, List<Artifact> artifacts) {
  public static final Arguments EMPTY = new Arguments(null, null);

  public Arguments {
    parameters = Lists.of(parameters);
    artifacts = Lists.of(artifacts);
  }

  public Optional<Parameter> parameter(String name) {
    return parameters.stream().filter(p -> name.equals(p.name())).findFirst();
  }
}
