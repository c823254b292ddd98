package dev.wf.cli.command;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;

import dev.wf.cli.client.KubeClients;
import dev.wf.cli.client.KubeTarget;
import dev.wf.config.WfConfig;
import dev.wf.controller.ControllerProcess;
import dev.wf.controller.ControllerSettings;
import dev.wf.controller.LeaderElection;
import dev.wf.controller.NamespaceRuntimes;
import dev.wf.controller.PodRuntimes;
import dev.wf.controller.RequestRateLimit;
import dev.wf.runtime.k8s.PodTimeouts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wf controller}: runs the workflows of a cluster (the controller Deployment of the chart
 * runs it) until SIGTERM. With {@code --leader-elect}, only the replica holding the Lease acts, and
 * one that loses it exits (status 1) so that Kubernetes restarts it as a follower.
 */
@Command(
    name = "controller",
    description = "Run the wf controller against a Kubernetes cluster (until stopped).")
final class ControllerCommand extends CliCommand {
  private static final Set<String> LOG_LEVELS = Set.of("debug", "info", "warn", "error");
  private static final Pattern DURATION = Pattern.compile("([0-9]{1,9})(ms|s|m|h)");

  @Option(names = "--config", paramLabel = "FILE", description = "The controller's config.yaml.")
  Path config;

  @Option(names = "--all-namespaces", description = "Run the workflows of every namespace.")
  boolean allNamespaces;

  @Option(names = "--qps", description = "API requests per second (default: ${DEFAULT-VALUE}).")
  double qps = 20;

  @Option(names = "--burst", description = "API requests in a burst (default: ${DEFAULT-VALUE}).")
  int burst = 30;

  @Option(names = "--log-level", description = "debug, info, warn or error (default: info).")
  String logLevel = "info";

  @Option(names = "--leader-elect", description = "Act only while holding the leader Lease.")
  boolean leaderElect;

  @Option(names = "--leader-election-namespace", description = "The Lease's namespace.")
  String leaseNamespace;

  @Option(names = "--leader-election-id", description = "The Lease's name.")
  String leaseName = "wf-controller";

  @Option(names = "--leader-election-identity", description = "This replica (the pod name).")
  String identity;

  @Option(names = "--lease-duration", description = "How long a Lease holds (default: 15s).")
  String leaseDuration = "15s";

  @Option(names = "--renew-deadline", description = "Renew the Lease within (default: 10s).")
  String renewDeadline = "10s";

  @Option(names = "--retry-period", description = "Try for the Lease every (default: 2s).")
  String retryPeriod = "2s";

  @Option(names = "--health-port", description = "Port of /healthz and /readyz (default: 6060).")
  int healthPort = ControllerSettings.DEFAULT_HEALTH_PORT;

  @Override
  protected int execute() throws Exception {
    checkUsage();
    WfConfig wfConfig =
        config == null
            ? new WfConfig(null)
            : WfConfig.parse(Files.readString(config), config.toString());
    try (KubernetesClient client = kubernetesClient()) {
      NamespaceRuntimes runtimes = runtimes(client, wfConfig);
      var settings =
          new ControllerSettings(
              allNamespaces ? List.of() : root().namespaces(),
              wfConfig,
              leaderElect ? election(client) : null,
              healthPort);
      return run(new ControllerProcess(client, settings, runtimes, Clock.systemUTC()));
    }
  }

  /**
   * Step pods in each namespace, built with the executor image and entrypoints of {@code config};
   * artifact garbage collection with the namespace's secrets.
   */
  static NamespaceRuntimes runtimes(KubernetesClient client, WfConfig config) {
    return runtimes(client, config, PodTimeouts.DEFAULT);
  }

  /** The runtimes of {@link #runtimes(KubernetesClient, WfConfig)} with these pod timeouts. */
  static NamespaceRuntimes runtimes(
      KubernetesClient client, WfConfig config, PodTimeouts timeouts) {
    return new PodRuntimes(client, config, timeouts);
  }

  private int run(ControllerProcess process) throws Exception {
    Thread hook = new Thread(process::close, "wf-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    process.start();
    err().println("wf controller: started" + (leaderElect ? ", running for leader" : ""));
    err().flush();
    ControllerProcess.Outcome outcome = process.await();
    return switch (outcome) {
      case STOPPED -> OK;
      case LEADERSHIP_LOST -> {
        process.close();
        throw new IllegalStateException(
            "lost the leader lease; exiting so that Kubernetes restarts this replica");
      }
      case FAILED -> {
        process.close();
        Exception failure = process.failure();
        throw new IllegalStateException(
            failure == null ? "the controller failed" : failure.getMessage(), failure);
      }
    };
  }

  private void checkUsage() {
    if (allNamespaces == !root().namespaces().isEmpty()) {
      throw usage("Give either --namespace (repeatable) or --all-namespaces");
    }
    if (qps <= 0 || burst <= 0) throw usage("--qps and --burst must be greater than 0");
    if (!LOG_LEVELS.contains(logLevel.toLowerCase(Locale.ROOT))) {
      throw usage("Unknown --log-level '" + logLevel + "': use debug, info, warn or error");
    }
    if (healthPort < 0 || healthPort > 65535) throw usage("--health-port must be 0-65535");
    duration("--lease-duration", leaseDuration);
    duration("--renew-deadline", renewDeadline);
    duration("--retry-period", retryPeriod);
  }

  private LeaderElection election(KubernetesClient client) throws Exception {
    String namespace = leaseNamespace != null ? leaseNamespace : client.getNamespace();
    if (namespace == null) throw usage("--leader-elect needs --leader-election-namespace");
    String self = identity != null ? identity : InetAddress.getLocalHost().getHostName();
    return new LeaderElection(
        namespace,
        leaseName,
        self,
        duration("--lease-duration", leaseDuration),
        duration("--renew-deadline", renewDeadline),
        duration("--retry-period", retryPeriod));
  }

  /** A duration in Go's short form: {@code 15s}, {@code 500ms}, {@code 1m}, {@code 1h}. */
  private Duration duration(String option, String value) {
    var match = DURATION.matcher(value.strip());
    if (!match.matches() || Long.parseLong(match.group(1)) == 0) {
      throw usage("Invalid " + option + " '" + value + "': use e.g. 15s, 500ms or 1m");
    }
    long amount = Long.parseLong(match.group(1));
    return switch (match.group(2)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      default -> Duration.ofHours(amount);
    };
  }

  private KubernetesClient kubernetesClient() throws Exception {
    KubeTarget target = root().kubeOptions();
    Config clientConfig = KubeClients.config(target.kubeconfig(), target.context());
    clientConfig.setMaxConcurrentRequests(burst);
    clientConfig.setMaxConcurrentRequestsPerHost(burst);
    var limit = new RequestRateLimit(qps, burst);
    return new KubernetesClientBuilder()
        .withConfig(clientConfig)
        .withHttpClientBuilderConsumer(b -> b.addOrReplaceInterceptor(RequestRateLimit.NAME, limit))
        .build();
  }
}
