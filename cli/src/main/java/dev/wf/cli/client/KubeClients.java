package dev.wf.cli.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.fabric8.kubernetes.client.Config;

/** The client configuration of a kubeconfig file and context, as kubectl would read them. */
public final class KubeClients {
  private KubeClients() {}

  /**
   * The configuration of {@code context} (null: the current one) in {@code kubeconfig}; without a
   * file, the usual places ({@code $KUBECONFIG}, {@code ~/.kube/config}, in-cluster).
   */
  public static Config config(Path kubeconfig, String context) throws IOException {
    return kubeconfig != null
        ? Config.fromKubeconfig(context, Files.readString(kubeconfig), kubeconfig.toString())
        : Config.autoConfigure(context);
  }
}
