package dev.wf.controller;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.cache.Indexer;

import dev.wf.api.crd.CronWorkflowResource;
import dev.wf.api.crd.WorkflowResource;
import dev.wf.api.validate.TemplateLookup;
import dev.wf.config.WfConfig;
import dev.wf.engine.RunningLimit;
import dev.wf.engine.WorkflowController;
import dev.wf.engine.cron.CronController;
import dev.wf.engine.cron.CronRules;
import dev.wf.engine.submit.ArtifactRepositoryResolver;
import dev.wf.engine.submit.ClusterAdmission;
import dev.wf.engine.submit.Submission;
import dev.wf.runtime.StepRuntime;
import dev.wf.store.k8s.KubernetesStore;

/**
 * The engine for one namespace: its store (over the shared Workflow and CronWorkflow informers'
 * caches), its step runtime, its {@link WorkflowController} and its cron scheduler ({@link
 * CronController}, in UTC for cron workflows without a {@code timezone}, as Argo's controller
 * assumes). Workflows are keyed by name, so each namespace gets its own. Watch events reach it
 * through {@link #changed}, {@link #removed} and {@link #cronChanged}.
 */
public final class NamespaceController implements AutoCloseable {
  private final KubernetesStore store;
  private final StepRuntime runtime;
  private final WorkflowController controller;
  private final ClusterCronTarget cronTarget;
  private final CronController crons;

  NamespaceController(
      KubernetesClient client,
      String namespace,
      Indexer<WorkflowResource> cache,
      Indexer<CronWorkflowResource> cronCache,
      NamespaceRuntimes runtimes,
      WfConfig config,
      RunningLimit limit,
      Clock clock) {
    this.store = new KubernetesStore(client, namespace, cache, cronCache);
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
            admission,
            limit.share(namespace));
    this.cronTarget = new ClusterCronTarget(client, namespace, cache, store.cronWorkflows(), clock);
    this.crons =
        new CronController(
            store.cronWorkflows(), cronTarget, CronRules.standard(ZoneOffset.UTC), clock);
  }

  /**
   * Resumes every workflow of the namespace that has not completed, then runs a scheduler pass of
   * every cron workflow.
   */
  void start() {
    controller.start();
    crons.start();
  }

  /** A watch saw this version of a workflow; writes of this store itself are ignored. */
  void changed(WorkflowResource resource) {
    cronTarget.seen(resource);
    String name = resource.getMetadata().getName();
    String version = resource.getMetadata().getResourceVersion();
    if (!store.supersedes(name, version)) controller.changed(name, version);
  }

  /** A watch saw a workflow deleted. */
  void removed(WorkflowResource resource) {
    cronTarget.gone(resource);
    String name = resource.getMetadata().getName();
    controller.removed(name);
    store.forgetWrites(name);
  }

  /** A watch saw a cron workflow added, changed or deleted: the scheduler runs a pass of it. */
  void cronChanged(String cronName) {
    crons.changed(cronName);
  }

  /** The namespace's cron scheduler, for tests that move its clock. */
  public CronController crons() {
    return crons;
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
    crons.close();
    controller.close();
    runtime.close();
    store.close();
  }
}
