package dev.wf.server;

import java.util.ArrayList;
import java.util.List;

import dev.wf.api.parse.ParseResult;
import dev.wf.api.parse.SpecError;
import dev.wf.api.parse.WorkflowParser;
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
    ParseResult parsed = WorkflowParser.parse(file, yaml);
    var errors = new ArrayList<>(parsed.errors());
    var templates = new ArrayList<WorkflowTemplate>();
    // A template may call another of the same file, stored or not yet.
    var inFile =
        TemplateLookup.of(
                parsed.manifests().stream()
                    .filter(WorkflowTemplate.class::isInstance)
                    .map(WorkflowTemplate.class::cast)
                    .filter(t -> t.name() != null)
                    .toList())
            .orElse(lookup);
    for (int i = 0; i < parsed.manifests().size(); i++) {
      // As Argo's CLI does, documents of other kinds in the file are skipped.
      if (!(parsed.manifests().get(i) instanceof WorkflowTemplate t)
          || t.clusterScoped() != clusterScoped) {
        continue;
      }
      errors.addAll(WorkflowValidator.check(parsed, i, t, inFile));
      if (update && store.getTemplate(clusterScoped, t.name()).isEmpty()) {
        errors.add(notStored(parsed, i, t));
      }
      templates.add(t);
    }
    if (errors.isEmpty() && templates.isEmpty())
      errors.add(noneOfKind(file, parsed, clusterScoped));
    if (!errors.isEmpty()) {
      errors.sort(SpecError.BY_POSITION);
      return new TemplateOutcome(null, errors.stream().distinct().toList());
    }
    templates.forEach(store::putTemplate);
    return new TemplateOutcome(templates, List.of());
  }

  private static SpecError notStored(ParseResult parsed, int document, WorkflowTemplate t) {
    var at = parsed.positions().of(document, "metadata.name");
    return new SpecError(
        parsed.file(),
        at.line(),
        at.column(),
        "metadata.name",
        t.kind()
            + " \""
            + t.name()
            + "\" is not stored, so there is nothing to update (use `wf "
            + verb(t.clusterScoped())
            + " create`)");
  }

  private static SpecError noneOfKind(String file, ParseResult parsed, boolean clusterScoped) {
    String wanted = clusterScoped ? WorkflowTemplate.CLUSTER_KIND : WorkflowTemplate.KIND;
    String found =
        parsed.manifests().stream()
            .map(Manifest::kind)
            .distinct()
            .reduce((a, b) -> a + ", " + b)
            .orElse("nothing");
    boolean otherScope = parsed.manifests().stream().anyMatch(m -> m instanceof WorkflowTemplate);
    String hint = otherScope ? " (use `wf " + verb(!clusterScoped) + " create`)" : "";
    return new SpecError(file, 1, 1, "kind", "expected " + wanted + ", found " + found + hint);
  }

  private static String verb(boolean clusterScoped) {
    return clusterScoped ? "cluster-template" : "template";
  }
}
