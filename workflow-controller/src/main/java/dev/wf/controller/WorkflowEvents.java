package dev.wf.controller;

import java.util.Optional;
import java.util.function.Function;

import io.fabric8.kubernetes.client.informers.ResourceEventHandler;

import dev.wf.api.crd.WorkflowResource;

/**
 * Passes what the Workflow informer sees to the controller of the workflow's namespace: adds and
 * updates become passes (new workflows start, others' writes are re-read), deletes make the
 * controller forget the workflow. Runs on the informer's thread, so it only hands work over.
 */
final class WorkflowEvents implements ResourceEventHandler<WorkflowResource> {
  private final Function<String, Optional<NamespaceController>> controllers;

  WorkflowEvents(Function<String, Optional<NamespaceController>> controllers) {
    this.controllers = controllers;
  }

  @Override
  public void onAdd(WorkflowResource resource) {
    controllerOf(resource).ifPresent(c -> c.changed(resource));
  }

  @Override
  public void onUpdate(WorkflowResource before, WorkflowResource after) {
    controllerOf(after).ifPresent(c -> c.changed(after));
  }

  @Override
  public void onDelete(WorkflowResource resource, boolean finalStateUnknown) {
    controllerOf(resource).ifPresent(c -> c.removed(resource));
  }

  private Optional<NamespaceController> controllerOf(WorkflowResource resource) {
    return controllers.apply(resource.getMetadata().getNamespace());
  }
}
