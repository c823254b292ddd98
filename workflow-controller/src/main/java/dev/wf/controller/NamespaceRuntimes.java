package dev.wf.controller;

import java.util.function.Function;

import dev.wf.engine.gc.ArtifactCollector;
import dev.wf.executor.artifacts.ArtifactStores;
import dev.wf.runtime.StepRuntime;

/**
 * Builds what runs the steps of one namespace's workflows, so that the controller process does not
 * depend on how (pods, or a test double). The controller calls it once per namespace it serves and
 * closes the runtime when it stops.
 */
@FunctionalInterface
public interface NamespaceRuntimes {
  /**
   * The runtime for {@code namespace}; {@code workflowUid} gives the uid of a workflow by name (for
   * owner references), or null if there is none.
   */
  StepRuntime runtimeFor(String namespace, Function<String, String> workflowUid);

  /** Where artifact garbage collection of {@code namespace} deletes artifacts; none by default. */
  default ArtifactStores artifactStores(String namespace) {
    return ArtifactCollector.NO_STORES;
  }
}
