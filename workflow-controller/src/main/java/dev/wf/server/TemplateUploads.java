package dev.wf.server;

import java.util.ArrayList;
import java.util.List;

import dev.wf.api.parse.ParseResult;
import dev.wf.api.parse.SpecError;
import dev.wf.api.spec.Manifest;
import dev.wf.api.spec.WorkflowTemplate;
import dev.wf.api.validate.TemplateLookup;
import dev.wf.api.validate.WorkflowValidator;
import dev.wf.server.WorkflowService.TemplateOutcome;
import dev.wf.store.WorkflowStore;

/**
 * Stores the (Cluster)WorkflowTemplates of an uploaded file, for {@code template create} and {@code
 * template update}: the file is validated first (calls into stored templates included) and stored
 * only when every document is fine, so a file is stored whole or not at all. Workflows already
 * submitted keep the templates they were resolved with.
 */
final class TemplateUploads {
  private final WorkflowStore store;
  private final TemplateLookup lookup;

  TemplateUploads(WorkflowStore store, TemplateLookup lookup) {
    this.store = store;
    this.lookup = lookup;
  }

  /** Stores every template in the file, replacing those with the same names. */
  TemplateOutcome create(String file, String yaml, boolean clusterScoped) {
    return store(file, yaml, clusterScoped, false);
  }

  /** Replaces stored templates; refuses the file when one of them is not stored yet. */
  TemplateOutcome update(String file, String yaml, boolean clusterScoped) {
    return store(file, yaml, clusterScoped, true);
  }

  private TemplateOutcome store(String file, String yaml, boolean clusterScoped, boolean update) {
    ParseResult result = WorkflowValidator.validate(file, yaml, lookup);
    if (!result.ok()) return new TemplateOutcome(null, result.errors());
    var templates = new ArrayList<WorkflowTemplate>();
    var errors = new ArrayList<SpecError>();
    for (int i = 0; i < result.manifests().size(); i++) {
      Manifest m = result.manifests().get(i);
      if (!(m instanceof WorkflowTemplate t) || t.clusterScoped() != clusterScoped) {
        return new TemplateOutcome(null, List.of(wrongKind(file, m, clusterScoped)));
      }
      if (update && store.getTemplate(clusterScoped, t.name()).isEmpty()) {
        var at = result.positions().of(i, "metadata.name");
        errors.add(
            new SpecError(
                file,
                at.line(),
                at.column(),
                "metadata.name",
                t.kind()
                    + " \""
                    + t.name()
                    + "\" is not stored, so there is nothing to update (use `wf "
                    + verb(clusterScoped)
                    + " create`)"));
      }
      templates.add(t);
    }
    if (!errors.isEmpty()) return new TemplateOutcome(null, errors);
    templates.forEach(store::putTemplate);
    return new TemplateOutcome(templates, List.of());
  }

  private static SpecError wrongKind(String file, Manifest m, boolean clusterScoped) {
    String wanted = clusterScoped ? WorkflowTemplate.CLUSTER_KIND : WorkflowTemplate.KIND;
    String hint = m instanceof WorkflowTemplate ? " (use `wf " + verb(!clusterScoped) + "`)" : "";
    return new SpecError(file, 1, 1, "kind", "expected " + wanted + ", found " + m.kind() + hint);
  }

  private static String verb(boolean clusterScoped) {
    return clusterScoped ? "cluster-template" : "template";
  }
}
