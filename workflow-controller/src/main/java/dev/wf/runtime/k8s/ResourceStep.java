package dev.wf.runtime.k8s;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;

import com.fasterxml.jackson.databind.JsonNode;

import dev.wf.api.resource.ConditionException;
import dev.wf.api.resource.ResourceCondition;
import dev.wf.executor.ResourceSpec;

/**
 * Runs {@code resource} steps against the API server, in the controller (no pod): does the action
 * on the object, then, unless it deleted it or there is no condition, watches the object until the
 * failure condition holds (FAILED, {@code failure condition 'status.failed>1' evaluated true}) or
 * the success condition does (SUCCEEDED, with the output parameters read from the object). API
 * errors, a bad manifest or the object's deletion end the step in ERROR with a message. Waiting is
 * event-driven (an informer on the one object); nothing polls.
 */
public final class ResourceStep implements AutoCloseable {
  private final KubernetesClient client;
  private final Clock clock;
  private final ExecutorService actions = Executors.newVirtualThreadPerTaskExecutor();
  private final Set<ResourceRun> running = ConcurrentHashMap.newKeySet();

  public ResourceStep(KubernetesClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  /**
   * Starts a step and returns at once.
   *
   * @param namespace where the object goes when neither its manifest nor {@code -n} names one (the
   *     workflow's namespace)
   * @param workflowName the owner's name, for {@code setOwnerReference}
   * @param workflowUid the owner's uid, for {@code setOwnerReference}
   */
  public ResourceRun start(
      ResourceSpec spec, String namespace, String workflowName, String workflowUid) {
    var run = new ResourceRun(clock);
    running.add(run);
    run.result().whenComplete((r, e) -> running.remove(run));
    actions.execute(() -> perform(run, spec, namespace, workflowName, workflowUid));
    return run;
  }

  private void perform(
      ResourceRun run, ResourceSpec spec, String namespace, String workflowName, String uid) {
    try {
      var success = condition("success", spec.successCondition());
      var failure = condition("failure", spec.failureCondition());
      String manifest = ResourceManifests.text(spec);
      var object =
          ResourceObject.read(
              spec, manifest, namespace, workflowName, uid, client.getKubernetesSerialization());
      GenericKubernetesResource after =
          ResourceAction.run(client, spec.action(), spec.mergeStrategy(), object);
      if (after == null) {
        run.succeed(Map.of());
        return;
      }
      var meta = after.getMetadata();
      run.acted(
          new ResourceRef(
              after.getApiVersion(), after.getKind(), meta.getNamespace(), meta.getName()));
      var check = new ConditionCheck(run, spec, success, failure);
      if (!check.test(after) && !run.ended()) watch(run, after, check);
    } catch (ResourceStepException e) {
      run.error(e.getMessage());
    } catch (RuntimeException e) {
      run.error("the resource step failed: " + e);
    }
  }

  private static ResourceCondition condition(String which, String text) {
    try {
      return ResourceCondition.parse(text);
    } catch (ConditionException e) {
      throw new ResourceStepException(
          which + " condition '" + text + "' failed to parse: " + e.getMessage());
    }
  }

  private void watch(ResourceRun run, GenericKubernetesResource object, ConditionCheck check) {
    var meta = object.getMetadata();
    var all = client.genericKubernetesResources(object.getApiVersion(), object.getKind());
    var one =
        meta.getNamespace() == null
            ? all.withName(meta.getName())
            : all.inNamespace(meta.getNamespace()).withName(meta.getName());
    try {
      var informer = one.inform(check, 0);
      run.watching(informer);
      informer
          .stopped()
          .whenComplete(
              (v, e) -> {
                if (e != null)
                  run.error(
                      "cannot watch " + ResourceAction.describe(object) + ": " + e.getMessage());
              });
    } catch (KubernetesClientException e) {
      run.error(
          "cannot watch " + ResourceAction.describe(object) + ": " + ResourceErrors.message(e));
    }
  }

  /** Checks each version of the object against the conditions and ends the step when one holds. */
  private final class ConditionCheck implements ResourceEventHandler<GenericKubernetesResource> {
    private final ResourceRun run;
    private final ResourceSpec spec;
    private final ResourceCondition success;
    private final ResourceCondition failure;

    ConditionCheck(
        ResourceRun run, ResourceSpec spec, ResourceCondition success, ResourceCondition failure) {
      this.run = run;
      this.spec = spec;
      this.success = success;
      this.failure = failure;
    }

    /** Whether the step ended on this version of the object. */
    boolean test(GenericKubernetesResource object) {
      JsonNode tree = client.getKubernetesSerialization().convertValue(object, JsonNode.class);
      var failed = failure.firstMatch(tree);
      if (failed.isPresent()) {
        run.fail("failure condition '" + failed.get() + "' evaluated true");
        return true;
      }
      if (!success.allMatch(tree)) return false;
      try {
        run.succeed(ResourceOutputs.read(spec.outputParameters(), tree));
      } catch (ResourceStepException e) {
        run.error(e.getMessage());
      }
      return true;
    }

    @Override
    public void onAdd(GenericKubernetesResource object) {
      test(object);
    }

    @Override
    public void onUpdate(GenericKubernetesResource before, GenericKubernetesResource object) {
      test(object);
    }

    @Override
    public void onDelete(GenericKubernetesResource object, boolean finalStateUnknown) {
      run.error(
          ResourceAction.describe(object) + " was deleted while its conditions were being checked");
    }
  }

  /** Stops watching: steps still under way end in ERROR. */
  @Override
  public void close() {
    for (ResourceRun run : running) run.error("the controller stopped while the step ran");
    actions.shutdownNow();
  }
}
