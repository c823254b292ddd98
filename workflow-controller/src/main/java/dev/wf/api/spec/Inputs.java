package dev.wf.api.spec;

import java.util.List;
import java.util.Optional;

/** What a template takes: parameters and artifacts. */
public record Inputs(List<Parameter> parameters, List<Artifact> artifacts) {
  public static final Inputs EMPTY = new Inputs(null, null);

  public Inputs {
    parameters = Lists.of(parameters);
    artifacts = Lists.of(artifacts);
  }

  public Optional<Parameter> parameter(String name) {
    return parameters.stream().filter(p -> name.equals(p.name())).findFirst();
  }
}
