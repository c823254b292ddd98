package dev.wf.api.validate;

import java.util.Optional;

import dev.wf.api.parse.FieldPath;
import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.Manifest;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowSpec;
import dev.wf.api.spec.WorkflowTemplate;

/**
 * The workflow spec inside a document and where it sits: {@code spec} for a Workflow or a
 * (Cluster)WorkflowTemplate, {@code spec.workflowSpec} for a CronWorkflow. {@code runnable} specs
 * (Workflow, CronWorkflow) run as they are: they need an entrypoint and values for their arguments;
 * a template's may come at submit time.
 */
public record DocumentSpec(WorkflowSpec spec, String path, boolean runnable) {
  /** The spec of {@code manifest}, if it has one. */
  public static Optional<DocumentSpec> of(Manifest manifest) {
    return switch (manifest) {
      case Workflow w -> Optional.of(new DocumentSpec(w.spec(), "spec", true));
      case WorkflowTemplate t -> Optional.of(new DocumentSpec(t.spec(), "spec", false));
      case CronWorkflow c ->
          Optional.ofNullable(c.spec())
              .flatMap(s -> Optional.ofNullable(s.workflowSpec()))
              .map(s -> new DocumentSpec(s, "spec.workflowSpec", true));
    };
  }

  /** The path of a field of the spec, e.g. {@code spec.entrypoint}. */
  public String field(String name) {
    return FieldPath.child(path, name);
  }

  /** The path of template {@code index}, e.g. {@code spec.templates[2]}. */
  public String template(int index) {
    return FieldPath.index(field("templates"), index);
  }
}
