package dev.wf.executor.pod;

import java.util.Map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

import dev.wf.executor.StepResult;
import dev.wf.executor.StepSpec;

/**
 * Reports a step's result as a {@code StepResult} custom resource named after its node, labelled
 * with its workflow and owned by it (so it goes when the workflow goes), with the {@link
 * StepResult} as its status. The API server drops the status of a resource created with a status
 * subresource, so the resource is created first and its status written after; a resource that
 * already exists (a restarted wait container) is overwritten.
 */
public final class KubernetesResultReporter implements ResultReporter {
  /** The StepResult resource type, as the executor sees it without the controller's classes. */
  public static final ResourceDefinitionContext RESOURCE =
      new ResourceDefinitionContext.Builder()
          .withGroup(PodLayout.RESULT_GROUP)
          .withVersion(PodLayout.RESULT_VERSION)
          .withKind(PodLayout.RESULT_KIND)
          .withPlural(PodLayout.RESULT_PLURAL)
          .withNamespaced(true)
          .build();

  private final KubernetesClient client;
  private final String namespace;
  private final String workflowUid;

  /**
   * @param workflowUid the owning workflow's uid; null leaves the owner reference out
   */
  public KubernetesResultReporter(KubernetesClient client, String namespace, String workflowUid) {
    this.client = client;
    this.namespace = namespace;
    this.workflowUid = workflowUid;
  }

  @Override
  public void report(StepSpec spec, StepResult result) {
    var resources = client.genericKubernetesResources(RESOURCE).inNamespace(namespace);
    GenericKubernetesResource resource =
        new GenericKubernetesResourceBuilder()
            .withApiVersion(PodLayout.RESULT_API_VERSION)
            .withKind(PodLayout.RESULT_KIND)
            .withMetadata(metadata(spec))
            .build();
    resource.setAdditionalProperty(
        "spec", Map.of("workflowName", spec.workflowName(), "nodeId", spec.nodeId()));
    GenericKubernetesResource current;
    try {
      current = resources.resource(resource).create();
    } catch (KubernetesClientException e) {
      if (e.getCode() != 409) throw e;
      current = resources.withName(spec.nodeId()).get();
    }
    current.setAdditionalProperty("status", StepJson.tree(result));
    resources.resource(current).updateStatus();
  }

  private ObjectMeta metadata(StepSpec spec) {
    var meta =
        new ObjectMetaBuilder()
            .withName(spec.nodeId())
            .withNamespace(namespace)
            .addToLabels(PodLayout.LABEL_WORKFLOW, spec.workflowName())
            .addToAnnotations(PodLayout.ANNOTATION_NODE_ID, spec.nodeId());
    if (workflowUid != null)
      meta.addToOwnerReferences(
          new OwnerReferenceBuilder()
              .withApiVersion(PodLayout.RESULT_API_VERSION)
              .withKind(PodLayout.WORKFLOW_KIND)
              .withName(spec.workflowName())
              .withUid(workflowUid)
              .withBlockOwnerDeletion(true)
              .build());
    return meta.build();
  }
}
