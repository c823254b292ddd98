package dev.wf.store.k8s;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;

import dev.wf.api.crd.ClusterWorkflowTemplateResource;
import dev.wf.api.crd.WorkflowTemplateResource;
import dev.wf.api.spec.WorkflowTemplate;

/**
 * The WorkflowTemplates of one namespace and the ClusterWorkflowTemplates, read from and written to
 * the API server (they are read at submit time, not on every pass).
 */
final class KubernetesTemplates {
  private final KubernetesClient client;
  private final String namespace;

  KubernetesTemplates(KubernetesClient client, String namespace) {
    this.client = client;
    this.namespace = namespace;
  }

  /** Creates the template, or replaces the stored one of that name. */
  void put(WorkflowTemplate template) {
    if (template.name() == null || template.name().isBlank()) {
      throw new IllegalArgumentException("a template needs a name to be stored");
    }
    var resource = ResourceMapping.toResource(template, namespace);
    resource.getMetadata().setResourceVersion(null);
    if (resource instanceof ClusterWorkflowTemplateResource cluster) {
      client.resource(cluster).createOr(NonDeletingOperation::update);
    } else {
      client
          .resources(WorkflowTemplateResource.class)
          .inNamespace(namespace)
          .resource((WorkflowTemplateResource) resource)
          .createOr(NonDeletingOperation::update);
    }
  }

  Optional<WorkflowTemplate> get(boolean clusterScoped, String name) {
    var resource =
        clusterScoped
            ? client.resources(ClusterWorkflowTemplateResource.class).withName(name).get()
            : namespaced().withName(name).get();
    return Optional.ofNullable(resource).map(ResourceMapping::toTemplate);
  }

  /** Every template of the scope, by name. */
  List<WorkflowTemplate> list(boolean clusterScoped) {
    var resources =
        clusterScoped
            ? client.resources(ClusterWorkflowTemplateResource.class).list().getItems().stream()
                .map(ResourceMapping::toTemplate)
            : namespaced().list().getItems().stream().map(ResourceMapping::toTemplate);
    return resources.sorted(Comparator.comparing(WorkflowTemplate::name)).toList();
  }

  boolean delete(boolean clusterScoped, String name) {
    var deleted =
        clusterScoped
            ? client.resources(ClusterWorkflowTemplateResource.class).withName(name).delete()
            : namespaced().withName(name).delete();
    return !deleted.isEmpty();
  }

  private NonNamespaceOperation<
          WorkflowTemplateResource,
          KubernetesResourceList<WorkflowTemplateResource>,
          Resource<WorkflowTemplateResource>>
      namespaced() {
    return client.resources(WorkflowTemplateResource.class).inNamespace(namespace);
  }
}
