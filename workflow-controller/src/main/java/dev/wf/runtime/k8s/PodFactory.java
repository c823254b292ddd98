package dev.wf.runtime.k8s;

import io.fabric8.kubernetes.api.model.Pod;

import dev.wf.executor.StepSpec;

/**
 * Turns a step into the pod that runs it: init, main and wait containers sharing one volume (see
 * {@link dev.wf.executor.pod.PodLayout}), the step's pod fields, and the name, labels and owner
 * reference that tie the pod to its workflow and node.
 */
public interface PodFactory {
  /**
   * The pod for {@code spec}, owned by the workflow with {@code workflowUid}.
   *
   * @throws PodBuildException when the step cannot become a pod (no command and an image missing
   *     from the entrypoint map, a podSpecPatch that does not parse): the node errors with its
   *     message
   */
  Pod build(StepSpec spec, String workflowUid);
}
