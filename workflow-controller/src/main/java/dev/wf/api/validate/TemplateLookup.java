package dev.wf.api.validate;

import java.util.Optional;

import dev.wf.api.spec.WorkflowTemplate;

/**
 * Finds stored (Cluster)WorkflowTemplates, for {@code templateRef} and {@code workflowTemplateRef}.
 */
@FunctionalInterface
public interface TemplateLookup {
  Optional<WorkflowTemplate> find(boolean clusterScoped, String name);

  /** A lookup that knows no templates. */
  static TemplateLookup none() {
    return (cluster, name) -> Optional.empty();
  }
}
