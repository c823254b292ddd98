package dev.wf.server.k8s;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;

import dev.wf.api.crd.WorkflowResource;
import dev.wf.engine.RemoteRunner;
import dev.wf.engine.cron.CronRules;
import dev.wf.engine.submit.Submission;
import dev.wf.executor.artifacts.Repositories;
import dev.wf.runtime.k8s.ClusterSecrets;
import dev.wf.runtime.k8s.ClusterSteps;
import dev.wf.server.ApiServer;
import dev.wf.server.CronService;
import dev.wf.server.LocalWorkflowService;
import dev.wf.store.k8s.KubernetesStore;

/**
 * The composition root of {@code wf --kube}: the same API the local server offers, served in the
 * command's own process on a loopback port, over the workflows of one namespace of a cluster. The
 * command line then talks to it exactly as to a local server, so every verb prints the same. It
 * runs nothing: workflows are written for the cluster's controller ({@link RemoteRunner}), read
 * from an informer's cache that also wakes watchers, logs come from the pods, artifacts are read
 * with the namespace's secrets. Cron workflows are kept as custom resources; the cluster's
 * controller watches and schedules them.
 */
public final class ClusterApi implements AutoCloseable {
  private final SharedIndexInformer<WorkflowResource> informer;
  private final Repositories artifacts;
  private final ApiServer server;

  private ClusterApi(
      SharedIndexInformer<WorkflowResource> informer, Repositories artifacts, ApiServer server) {
    this.informer = informer;
    this.artifacts = artifacts;
    this.server = server;
  }

  /** Watches {@code namespace}'s workflows and serves the API over them on a free port. */
  public static ClusterApi start(KubernetesClient client, String namespace, Clock clock)
      throws IOException {
    SharedIndexInformer<WorkflowResource> informer =
        client.resources(WorkflowResource.class).inNamespace(namespace).inform();
    var store = new KubernetesStore(client, namespace, informer.getIndexer());
    var steps = new ClusterSteps(client, namespace);
    var runner = new RemoteRunner(store, steps, clock);
    informer.addEventHandler(new Changes(runner));
    var artifacts = new Repositories(new ClusterSecrets(client, namespace));
    // No artifact repository here: the cluster's controller resolves it with its own config.
    var submission =
        new Submission(LocalWorkflowService.lookupOf(store), clock, new SecureRandom());
    var service = new LocalWorkflowService(store, runner, steps, submission, artifacts);
    // The cluster's controller watches cron workflows and schedules them in UTC, as Argo's does.
    var crons =
        new CronService(
            store.cronWorkflows(),
            service,
            LocalWorkflowService.lookupOf(store),
            CronRules.standard(ZoneOffset.UTC),
            ZoneOffset.UTC,
            clock,
            name -> {});
    var server = new ApiServer(service, crons, 0, () -> {});
    server.start();
    return new ClusterApi(informer, artifacts, server);
  }

  /** The base URL the command line talks to. */
  public String url() {
    return server.url();
  }

  @Override
  public void close() {
    server.close();
    informer.close();
    artifacts.close();
  }

  /** Wakes watchers ({@code --wait}, {@code watch}, {@code logs -f}) on every write. */
  private record Changes(RemoteRunner runner) implements ResourceEventHandler<WorkflowResource> {
    @Override
    public void onAdd(WorkflowResource resource) {
      runner.changed(resource.getMetadata().getName());
    }

    @Override
    public void onUpdate(WorkflowResource before, WorkflowResource after) {
      runner.changed(after.getMetadata().getName());
    }

    @Override
    public void onDelete(WorkflowResource resource, boolean unknownFinalState) {
      runner.changed(resource.getMetadata().getName());
    }
  }
}
