package dev.wf.api.spec;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A named unit of work. Exactly one body is set ({@code container}, {@code script}, {@code steps},
 * {@code dag}, {@code suspend}, ...); the validator checks that, and {@link TemplateBodies} gives
 * the one that is set as a {@link TemplateBody}.
 */
public record Template(
    String name,
    Inputs inputs,
    Outputs outputs,
    Container container,
    Container script,
    List<List<WorkflowStep>> steps,
    DagTemplate dag,
    SuspendTemplate suspend,
    ContainerSetTemplate containerSet,
    ResourceTemplate resource,
    JsonNode data,
    JsonNode http,
    JsonNode plugin,
    String activeDeadlineSeconds,
    String timeout,
    RetryStrategy retryStrategy,
    Integer parallelism,
    Boolean failFast,
    Memoize memoize,
    Synchronization synchronization,
    Boolean daemon,
    JsonNode metadata,
    Map<String, String> nodeSelector,
    JsonNode affinity,
    JsonNode tolerations,
    JsonNode volumes,
    JsonNode initContainers,
    JsonNode sidecars,
    JsonNode archiveLocation,
    String schedulerName,
    String priorityClassName,
    Integer priority,
    String serviceAccountName,
    Boolean automountServiceAccountToken,
    JsonNode executor,
    JsonNode hostAliases,
    JsonNode securityContext,
    String podSpecPatch,
    JsonNode metrics,
    Map<String, String> annotations,
    String pendingTimeout,
    JsonNode podResources,
    JsonNode resourceClaims) {
  public Template {
    inputs = inputs == null ? Inputs.EMPTY : inputs;
    outputs = outputs == null ? Outputs.EMPTY : outputs;
    steps = steps == null ? List.of() : steps.stream().map(Lists::of).toList();
    nodeSelector = Lists.of(nodeSelector);
    annotations = Lists.of(annotations);
  }
}
