package dev.wf.store;

import java.time.Instant;

import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.ObjectMeta;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowSpec;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.api.spec.WorkflowTemplate;

/** Small workflows, statuses and templates for store tests. */
final class StoreRecords {
  static final Instant T0 = Instant.parse("2025-01-02T03:04:05.123456Z");
  private static final WorkflowSpec SPEC =
      ModelJson.read(
          """
          {"entrypoint": "main",
           "templates": [{"name": "main", "container": {"image": "alpine", "command": ["true"]}}]}
          """,
          WorkflowSpec.class);

  private StoreRecords() {}

  static Workflow workflow(String name, Instant created) {
    ObjectMeta meta = ObjectMeta.named(name).withIdentity(name, "default", "uid-" + name, created);
    return new Workflow("argoproj.io/v1alpha1", Workflow.KIND, meta, SPEC, null);
  }

  static WorkflowStatus status(WorkflowPhase phase, int nodes) {
    WorkflowStatus status = WorkflowStatus.EMPTY.withPhase(phase, null, T0, null);
    for (int i = 0; i < nodes; i++) {
      status =
          status.withNode(
              NodeStatus.create(
                  "wf-" + i, "wf.step-" + i, "step-" + i, NodeType.POD, "main", "wf", T0));
    }
    return status;
  }

  static WorkflowTemplate template(String name, boolean cluster) {
    String kind = cluster ? WorkflowTemplate.CLUSTER_KIND : WorkflowTemplate.KIND;
    return new WorkflowTemplate("argoproj.io/v1alpha1", kind, ObjectMeta.named(name), SPEC);
  }
}
