package dev.wf.store.k8s;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.CustomResource;

import dev.wf.api.crd.ClusterWorkflowTemplateResource;
import dev.wf.api.crd.CronWorkflowResource;
import dev.wf.api.crd.WorkflowResource;
import dev.wf.api.crd.WorkflowTemplateResource;
import dev.wf.api.spec.ConfigMap;
import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.ObjectMeta;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowSpec;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.api.spec.WorkflowTemplate;

/**
 * Converts between the model records and the objects fabric8 sends to the API server: the custom
 * resources (whose spec and status are the model records themselves) and ConfigMaps. Only the
 * metadata needs translating; the server owns uid, resourceVersion and creationTimestamp, which are
 * passed through as read.
 */
final class ResourceMapping {
  private static final NodeCompression COMPRESSION =
      new NodeCompression(NodeCompression.DEFAULT_LIMIT);

  private ResourceMapping() {}

  static WorkflowResource toResource(Workflow workflow, String namespace) {
    var resource = new WorkflowResource();
    resource.setMetadata(toMeta(workflow.metadata(), namespace));
    resource.setSpec(workflow.spec());
    resource.setStatus(toStatus(workflow.status()));
    return resource;
  }

  /** The status as the API server stores it: nodes compressed when they are large. */
  static WorkflowStatus toStatus(WorkflowStatus status) {
    return COMPRESSION.pack(status);
  }

  static Workflow toWorkflow(WorkflowResource resource) {
    return new Workflow(
        resource.getApiVersion(),
        Workflow.KIND,
        toMeta(resource.getMetadata()),
        resource.getSpec(),
        COMPRESSION.unpack(resource.getStatus()));
  }

  static CustomResource<WorkflowSpec, Void> toResource(
      WorkflowTemplate template, String namespace) {
    CustomResource<WorkflowSpec, Void> resource =
        template.clusterScoped()
            ? new ClusterWorkflowTemplateResource()
            : new WorkflowTemplateResource();
    resource.setMetadata(toMeta(template.metadata(), template.clusterScoped() ? null : namespace));
    resource.setSpec(template.spec());
    return resource;
  }

  static WorkflowTemplate toTemplate(CustomResource<WorkflowSpec, Void> resource) {
    String kind =
        resource instanceof ClusterWorkflowTemplateResource
            ? WorkflowTemplate.CLUSTER_KIND
            : WorkflowTemplate.KIND;
    return new WorkflowTemplate(
        resource.getApiVersion(), kind, toMeta(resource.getMetadata()), resource.getSpec());
  }

  static CronWorkflowResource toResource(CronWorkflow cron, String namespace) {
    var resource = new CronWorkflowResource();
    resource.setMetadata(toMeta(cron.metadata(), namespace));
    resource.setSpec(cron.spec());
    resource.setStatus(cron.status());
    return resource;
  }

  static CronWorkflow toCron(CronWorkflowResource resource) {
    return new CronWorkflow(
        resource.getApiVersion(),
        CronWorkflow.KIND,
        toMeta(resource.getMetadata()),
        resource.getSpec(),
        resource.getStatus());
  }

  static io.fabric8.kubernetes.api.model.ConfigMap toResource(ConfigMap configMap, String ns) {
    var resource = new io.fabric8.kubernetes.api.model.ConfigMap();
    resource.setMetadata(toMeta(configMap.metadata(), ns));
    resource.setData(new LinkedHashMap<>(configMap.data()));
    return resource;
  }

  static ConfigMap toConfigMap(io.fabric8.kubernetes.api.model.ConfigMap resource) {
    return new ConfigMap(
        ConfigMap.API_VERSION, ConfigMap.KIND, toMeta(resource.getMetadata()), resource.getData());
  }

  /** The fabric8 metadata for {@code meta}, placed in {@code namespace} (null: cluster-scoped). */
  static io.fabric8.kubernetes.api.model.ObjectMeta toMeta(ObjectMeta meta, String namespace) {
    return new ObjectMetaBuilder()
        .withName(meta.name())
        .withGenerateName(meta.generateName())
        .withNamespace(namespace)
        .withUid(meta.uid())
        .withResourceVersion(meta.resourceVersion())
        .withCreationTimestamp(
            meta.creationTimestamp() == null ? null : meta.creationTimestamp().toString())
        .withLabels(copy(meta.labels()))
        .withAnnotations(copy(meta.annotations()))
        .build();
  }

  static ObjectMeta toMeta(io.fabric8.kubernetes.api.model.ObjectMeta meta) {
    return new ObjectMeta(
        meta.getName(),
        meta.getGenerateName(),
        meta.getNamespace(),
        meta.getUid(),
        meta.getResourceVersion(),
        instant(meta.getCreationTimestamp()),
        meta.getLabels(),
        meta.getAnnotations());
  }

  private static Map<String, String> copy(Map<String, String> map) {
    return map.isEmpty() ? null : new LinkedHashMap<>(map);
  }

  private static Instant instant(String timestamp) {
    if (timestamp == null || timestamp.isBlank()) return null;
    try {
      return Instant.parse(timestamp);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
