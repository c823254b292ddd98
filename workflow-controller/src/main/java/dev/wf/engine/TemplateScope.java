package dev.wf.engine;

import dev.wf.api.spec.TemplateRef;

/**
 * Where a template name is looked up: the workflow itself, or a stored (Cluster)WorkflowTemplate
 * reached through a {@code templateRef}. Inside a referenced template, plain {@code template:}
 * names resolve within that same stored template, as in Argo.
 */
public record TemplateScope(String kind, String name) {
  public static final TemplateScope WORKFLOW = new TemplateScope("workflow", "");

  public static TemplateScope of(TemplateRef ref) {
    return new TemplateScope(ref.cluster() ? "cluster" : "namespaced", ref.name());
  }

  /** The key under which a template of this scope is kept in {@code status.storedTemplates}. */
  public String storedKey(String template) {
    return kind + "/" + name + "/" + template;
  }

  public static String storedKey(TemplateRef ref) {
    return of(ref).storedKey(ref.template());
  }
}
