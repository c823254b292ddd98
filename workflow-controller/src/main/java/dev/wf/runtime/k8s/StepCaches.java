package dev.wf.runtime.k8s;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;

import dev.wf.api.crd.StepResultResource;
import dev.wf.executor.StepResult;

/**
 * The step pods and StepResults of one namespace, kept current by two informers and indexed by
 * workflow name, so that observing a workflow reads memory rather than the API. Objects the runtime
 * has just deleted can be hidden until the informer hears of the deletion, so that a step forgotten
 * to run again is not mistaken for its former self.
 */
final class StepCaches implements AutoCloseable {
  private static final String BY_WORKFLOW = "workflow";

  /** What the informers report. */
  interface Events {
    void podChanged(Pod pod);

    /** A pod that was Pending (or had no phase yet) now runs, so its node is no longer Pending. */
    void podStarted(Pod pod);

    void podDeleted(Pod pod);

    void resultChanged(StepResultResource result);
  }

  private final String namespace;
  private final SharedIndexInformer<Pod> pods;
  private final SharedIndexInformer<StepResultResource> results;
  private final Set<String> hidden = ConcurrentHashMap.newKeySet();

  StepCaches(KubernetesClient client, String namespace, Events events) {
    this.namespace = namespace;
    this.pods =
        client.pods().inNamespace(namespace).withLabel(PodLabels.WORKFLOW).runnableInformer(0);
    this.results =
        client.resources(StepResultResource.class).inNamespace(namespace).runnableInformer(0);
    pods.addIndexers(Map.of(BY_WORKFLOW, index(StepCaches::workflowOf)));
    results.addIndexers(Map.of(BY_WORKFLOW, index(StepCaches::workflowOf)));
    pods.addEventHandler(handler(events::podChanged, events::podDeleted));
    pods.addEventHandler(starts(events::podStarted));
    results.addEventHandler(handler(events::resultChanged, r -> hidden.remove(uid(r))));
  }

  /** Starts both informers and waits until each has listed what exists. */
  void start(Duration timeout) {
    try {
      pods.start().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      results.start().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      close();
      throw new IllegalStateException(
          "cannot watch step pods and StepResults in namespace " + namespace + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new IllegalStateException("interrupted while starting informers", e);
    }
  }

  List<Pod> pods(String workflowName) {
    return visible(pods.getIndexer().byIndex(BY_WORKFLOW, workflowName));
  }

  List<StepResultResource> results(String workflowName) {
    return visible(results.getIndexer().byIndex(BY_WORKFLOW, workflowName));
  }

  /** The pod of a node (pods are named after their node). */
  Optional<Pod> pod(String nodeId) {
    return Optional.ofNullable(pods.getStore().getByKey(namespace + "/" + nodeId))
        .filter(p -> !hidden.contains(uid(p)));
  }

  /** The reported result of a node, if its StepResult exists and has one. */
  Optional<StepResult> result(String nodeId) {
    return Optional.ofNullable(results.getStore().getByKey(namespace + "/" + nodeId))
        .filter(r -> !hidden.contains(uid(r)))
        .map(StepResultResource::getStatus);
  }

  /** Hides these objects until their deletion is seen. */
  void hide(List<? extends HasMetadata> objects) {
    objects.forEach(o -> hidden.add(uid(o)));
  }

  /** Hides the pod and StepResult of this node until their deletion is seen. */
  void hide(String nodeId) {
    Optional.ofNullable(pods.getStore().getByKey(namespace + "/" + nodeId))
        .ifPresent(p -> hidden.add(uid(p)));
    Optional.ofNullable(results.getStore().getByKey(namespace + "/" + nodeId))
        .ifPresent(r -> hidden.add(uid(r)));
  }

  /** Whether the runtime hid this object, which it then forgets. */
  boolean unhide(HasMetadata object) {
    return hidden.remove(uid(object));
  }

  @Override
  public void close() {
    pods.stop();
    results.stop();
  }

  static String workflowOf(Pod pod) {
    return labels(pod).get(PodLabels.WORKFLOW);
  }

  static String workflowOf(StepResultResource result) {
    if (result.getSpec() != null && result.getSpec().workflowName() != null) {
      return result.getSpec().workflowName();
    }
    return labels(result).get(PodLabels.WORKFLOW);
  }

  static String nodeOf(Pod pod) {
    return PodOutcome.annotations(pod).getOrDefault(PodLabels.NODE_ID, pod.getMetadata().getName());
  }

  static String nodeOf(StepResultResource result) {
    if (result.getSpec() != null && result.getSpec().nodeId() != null) {
      return result.getSpec().nodeId();
    }
    return result.getMetadata().getName();
  }

  private <T extends HasMetadata> List<T> visible(List<T> objects) {
    return objects.stream().filter(o -> !hidden.contains(uid(o))).toList();
  }

  private static <T> Function<T, List<String>> index(Function<T, String> key) {
    return o -> {
      String value = key.apply(o);
      return value == null ? List.of() : List.of(value);
    };
  }

  private static <T> ResourceEventHandler<T> handler(Consumer<T> changed, Consumer<T> deleted) {
    return new ResourceEventHandler<>() {
      @Override
      public void onAdd(T object) {
        changed.accept(object);
      }

      @Override
      public void onUpdate(T before, T after) {
        changed.accept(after);
      }

      @Override
      public void onDelete(T object, boolean finalStateUnknown) {
        deleted.accept(object);
      }
    };
  }

  /** Hears a pod update that takes the pod from Pending to Running. */
  private static ResourceEventHandler<Pod> starts(Consumer<Pod> started) {
    return new ResourceEventHandler<>() {
      @Override
      public void onAdd(Pod pod) {}

      @Override
      public void onUpdate(Pod before, Pod after) {
        if (PodOutcome.pending(before) && "Running".equals(PodOutcome.phase(after))) {
          started.accept(after);
        }
      }

      @Override
      public void onDelete(Pod pod, boolean finalStateUnknown) {}
    };
  }

  private static Map<String, String> labels(HasMetadata object) {
    var labels = object.getMetadata().getLabels();
    return labels == null ? Map.of() : labels;
  }

  private static String uid(HasMetadata object) {
    String uid = object.getMetadata().getUid();
    return uid == null ? object.getMetadata().getName() : uid;
  }
}
