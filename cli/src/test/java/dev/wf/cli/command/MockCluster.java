package dev.wf.cli.command;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.awaitility.core.ConditionTimeoutException;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

import dev.wf.api.crd.CronWorkflowResource;
import dev.wf.api.crd.StepResultResource;
import dev.wf.api.crd.WorkflowResource;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.cli.CliContext;
import dev.wf.cli.CliRun;
import dev.wf.cli.Fixtures;
import dev.wf.config.WfConfig;
import dev.wf.controller.ControllerProcess;
import dev.wf.controller.ControllerSettings;
import dev.wf.engine.cron.CronController;
import dev.wf.runtime.k8s.PodTimeouts;
import dev.wf.runtime.k8s.TestKubelet;
import dev.wf.runtime.k8s.TestKubelet.Behaviour;
import picocli.CommandLine;

/**
 * A cluster for end-to-end tests: fabric8's mock API server (CRUD mode) with the CRDs installed,
 * the controller as {@code wf controller} builds it, a {@link TestKubelet} running the pods with
 * the real executor (each pod as {@link #behaviour} says, normally by default), and the CLI with
 * {@code --kube} against it. It also records every pod it sees created, so a test can tell whether
 * a pod was created twice.
 */
final class MockCluster implements AutoCloseable {
  static final String NAMESPACE = "e2e";
  static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final String[] CRDS = {
    "workflows", "workflowtemplates", "clusterworkflowtemplates", "stepresults", "cronworkflows"
  };
  // Held so that the level stays set: the mock server logs every request at INFO.
  private static final Logger MOCK_LOG = Logger.getLogger("io.fabric8.mockwebserver");

  private final KubernetesClient client;
  private final KubernetesMockServer server;
  private final Path dir;
  private final WfConfig config;
  private final Path kubeconfig;
  private final Map<String, Set<String>> podUids = new ConcurrentHashMap<>();
  private final SharedIndexInformer<Pod> pods;
  private volatile Function<Pod, Behaviour> behaviour = pod -> Behaviour.NORMAL;
  private volatile Clock clock = Clock.systemUTC();
  private ControllerProcess controller;
  private TestKubelet kubelet;

  private MockCluster(
      KubernetesClient client, KubernetesMockServer server, Path dir, String configYaml)
      throws IOException {
    this.client = client;
    this.server = server;
    this.dir = dir;
    MOCK_LOG.setLevel(Level.WARNING);
    for (String crd : CRDS) installCrd(crd);
    this.config =
        WfConfig.parse(
            configYaml != null
                ? configYaml
                : "artifactRepository:\n  file: {root: " + dir.resolve("artifacts") + "}\n",
            "config");
    this.kubeconfig = writeKubeconfig();
    this.pods = client.pods().inNamespace(NAMESPACE).inform(new PodCreations());
  }

  /** A cluster with a running controller and kubelet. */
  static MockCluster start(KubernetesClient client, KubernetesMockServer server, Path dir)
      throws Exception {
    return start(client, server, dir, PodTimeouts.DEFAULT);
  }

  /** A cluster whose controller tells the time by {@code clock}. */
  static MockCluster start(
      KubernetesClient client, KubernetesMockServer server, Path dir, Clock clock)
      throws Exception {
    MockCluster cluster = new MockCluster(client, server, dir, null);
    cluster.clock = clock;
    return cluster.startControllerAndKubelet(PodTimeouts.DEFAULT);
  }

  /** A cluster whose controller's runtime has these pod timeouts. */
  static MockCluster start(
      KubernetesClient client, KubernetesMockServer server, Path dir, PodTimeouts timeouts)
      throws Exception {
    return start(client, server, dir, timeouts, null);
  }

  /** A cluster whose controller reads this {@code config.yaml} (null: a file repository). */
  static MockCluster start(
      KubernetesClient client,
      KubernetesMockServer server,
      Path dir,
      PodTimeouts timeouts,
      String configYaml)
      throws Exception {
    return new MockCluster(client, server, dir, configYaml).startControllerAndKubelet(timeouts);
  }

  private MockCluster startControllerAndKubelet(PodTimeouts timeouts) throws Exception {
    startController(timeouts);
    kubelet =
        new TestKubelet(
            client,
            NAMESPACE,
            Files.createDirectories(dir.resolve("pods")),
            pod -> behaviour.apply(pod));
    kubelet.start();
    return this;
  }

  KubernetesClient client() {
    return client;
  }

  TestKubelet kubelet() {
    return kubelet;
  }

  /** From now on, the kubelet runs each new pod as {@code behaviour} says. */
  void behaviour(Function<Pod, Behaviour> behaviour) {
    this.behaviour = behaviour;
  }

  /** The first pod created from now on behaves as {@code first}, all later ones normally. */
  void firstPod(Behaviour first) {
    var taken = new AtomicBoolean();
    behaviour(pod -> taken.compareAndSet(false, true) ? first : Behaviour.NORMAL);
  }

  /** Starts a controller (a new instance, as after a restart). */
  void startController(PodTimeouts timeouts) throws Exception {
    controller =
        new ControllerProcess(
            client,
            new ControllerSettings(List.of(NAMESPACE), config, null, null),
            ControllerCommand.runtimes(client, config, timeouts),
            clock);
    controller.start();
  }

  /** The running controller's scheduler of the test namespace's cron workflows. */
  CronController crons() {
    return controller.cluster().controllerOf(NAMESPACE).orElseThrow().crons();
  }

  /** Stops the controller as a crash or a rollout would: pods keep running. */
  void stopController() {
    controller.close();
    controller = null;
  }

  /** Runs {@code wf --kube -n e2e ARGS} and returns what it printed. */
  CliRun wf(String... args) {
    return CliRun.execute(context(), kubeArgs(args));
  }

  /** Starts {@code wf --kube -n e2e ARGS} on another thread; its output can be read as it runs. */
  BackgroundRun wfInBackground(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new WfCommand(context()));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    String[] all = kubeArgs(args);
    // Its own thread, not the common pool: the command's clients may need that pool meanwhile.
    CompletableFuture<Integer> exit = new CompletableFuture<>();
    Thread.ofPlatform()
        .daemon()
        .name("wf-cli-background")
        .start(() -> exit.complete(commandLine.execute(all)));
    return new BackgroundRun(exit, out, err);
  }

  /** A command running on another thread. */
  record BackgroundRun(CompletableFuture<Integer> exit, StringWriter out, StringWriter err) {
    CliRun await() {
      int code = exit.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
      return new CliRun(code, out.toString(), err.toString());
    }
  }

  /** Submits the fixture {@code k8s/NAME} and returns the workflow's name. */
  String submit(String fixture, String... options) {
    String[] args = new String[options.length + 4];
    args[0] = "submit";
    args[1] = "-o";
    args[2] = "name";
    System.arraycopy(options, 0, args, 3, options.length);
    args[args.length - 1] = fixture(fixture);
    CliRun run = wf(args);
    if (run.exitCode() != 0) throw new AssertionError("submit failed: " + run.err());
    return run.out().strip();
  }

  /** The workflow as stored in the cluster, or null. */
  WorkflowResource workflow(String name) {
    return client.resources(WorkflowResource.class).inNamespace(NAMESPACE).withName(name).get();
  }

  /** The workflow's status once its phase is one of {@code phases}. */
  WorkflowStatus awaitPhase(String name, WorkflowPhase... phases) {
    return awaitPhase(TIMEOUT, name, phases);
  }

  /** As {@link #awaitPhase(String, WorkflowPhase...)}, waiting at most {@code timeout}. */
  WorkflowStatus awaitPhase(Duration timeout, String name, WorkflowPhase... phases) {
    Set<WorkflowPhase> wanted = Set.of(phases);
    try {
      return await()
          .atMost(timeout)
          .until(
              () -> workflow(name) == null ? null : workflow(name).getStatus(),
              s -> s != null && wanted.contains(s.phase()));
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(name + " never reached " + wanted + "; " + describe(name), e);
    }
  }

  /** The workflow's nodes and the namespace's pods, with their phases, to explain a timeout. */
  private String describe(String name) {
    StringBuilder text = new StringBuilder("nodes:");
    nodes(name)
        .forEach(
            n ->
                text.append(' ')
                    .append(n.displayName())
                    .append('=')
                    .append(n.phase())
                    .append(' ')
                    .append(n.message()));
    Map<String, Long> pods =
        client.pods().inNamespace(NAMESPACE).list().getItems().stream()
            .collect(
                Collectors.groupingBy(
                    p -> String.valueOf(p.getStatus() == null ? null : p.getStatus().getPhase()),
                    Collectors.counting()));
    text.append("; pods by phase: ").append(pods);
    text.append("; kubelet failures: ").append(kubelet.failures());
    return text.toString();
  }

  /** The workflow's status once a node matching {@code condition} exists. */
  NodeStatus awaitNode(String name, Predicate<NodeStatus> condition) {
    return await()
        .atMost(TIMEOUT)
        .until(() -> nodes(name).stream().filter(condition).findFirst(), o -> o.isPresent())
        .orElseThrow();
  }

  /** The workflow's nodes (none before it has a status). */
  List<NodeStatus> nodes(String name) {
    WorkflowResource wf = workflow(name);
    if (wf == null || wf.getStatus() == null) return List.of();
    return List.copyOf(wf.getStatus().nodes().values());
  }

  /** Waits until the kubelet has reported the pod Running. */
  void awaitPodRunning(String podName) {
    await()
        .atMost(TIMEOUT)
        .until(
            () -> client.pods().inNamespace(NAMESPACE).withName(podName).get(),
            p -> p != null && p.getStatus() != null && "Running".equals(p.getStatus().getPhase()));
  }

  /** The uids of the pods created with this name, in no order. */
  Set<String> podUids(String podName) {
    return Set.copyOf(podUids.getOrDefault(podName, Set.of()));
  }

  /** Every pod name created so far with the number of pods created under it. */
  Map<String, Integer> podCreations() {
    Map<String, Integer> counts = new ConcurrentHashMap<>();
    podUids.forEach((name, uids) -> counts.put(name, uids.size()));
    return counts;
  }

  /** The pod-log path of the mock server answers with what the pod's main has written so far. */
  void servePodLog(String podName) {
    server
        .expect()
        .get()
        .withPath(
            "/api/v1/namespaces/"
                + NAMESPACE
                + "/pods/"
                + podName
                + "/log?pretty=false&container=main")
        .andReply(200, request -> readLog(podName))
        .always();
  }

  private String readLog(String podName) {
    try {
      Path log = kubelet.mainLog(podName);
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the fixture {@code k8s/NAME} into the test's directory. */
  String fixture(String name) {
    try (InputStream in = getClass().getResourceAsStream("/k8s/" + name)) {
      Path file = dir.resolve(name);
      Files.write(file, in.readAllBytes());
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the kubelet and the controller, then deletes what the test left in the namespace. */
  @Override
  public void close() {
    if (kubelet != null) kubelet.close();
    if (controller != null) controller.close();
    pods.close();
    client.resources(CronWorkflowResource.class).inNamespace(NAMESPACE).delete();
    client.resources(WorkflowResource.class).inNamespace(NAMESPACE).delete();
    client.resources(StepResultResource.class).inNamespace(NAMESPACE).delete();
    client.pods().inNamespace(NAMESPACE).delete();
  }

  private String[] kubeArgs(String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "--kube";
    all[1] = "--kubeconfig=" + kubeconfig;
    all[2] = "-n";
    all[3] = NAMESPACE;
    System.arraycopy(args, 0, all, 4, args.length);
    return all;
  }

  private CliContext context() {
    InputStream none = new ByteArrayInputStream(new byte[0]);
    return new CliContext(
        dir,
        none,
        false,
        false,
        Fixtures.CLOCK,
        notice -> {
          throw new AssertionError("--kube must not start a local server");
        });
  }

  private void installCrd(String plural) throws IOException {
    String file = "/META-INF/fabric8/" + plural + ".wf.dev-v1.yml";
    try (InputStream in = MockCluster.class.getResourceAsStream(file)) {
      client.apiextensions().v1().customResourceDefinitions().load(in).createOr(c -> c.update());
    }
  }

  private Path writeKubeconfig() throws IOException {
    Path file = dir.resolve("kubeconfig");
    Files.writeString(
        file,
        """
        apiVersion: v1
        kind: Config
        clusters: [{name: mock, cluster: {server: "%s", insecure-skip-tls-verify: true}}]
        users: [{name: u, user: {token: t}}]
        contexts: [{name: mock, context: {cluster: mock, user: u, namespace: %s}}]
        current-context: mock
        """
            .formatted(client.getMasterUrl(), NAMESPACE));
    return file;
  }

  /** Records the uid of every pod added, by name. */
  private final class PodCreations implements ResourceEventHandler<Pod> {
    @Override
    public void onAdd(Pod pod) {
      podUids
          .computeIfAbsent(pod.getMetadata().getName(), n -> ConcurrentHashMap.newKeySet())
          .add(String.valueOf(pod.getMetadata().getUid()));
    }

    @Override
    public void onUpdate(Pod old, Pod pod) {
      onAdd(pod);
    }

    @Override
    public void onDelete(Pod pod, boolean unknownFinalState) {}
  }
}
