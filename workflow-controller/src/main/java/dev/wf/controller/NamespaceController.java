package dev.wf.controller;

import java.security.SecureRandom;
import java.time.Clock;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.cache.Indexer;

import dev.wf.api.crd.WorkflowResource;
import dev.wf.api.validate.TemplateLookup;
import dev.wf.config.WfConfig;
import dev.wf.engine.WorkflowController;
import dev.wf.engine.submit.ArtifactRepositoryResolver;
import dev.wf.engine.submit.ClusterAdmission;
import dev.wf.engine.submit.Submission;
import dev.wf.runtime.StepRuntime;
import dev.wf.store.k8s.KubernetesStore;

/**
 * The engine for one namespace: its store (over the shared Workflow informer's cache), its step
 * runtime and its {@link WorkflowController}. Workflows are keyed by name, so each namespace gets
 * its own. Watch events reach it through {@link #changed} and {@link #removed}.
 */
public final class NamespaceController implements AutoCloseable {
  private final KubernetesStore store;
  private final StepRuntime runtime;
  private final WorkflowController controller;

  NamespaceController(
      KubernetesClient client,
      String namespace,
      Indexer<WorkflowResource> cache,
      NamespaceRuntimes runtimes,
      WfConfig config,
      Clock clock) {
    this.store = new KubernetesStore(client, namespace, cache);
    TemplateLookup lookup = store::getTemplate;
    var repositories =
        new ArtifactRepositoryResolver(store.configMaps(), config.artifactRepository());
    var admission =
        new ClusterAdmission(
            lookup, new Submission(lookup, repositories, clock, new SecureRandom()));
    this.runtime =
        runtimes.runtimeFor(
            namespace, name -> store.get(name).map(wf -> wf.metadata().uid()).orElse(null));
    this.controller =
        new WorkflowController(
            store,
            runtime,
            clock,
            config.semaphores(),
            runtimes.artifactStores(namespace),
            admission);
  }

  /** Resumes every workflow of the namespace that has not completed. */
  void start() {
    controller.start();
  }

  /** A watch saw this version of a workflow; writes of this store itself are ignored. */
  void changed(WorkflowResource resource) {
    String name = resource.getMetadata().getName();
    String version = resource.getMetadata().getResourceVersion();
    if (!store.supersedes(name, version)) controller.changed(name, version);
  }

  /** A watch saw a workflow deleted. */
  void removed(WorkflowResource resource) {
    String name = resource.getMetadata().getName();
    controller.removed(name);
    store.forgetWrites(name);
  }

  public String namespace() {
    return store.namespace();
  }

  /** The namespace's controller, for callers that act on workflows (and for tests). */
  public WorkflowController controller() {
    return controller;
  }

  @Override
  public void close() {
    controller.close();
    runtime.close();
    store.close();
  }
}
