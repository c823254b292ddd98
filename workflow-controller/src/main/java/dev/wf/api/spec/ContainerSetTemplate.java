package dev.wf.api.spec;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** A {@code containerSet} body: containers of one pod, ordered by {@code dependencies}. */
public record ContainerSetTemplate(
    List<Container> containers, JsonNode volumeMounts, JsonNode retryStrategy) {
  public ContainerSetTemplate {
    containers = Lists.of(containers);
  }
}
