package dev.wf.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.zip.GZIPOutputStream;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;

import dev.wf.api.crd.WorkflowResource;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.store.k8s.KubernetesStore;

/**
 * The controller throughput benchmark that {@code bench/kube.sh} runs, one scenario per JVM,
 * against fabric8's mock API server in CRUD mode with an {@link InstantKubelet}. Prints {@code
 * key=value} lines for the script to tabulate. Usage:
 *
 * <pre>
 *   ControllerThroughput pods N                 # baseline: N plain pods created with the client
 *   ControllerThroughput workflows N [QPS BURST] # N one-step workflows created at once
 *   ControllerThroughput dag N [QPS BURST]       # one DAG: a fan-out of N pods, then a join
 * </pre>
 *
 * QPS and BURST are {@code wf controller}'s {@code --qps}/{@code --burst} (0: unlimited).
 */
public final class ControllerThroughput {
  private static final int CREATORS = 32;
  private static final long TIMEOUT_SECONDS = 1800;

  private final BenchCluster cluster;
  private final Map<String, Object> out = new LinkedHashMap<>();

  private ControllerThroughput(BenchCluster cluster) {
    this.cluster = cluster;
  }

  public static void main(String[] args) throws Exception {
    String scenario = args[0];
    int n = Integer.parseInt(args[1]);
    double qps = args.length > 2 ? Double.parseDouble(args[2]) : 0;
    int burst = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    Map<String, Object> out;
    try (var cluster = new BenchCluster();
        var heap = new HeapPeak().start()) {
      var bench = new ControllerThroughput(cluster);
      switch (scenario) {
        case "pods" -> bench.plainPods(n);
        case "workflows" -> bench.workflows(n, qps, burst);
        case "dag" -> bench.dag(n, qps, burst);
        default -> throw new IllegalArgumentException("unknown scenario " + scenario);
      }
      bench.out.put("heap_peak_mib", heap.peakMib());
      out = bench.out;
    }
    PrintStream stdout = System.out;
    out.forEach((k, v) -> stdout.println(k + "=" + v));
    stdout.flush();
    // Informer and HTTP threads of the mock server may linger.
    System.exit(0);
  }

  /** The baseline: N pods (no controller) created by CREATORS threads with one client. */
  private void plainPods(int n) throws Exception {
    KubernetesClient client = cluster.client();
    var pods = client.pods().inNamespace(BenchCluster.NAMESPACE);
    pods.resource(plainPod("warm-up")).create();
    long t0 = System.nanoTime();
    concurrently(n, i -> pods.resource(plainPod("pod-" + i)).create());
    long t1 = System.nanoTime();
    out.put("pods", n);
    out.put("seconds", seconds(t0, t1));
    out.put("pods_per_s", n / seconds(t0, t1));
  }

  /** N one-step workflows created at once; their pods and completions timed. */
  private void workflows(int n, double qps, int burst) throws Exception {
    try (var controller = new BenchController(cluster, qps, burst, n)) {
      Map<String, Long> before = controller.calls().snapshot();
      var store = new KubernetesStore(cluster.client(), BenchCluster.NAMESPACE);
      long t0 = System.nanoTime();
      concurrently(n, i -> store.create(BenchWorkflows.oneStep("wf-%05d".formatted(i))));
      long created = System.nanoTime();
      boolean done = controller.completions().await(TIMEOUT_SECONDS);
      report(controller, n, t0, created, done);
      out.put("wf_per_min", 60 * n / seconds(t0, controller.completions().lastCompleted()));
      perWorkflow(controller, before, n);
    }
  }

  /** One DAG of N parallel pods and a join. */
  private void dag(int n, double qps, int burst) throws Exception {
    try (var controller = new BenchController(cluster, qps, burst, 1)) {
      Map<String, Long> before = controller.calls().snapshot();
      var store = new KubernetesStore(cluster.client(), BenchCluster.NAMESPACE);
      long t0 = System.nanoTime();
      store.create(BenchWorkflows.fanOut("wide", n));
      long created = System.nanoTime();
      boolean done = controller.completions().await(TIMEOUT_SECONDS);
      report(controller, n + 1, t0, created, done);
      statusSize("wide");
      perWorkflow(controller, before, 1);
    }
  }

  private void report(BenchController controller, int pods, long t0, long created, boolean done) {
    InstantKubelet kubelet = controller.kubelet();
    out.put("completed", done);
    out.put("phases", controller.completions().byPhase());
    String failure = controller.completions().firstFailure();
    if (failure != null) out.put("first_failure", failure.replace('\n', ' '));
    out.put("create_s", seconds(t0, created));
    out.put("pods", kubelet.pods() + "/" + pods);
    out.put("kubelet_failures", kubelet.failures());
    out.put("submit_to_first_pod_s", seconds(t0, kubelet.firstSeen()));
    out.put("submit_to_last_pod_s", seconds(t0, kubelet.lastSeen()));
    out.put("pods_per_s", kubelet.pods() / seconds(kubelet.firstSeen(), kubelet.lastSeen()));
    out.put("submit_to_done_s", seconds(t0, controller.completions().lastCompleted()));
  }

  /** The controller's API calls per workflow, by method, resource and response code. */
  private void perWorkflow(BenchController controller, Map<String, Long> before, int workflows)
      throws InterruptedException {
    Map<String, Long> after = controller.settledCalls();
    long total = 0;
    var per = new ArrayList<String>();
    for (var e : after.entrySet()) {
      long count = e.getValue() - before.getOrDefault(e.getKey(), 0L);
      if (count == 0) continue;
      total += count;
      per.add("%s:%.2f".formatted(e.getKey().replace(' ', '_'), (double) count / workflows));
    }
    out.put("calls_per_workflow", "%.2f".formatted((double) total / workflows));
    out.put("calls_by_kind", String.join(",", per));
  }

  /** The size of the stored status as JSON, and gzipped (what compressedNodes would hold). */
  private void statusSize(String name) throws IOException {
    WorkflowResource resource =
        cluster
            .client()
            .resources(WorkflowResource.class)
            .inNamespace(BenchCluster.NAMESPACE)
            .withName(name)
            .get();
    WorkflowStatus status = resource.getStatus();
    byte[] json = ModelJson.mapper().writeValueAsBytes(status);
    var zipped = new java.io.ByteArrayOutputStream();
    try (var gz = new GZIPOutputStream(zipped)) {
      gz.write(json);
    }
    out.put("status_nodes", status.nodes().size());
    out.put("status_json_bytes", json.length);
    out.put("status_gzip_bytes", zipped.size());
    out.put("status_compressed", status.toString().contains("compressedNodes"));
  }

  private static Pod plainPod(String name) {
    return new PodBuilder()
        .withNewMetadata()
        .withName(name)
        .addToLabels("app", "bench")
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName("main")
        .withImage("alpine")
        .withCommand("true")
        .endContainer()
        .withRestartPolicy("Never")
        .endSpec()
        .build();
  }

  /** Runs {@code task(0..n-1)} on virtual threads, at most CREATORS at once; rethrows a failure. */
  private static void concurrently(int n, IntTask task) throws Exception {
    var gate = new Semaphore(CREATORS);
    List<Future<?>> futures = new ArrayList<>(n);
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < n; i++) {
        int index = i;
        futures.add(
            threads.submit(
                () -> {
                  gate.acquire();
                  try {
                    task.run(index);
                  } finally {
                    gate.release();
                  }
                  return null;
                }));
      }
    }
    for (Future<?> f : futures) f.get();
  }

  private static double seconds(long from, long to) {
    return (to - from) / 1e9;
  }

  @FunctionalInterface
  private interface IntTask {
    void run(int index) throws Exception;
  }
}
