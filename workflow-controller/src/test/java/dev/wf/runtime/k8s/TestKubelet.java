package dev.wf.runtime.k8s;

import static dev.wf.runtime.k8s.PodStatuses.mainImage;
import static dev.wf.runtime.k8s.PodStatuses.now;
import static dev.wf.runtime.k8s.PodStatuses.running;
import static dev.wf.runtime.k8s.PodStatuses.terminated;
import static dev.wf.runtime.k8s.PodStatuses.waiting;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;

import dev.wf.api.crd.StepResultResource;
import dev.wf.api.crd.StepResultSpec;
import dev.wf.executor.StepResult;
import dev.wf.executor.StepResult.Phase;
import dev.wf.executor.pod.ExecutorMain;
import dev.wf.executor.pod.PodLayout;

/**
 * Plays the kubelet for step pods against the mock API server: it watches the pods of one namespace
 * and runs each new one as its {@link Behaviour} says. {@link Behaviour#NORMAL} runs the pod for
 * real: status Pending, the executor's {@code init} in this JVM ({@link ExecutorMain#run}), status
 * Running, the main container's command as a local process (under the shim, with the container's
 * env and the pod's directory as {@code WF_DIR}), {@code wait} in this JVM (it writes the
 * StepResult through the mock client), then Succeeded or Failed with each container terminated with
 * its exit code. Status is written with patches, never server-side apply.
 *
 * <p>Emulation: each pod gets a directory under {@code root} in place of its emptyDir; the secrets
 * its volumes name are read from the API and written as files there; input artifacts are mounted by
 * a symbolic link at their path on this machine, and output paths are read where the step writes
 * them on this machine, so fixtures must use paths unique to their test (a {@code @TempDir}). A
 * {@code workingDir} that does not exist here is replaced by the pod's own directory. Deleting a
 * pod stops its main process.
 */
public final class TestKubelet implements AutoCloseable {
  /** What the kubelet does with a pod. */
  public enum Behaviour {
    /** Runs init, main and wait, then Succeeded or Failed by the exit codes. */
    NORMAL,
    /** Runs init, then main is OOMKilled (exit 137, pod Failed, no StepResult). */
    OOM_KILLED,
    /** Runs nothing: main waits with ErrImagePull, the pod stays Pending. */
    IMAGE_PULL_ERROR,
    /** Runs nothing, the pod stays Pending (unschedulable). */
    STAY_PENDING,
    /** Runs init, then the pod stays Running with main never ending (until deleted). */
    STAY_RUNNING,
    /** Deletes the pod at once, as an eviction or a node loss would. */
    VANISH,
    /**
     * Runs nothing: reports a succeeded StepResult for the pod's node and marks the pod Succeeded
     * at once, for tests of many pods where only the controller's work matters.
     */
    INSTANT
  }

  private final KubernetesClient client;
  private final String namespace;
  private final Path root;
  private final Function<Pod, Behaviour> behaviour;
  private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final Map<String, Process> mains = new ConcurrentHashMap<>();
  private final Set<String> deleted = ConcurrentHashMap.newKeySet();
  private final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private SharedIndexInformer<Pod> informer;

  /**
   * @param root where pods get their directories (a {@code @TempDir})
   * @param behaviour what to do with each pod
   */
  public TestKubelet(
      KubernetesClient client, String namespace, Path root, Function<Pod, Behaviour> behaviour) {
    this.client = client;
    this.namespace = namespace;
    this.root = root;
    this.behaviour = behaviour;
  }

  /** A kubelet that runs every pod normally. */
  public TestKubelet(KubernetesClient client, String namespace, Path root) {
    this(client, namespace, root, pod -> Behaviour.NORMAL);
  }

  /** Starts watching pods; returns this. */
  public TestKubelet start() {
    informer = client.pods().inNamespace(namespace).inform(new Handler());
    return this;
  }

  /** Unexpected errors while running pods (a test asserts it stays empty). */
  public List<Throwable> failures() {
    return List.copyOf(failures);
  }

  /** The directory standing in for a pod's shared volume. */
  public Path podDir(String podName) {
    return root.resolve(podName);
  }

  /**
   * What the pod's main container printed (stdout and stderr), as {@code kubectl logs} would show
   * it; a test can serve it as a mock expectation for pod logs.
   */
  public Path mainLog(String podName) {
    return podDir(podName).resolve(PodRun.MAIN_LOG);
  }

  @Override
  public void close() {
    if (informer != null) informer.close();
    mains.values().forEach(Process::destroyForcibly);
    workers.shutdownNow();
  }

  private final class Handler implements ResourceEventHandler<Pod> {
    @Override
    public void onAdd(Pod pod) {
      if (seen.add(key(pod))) workers.submit(() -> runSafely(pod));
    }

    @Override
    public void onUpdate(Pod old, Pod pod) {
      onAdd(pod);
    }

    @Override
    public void onDelete(Pod pod, boolean unknownFinalState) {
      deleted.add(key(pod));
      Process main = mains.remove(key(pod));
      if (main != null) main.destroy();
    }
  }

  /** A pod by name and uid: a pod created again under the same name (a retry) is another pod. */
  private static String key(Pod pod) {
    return pod.getMetadata().getName() + "/" + pod.getMetadata().getUid();
  }

  private void runSafely(Pod pod) {
    try {
      run(pod, behaviour.apply(pod));
    } catch (KubernetesClientException e) {
      if (e.getCode() != 404) failures.add(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception | AssertionError e) {
      failures.add(e);
    }
  }

  private void run(Pod pod, Behaviour what) throws IOException, InterruptedException {
    String started = now();
    String image = mainImage(pod);
    if (what == Behaviour.INSTANT) {
      succeedAtOnce(pod, image, started);
      return;
    }
    if (!schedule(pod, what, image, started)) return;
    PodRun run = PodRun.prepare(client, pod, podDir(pod.getMetadata().getName()));
    int init = ExecutorMain.run(PodLayout.INIT, run.env(PodLayout.INIT), client);
    ContainerStatus initDone = terminated(PodLayout.INIT, null, init, null, started);
    if (init != 0) {
      patch(pod, PodStatuses.of("Failed", List.of(initDone), List.of(), started));
      return;
    }
    run.linkInputs();
    patch(
        pod,
        PodStatuses.of(
            "Running",
            List.of(initDone),
            List.of(
                running(PodLayout.WAIT, null, started), running(PodLayout.MAIN, image, started)),
            started));
    if (what == Behaviour.STAY_RUNNING) return;
    if (what == Behaviour.OOM_KILLED) {
      finish(pod, initDone, 1, terminated(PodLayout.MAIN, image, 137, "OOMKilled", started));
      return;
    }
    if (deleted.contains(key(pod))) return;
    Process main = run.startMain();
    mains.put(key(pod), main);
    int exit = main.waitFor();
    mains.remove(key(pod));
    // A deleted pod's wait container is stopped with it: no result, no status.
    if (deleted.contains(key(pod))) return;
    int waited = ExecutorMain.run(PodLayout.WAIT, run.env(PodLayout.WAIT), client);
    finish(pod, initDone, waited, terminated(PodLayout.MAIN, image, exit, null, started));
  }

  /** The {@link Behaviour#INSTANT} run: a succeeded result, then a succeeded pod. */
  private void succeedAtOnce(Pod pod, String image, String started) {
    String node = pod.getMetadata().getName();
    var results = client.resources(StepResultResource.class).inNamespace(namespace);
    var resource = new StepResultResource();
    resource.setMetadata(
        new ObjectMetaBuilder()
            .withName(node)
            .withNamespace(namespace)
            .addToLabels(PodLabels.WORKFLOW, pod.getMetadata().getLabels().get(PodLabels.WORKFLOW))
            .build());
    resource.setSpec(
        new StepResultSpec(pod.getMetadata().getLabels().get(PodLabels.WORKFLOW), node));
    StepResultResource created = results.resource(resource).create();
    Instant at = Instant.parse(started);
    created.setStatus(new StepResult(Phase.SUCCEEDED, 0, null, Map.of(), null, at, at));
    results.resource(created).updateStatus();
    finish(
        pod,
        terminated(PodLayout.INIT, null, 0, null, started),
        0,
        terminated(PodLayout.MAIN, image, 0, null, started));
  }

  /** Writes the first status; false when the behaviour ends there (nothing runs). */
  private boolean schedule(Pod pod, Behaviour what, String image, String started) {
    switch (what) {
      case VANISH -> {
        client.pods().inNamespace(namespace).resource(pod).delete();
        return false;
      }
      case STAY_PENDING -> {
        patch(pod, PodStatuses.of("Pending", List.of(), List.of(), null));
        return false;
      }
      case IMAGE_PULL_ERROR -> {
        patch(
            pod, pending(image, started, "ErrImagePull", "failed to pull image \"" + image + "\""));
        return false;
      }
      default -> {
        patch(pod, pending(image, started, "PodInitializing", null));
        return true;
      }
    }
  }

  private void finish(Pod pod, ContainerStatus init, int waitCode, ContainerStatus main) {
    boolean ok = waitCode == 0 && main.getState().getTerminated().getExitCode() == 0;
    String started = main.getState().getTerminated().getStartedAt();
    patch(
        pod,
        PodStatuses.of(
            ok ? "Succeeded" : "Failed",
            List.of(init),
            List.of(terminated(PodLayout.WAIT, null, waitCode, null, started), main),
            started));
  }

  private static PodStatus pending(String image, String started, String reason, String message) {
    return PodStatuses.of(
        "Pending",
        List.of(running(PodLayout.INIT, null, started)),
        List.of(
            waiting(PodLayout.WAIT, null, "PodInitializing", null),
            waiting(PodLayout.MAIN, image, reason, message)),
        started);
  }

  /**
   * Writes the pod's status as a kubelet does: read, change, write, and again when someone else
   * (the controller labelling the pod) wrote it in between.
   */
  private void patch(Pod pod, PodStatus status) {
    for (int attempt = 1; ; attempt++) {
      try {
        client
            .pods()
            .inNamespace(namespace)
            .withName(pod.getMetadata().getName())
            .editStatus(
                current -> {
                  current.setStatus(status);
                  return current;
                });
        return;
      } catch (KubernetesClientException e) {
        if (e.getCode() != 409 || attempt == 10) throw e;
      }
    }
  }
}
