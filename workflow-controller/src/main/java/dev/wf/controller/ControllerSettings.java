package dev.wf.controller;

import java.util.List;

import dev.wf.config.WfConfig;

/**
 * How {@code wf controller} runs, as read from its command line and {@code config.yaml}.
 *
 * @param namespaces the namespaces whose workflows it runs; empty means all namespaces
 * @param config the controller's {@code config.yaml}: semaphore limits for ConfigMap keys the
 *     cluster does not have, the default artifact repository, image entrypoints
 * @param leaderElection the election to win before acting, or null to act at once (one replica)
 * @param healthPort the port of {@code /healthz} and {@code /readyz} (0: any), or null for none
 */
public record ControllerSettings(
    List<String> namespaces, WfConfig config, LeaderElection leaderElection, Integer healthPort) {
  /** The port Argo's controller serves its health checks on, used here too. */
  public static final int DEFAULT_HEALTH_PORT = 6060;

  public ControllerSettings {
    namespaces = namespaces == null ? List.of() : List.copyOf(namespaces);
    config = config == null ? new WfConfig(null) : config;
  }
}
