package dev.wf.controller;

import java.time.Clock;
import java.util.function.Function;

import io.fabric8.kubernetes.client.KubernetesClient;

import dev.wf.config.ClusterSettings;
import dev.wf.config.WfConfig;
import dev.wf.executor.artifacts.ArtifactStores;
import dev.wf.executor.artifacts.Repositories;
import dev.wf.runtime.StepRuntime;
import dev.wf.runtime.k8s.ClusterSecrets;
import dev.wf.runtime.k8s.KubernetesRuntime;
import dev.wf.runtime.k8s.PodBuilder;
import dev.wf.runtime.k8s.PodSettings;
import dev.wf.runtime.k8s.PodTimeouts;

/**
 * What {@code wf controller} runs steps with: pods in each namespace, built with the executor
 * image, pull policy, step service account and image entrypoints of the controller's {@code
 * config.yaml}; artifact garbage collection with the namespace's secrets.
 */
public final class PodRuntimes implements NamespaceRuntimes {
  private final KubernetesClient client;
  private final PodBuilder pods;
  private final PodTimeouts timeouts;

  public PodRuntimes(KubernetesClient client, WfConfig config, PodTimeouts timeouts) {
    ClusterSettings cluster = config.cluster();
    this.client = client;
    this.timeouts = timeouts;
    this.pods =
        new PodBuilder(
            new PodSettings(
                cluster.executorImage(),
                cluster.executorImagePullPolicy(),
                config.images(),
                cluster.serviceAccountName()));
  }

  @Override
  public StepRuntime runtimeFor(String namespace, Function<String, String> workflowUid) {
    return new KubernetesRuntime(
        client, namespace, pods, workflowUid, Clock.systemUTC(), timeouts, null);
  }

  @Override
  public ArtifactStores artifactStores(String namespace) {
    return new Repositories(new ClusterSecrets(client, namespace));
  }
}
