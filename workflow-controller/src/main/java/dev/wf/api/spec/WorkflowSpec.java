package dev.wf.api.spec;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a workflow runs: its templates, entrypoint and arguments, and workflow-wide settings. Fields
 * that only shape Kubernetes pods are kept as given and passed through.
 */
public record WorkflowSpec(
    String entrypoint,
    Arguments arguments,
    List<Template> templates,
    String onExit,
    Map<String, LifecycleHook> hooks,
    Template templateDefaults,
    WorkflowTemplateRef workflowTemplateRef,
    Integer parallelism,
    String activeDeadlineSeconds,
    RetryStrategy retryStrategy,
    Synchronization synchronization,
    Boolean suspend,
    String shutdown,
    Integer priority,
    Boolean archiveLogs,
    String serviceAccountName,
    Boolean automountServiceAccountToken,
    JsonNode executor,
    Map<String, String> nodeSelector,
    JsonNode affinity,
    JsonNode tolerations,
    JsonNode imagePullSecrets,
    Boolean hostNetwork,
    String dnsPolicy,
    JsonNode dnsConfig,
    JsonNode volumes,
    JsonNode volumeClaimTemplates,
    JsonNode volumeClaimGC,
    JsonNode ttlStrategy,
    JsonNode podGC,
    JsonNode podMetadata,
    String podPriorityClassName,
    Integer podPriority,
    JsonNode podDisruptionBudget,
    String podSpecPatch,
    String schedulerName,
    JsonNode hostAliases,
    JsonNode securityContext,
    JsonNode metrics,
    ArtifactRepositoryRef artifactRepositoryRef,
    JsonNode artifactGC,
    JsonNode workflowMetadata,
    JsonNode executorPlugins,
    JsonNode podResources,
    JsonNode resourceClaims) {
  public static final WorkflowSpec EMPTY = ModelJson.read("{}", WorkflowSpec.class);

  public WorkflowSpec {
    arguments = arguments == null ? Arguments.EMPTY : arguments;
    templates = Lists.of(templates);
    hooks = Lists.of(hooks);
    nodeSelector = Lists.of(nodeSelector);
  }

  /** The template with this name, if the spec defines one. */
  public Optional<Template> template(String name) {
    return templates.stream().filter(t -> name != null && name.equals(t.name())).findFirst();
  }

  public WorkflowSpec withEntrypoint(String newEntrypoint) {
    return ModelJson.with(this, "entrypoint", newEntrypoint);
  }

  public WorkflowSpec withArguments(Arguments newArguments) {
    return ModelJson.with(this, "arguments", newArguments);
  }

  public WorkflowSpec withTemplates(List<Template> newTemplates) {
    return ModelJson.with(this, "templates", newTemplates);
  }

  /** This spec with {@code suspend} set (null removes it). */
  public WorkflowSpec withSuspend(Boolean newSuspend) {
    return ModelJson.with(this, "suspend", newSuspend);
  }

  /** This spec with {@code shutdown} set (null removes it). */
  public WorkflowSpec withShutdown(String newShutdown) {
    return ModelJson.with(this, "shutdown", newShutdown);
  }

  public WorkflowSpec withActiveDeadlineSeconds(String newDeadline) {
    return ModelJson.with(this, "activeDeadlineSeconds", newDeadline);
  }
}
