package dev.wf.runtime.k8s;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;

import dev.wf.executor.StepSpec;

/** A pod factory for tests: one main container, named and labelled as the runtime expects. */
final class MinimalPods implements PodFactory {
  /** An image this factory refuses, as the real one refuses an image without entrypoint. */
  static final String UNBUILDABLE = "unbuildable:1";

  @Override
  public Pod build(StepSpec spec, String workflowUid) {
    if (UNBUILDABLE.equals(spec.image())) {
      throw new PodBuildException("image \"" + spec.image() + "\" has no command");
    }
    return new PodBuilder()
        .withNewMetadata()
        .withName(spec.nodeId())
        .addToLabels(PodLabels.WORKFLOW, spec.workflowName())
        .addToAnnotations(PodLabels.NODE_ID, spec.nodeId())
        .addNewOwnerReference()
        .withApiVersion("wf.dev/v1alpha1")
        .withKind("Workflow")
        .withName(spec.workflowName())
        .withUid(workflowUid)
        .endOwnerReference()
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName("main")
        .withImage(spec.image())
        .withCommand(spec.command())
        .endContainer()
        .withRestartPolicy("Never")
        .endSpec()
        .build();
  }
}
