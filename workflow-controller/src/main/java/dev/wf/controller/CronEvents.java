package dev.wf.controller;

import java.util.Optional;
import java.util.function.Function;

import io.fabric8.kubernetes.client.informers.ResourceEventHandler;

import dev.wf.api.crd.CronWorkflowResource;

/**
 * Passes what the CronWorkflow informer sees to the cron scheduler of its namespace: an added,
 * changed (suspended, resumed, edited) or deleted cron workflow gets a scheduler pass, which
 * schedules it, or forgets it once it is gone. Runs on the informer's thread, so it only hands work
 * over.
 */
final class CronEvents implements ResourceEventHandler<CronWorkflowResource> {
  private final Function<String, Optional<NamespaceController>> controllers;

  CronEvents(Function<String, Optional<NamespaceController>> controllers) {
    this.controllers = controllers;
  }

  @Override
  public void onAdd(CronWorkflowResource resource) {
    changed(resource);
  }

  @Override
  public void onUpdate(CronWorkflowResource before, CronWorkflowResource after) {
    changed(after);
  }

  @Override
  public void onDelete(CronWorkflowResource resource, boolean finalStateUnknown) {
    changed(resource);
  }

  private void changed(CronWorkflowResource resource) {
    controllers
        .apply(resource.getMetadata().getNamespace())
        .ifPresent(c -> c.cronChanged(resource.getMetadata().getName()));
  }
}
